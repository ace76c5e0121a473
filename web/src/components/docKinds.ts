import { useI18n } from '../i18n/I18nProvider.tsx';
import type { MessageKey } from '../i18n/messages.ts';

/**
 * A document's `kind` is stored as officials write it ("Nghị quyết", "Đề án"); the dictionaries
 * translate the known ones and show any other as written.
 */
export const DOCUMENT_KINDS: Record<string, string> = {
  'Nghị quyết': 'resolution',
  'Quyết định': 'decision',
  'Chỉ thị': 'directive',
  'Kết luận': 'conclusion',
  'Kế hoạch': 'plan',
  'Đề án': 'project',
  'Chương trình': 'programme',
  'Nghị định': 'decree',
  'Thông tư': 'circular',
  Luật: 'law',
  'Quy hoạch': 'master_plan',
  'Quy chế': 'regulation',
  'Báo cáo': 'report',
};

export function useKindLabel() {
  const { t } = useI18n();
  return (kind: string) => {
    const code =
      DOCUMENT_KINDS[kind.normalize('NFC')] ?? DOCUMENT_KINDS[kind.charAt(0).toUpperCase() + kind.slice(1)];
    return code ? t(`docKind.${code}` as MessageKey) : kind;
  };
}
