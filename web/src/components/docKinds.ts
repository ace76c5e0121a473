import { useI18n } from '../i18n/I18nProvider.tsx';

export const DOCUMENT_KINDS = [
  'resolution',
  'decision',
  'directive',
  'conclusion',
  'plan',
  'project',
  'programme',
  'decree',
  'circular',
  'law',
  'master_plan',
  'regulation',
  'report',
] as const;

export function useKindLabel() {
  const { tc } = useI18n();
  return (kind: string) => tc('docKind', kind);
}
