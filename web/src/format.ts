// Display formats: dates dd/mm/yyyy in both languages (what officials write), numbers in the
// language's style ("40,5" and "12.000" in Vietnamese). Store and send ISO dates and plain numbers.
import type { Lang } from './i18n/messages.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, maxDigits: number): Intl.NumberFormat {
  const key = `${lang}:${maxDigits}`;
  let nf = numberFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: maxDigits });
    numberFormats.set(key, nf);
  }
  return nf;
}

export function formatNumber(value: number | null | undefined, lang: Lang, maxDigits = 2): string {
  if (value == null || Number.isNaN(value)) return '—';
  return numberFormat(lang, maxDigits).format(value);
}

/** 40.5 → "40,5%" (vi) or "40.5%" (en). The value is already in percent. */
export function formatPercent(value: number | null | undefined, lang: Lang, maxDigits = 1): string {
  if (value == null || Number.isNaN(value)) return '—';
  return `${formatNumber(value, lang, maxDigits)}%`;
}

/** A rate 0–1 shown as a percentage: 0.405 → "40,5%". */
export function formatRate(rate: number | null | undefined, lang: Lang, maxDigits = 1): string {
  if (rate == null || Number.isNaN(rate)) return '—';
  return formatPercent(rate * 100, lang, maxDigits);
}

/** A value with its unit: "40,5%", "12.000 tỷ đồng". */
export function formatValue(
  value: number | null | undefined,
  unit: string | null | undefined,
  lang: Lang,
): string {
  if (value == null) return '—';
  const n = formatNumber(value, lang);
  if (!unit) return n;
  return unit.startsWith('%') ? `${n}${unit}` : `${n} ${unit}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** "2022-02-10" (or a full ISO timestamp) → "10/02/2022"; never shifts the day by time zone. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  if (iso.length > 10 && iso.includes('T')) {
    // A moment (createdAt): show the local calendar day.
    const d = new Date(iso);
    if (!Number.isNaN(d.getTime())) return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
  }
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** A moment with its time: "15/04/2022 09:30". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return formatDate(iso);
  return `${formatDate(iso)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Parse what a person types, "40,5" or "40.5" or "12.000,5" (vi), to a number; null when it is not one. */
export function parseNumber(text: string, lang: Lang): number | null {
  const s = text.trim().replace(/\s/g, '');
  if (s === '') return null;
  let normal: string;
  if (lang === 'vi') {
    // Vietnamese: dot groups thousands, comma is the decimal mark. A lone dot with other than three
    // digits after it ("40.5") is read as a decimal point: people paste from English tools.
    if (s.includes(',')) normal = s.replace(/\./g, '').replace(',', '.');
    else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) normal = s.replace(/\./g, '');
    else normal = s;
  } else {
    normal = s.replace(/,/g, '');
  }
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return null;
  return Number(normal);
}

export function toIsoDate(d: { year(): number; month(): number; date(): number }): string {
  return `${d.year()}-${pad(d.month() + 1)}-${pad(d.date())}`;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
export function romanQuarter(q: number): string {
  return ROMAN[q - 1] ?? String(q);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
