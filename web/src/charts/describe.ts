// What a chart says, in words, for screen readers: ECharts writes its own description in its own
// phrasing and with numbers as "40.5"; this one is in the person's language, with the app's number
// format, led by the chart's label.
import { formatNumber } from '../format.ts';
import type { Lang, MessageKey, Params } from '../i18n/messages.ts';

/** Enough of an ECharts option to describe it; any other field is ignored. */
export interface DescribableOption {
  xAxis?: unknown;
  yAxis?: unknown;
  series?: unknown;
}

interface SeriesLike {
  name?: string;
  type?: string;
  data?: unknown[];
}

const MAX_SERIES = 10;
const MAX_POINTS = 12;

function axisCategories(axis: unknown): string[] | null {
  const a = (Array.isArray(axis) ? axis[0] : axis) as { type?: string; data?: unknown[] } | undefined;
  if (a?.type !== 'category' || !Array.isArray(a.data)) return null;
  return a.data.map((d) => String(typeof d === 'object' && d && 'value' in d ? d.value : d));
}

/** A position on a value axis (a year, or a quarter inside one): no thousands separator. */
function position(x: number, lang: Lang): string {
  return Number.isInteger(x)
    ? String(x)
    : new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
        maximumFractionDigits: 2,
        useGrouping: false,
      }).format(x);
}

export function describeChart(
  option: DescribableOption,
  label: string,
  lang: Lang,
  t: (key: MessageKey, params?: Params) => string,
): string {
  const all = (
    Array.isArray(option.series) ? option.series : option.series ? [option.series] : []
  ) as SeriesLike[];
  const categories = axisCategories(option.yAxis) ?? axisCategories(option.xAxis);
  const parts = [t('chart.aria.summary', { label, n: all.length })];
  for (const s of all.slice(0, MAX_SERIES)) {
    const data = s.data ?? [];
    const points = data.slice(0, MAX_POINTS).map((d, i) => {
      const raw = typeof d === 'object' && d !== null && !Array.isArray(d) && 'value' in d ? d.value : d;
      const name =
        typeof d === 'object' && d !== null && !Array.isArray(d) && 'name' in d ? String(d.name) : undefined;
      if (Array.isArray(raw))
        return `${position(Number(raw[0]), lang)}: ${formatNumber(Number(raw[1]), lang)}`;
      if (typeof raw === 'number') {
        const at = name ?? categories?.[i];
        return at ? `${at}: ${formatNumber(raw, lang)}` : formatNumber(raw, lang);
      }
      return name ?? String(raw ?? '');
    });
    if (data.length > MAX_POINTS) points.push(t('chart.aria.more', { n: data.length - MAX_POINTS }));
    parts.push(`${s.name ?? t('chart.aria.unnamed')}: ${points.filter(Boolean).join('; ')}.`);
  }
  if (all.length > MAX_SERIES) parts.push(t('chart.aria.more', { n: all.length - MAX_SERIES }));
  return parts.join(' ');
}
