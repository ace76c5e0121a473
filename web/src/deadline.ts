// A task's deadline as officials write it: "30/06/2025", "Tháng 06/2025", "Quý IV/2020", "Năm 2025",
// "Thường xuyên (hằng quý)". Pure, for tests.
import type { Deadline } from './api/types.ts';
import { formatDate, romanQuarter } from './format.ts';
import { type Lang, type MessageKey, translate } from './i18n/messages.ts';

export function deadlineText(d: Deadline | null | undefined, lang: Lang): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  if (!d) return t('deadline.none');
  switch (d.kind) {
    case 'date':
      return formatDate(d.dueOn);
    case 'month':
      return d.year && d.part
        ? t('deadline.month', { m: String(d.part).padStart(2, '0'), y: d.year })
        : formatDate(d.dueOn);
    case 'quarter':
      return d.year && d.part
        ? t('deadline.quarter', { q: lang === 'vi' ? romanQuarter(d.part) : d.part, y: d.year })
        : formatDate(d.dueOn);
    case 'year':
      return d.year ? t('deadline.year', { y: d.year }) : formatDate(d.dueOn);
    case 'recurring':
      return d.recurrence
        ? `${t('deadline.recurring')} (${t(`recurrence.${d.recurrence}` as MessageKey)})`
        : t('deadline.recurring');
    default:
      return d.dueOn ? formatDate(d.dueOn) : t('deadline.none');
  }
}
