// Where extracted items sit in a source text: pure, so it is unit-tested (highlight.test.ts).
import type { ExtractedItem, Span } from './api/types.ts';

export const EXTRACT_TYPES = [
  'documents',
  'targets',
  'results',
  'dates',
  'people',
  'organizations',
  'tasks',
] as const;
export type ExtractType = (typeof EXTRACT_TYPES)[number];

export interface Highlight {
  type: ExtractType | 'self';
  span: Span;
  title: string;
}

export interface Segment {
  start: number;
  end: number;
  /** The narrowest item covering this piece decides its colour. */
  primary: Highlight | null;
  inTask: boolean;
  inSelf: boolean;
}

/** Cut the text at every highlight boundary; each piece knows what covers it. Pure, for tests. */
export function segment(length: number, highlights: Highlight[]): Segment[] {
  const valid = highlights.filter(
    (h) =>
      Number.isFinite(h.span[0]) && Number.isFinite(h.span[1]) && h.span[0] < h.span[1] && h.span[0] >= 0,
  );
  const cuts = new Set<number>([0, length]);
  for (const h of valid) {
    cuts.add(Math.min(h.span[0], length));
    cuts.add(Math.min(h.span[1], length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (start >= end) continue;
    const covering = valid.filter((h) => h.span[0] <= start && h.span[1] >= end);
    const items = covering.filter((h) => h.type !== 'self');
    const primary = items.reduce<Highlight | null>(
      (best, h) => (!best || h.span[1] - h.span[0] < best.span[1] - best.span[0] ? h : best),
      null,
    );
    out.push({
      start,
      end,
      primary,
      inTask: items.some((h) => h.type === 'tasks') && primary?.type !== 'tasks',
      inSelf: covering.some((h) => h.type === 'self'),
    });
  }
  return out;
}

function describe(type: ExtractType, item: ExtractedItem): string {
  const pick = (k: string) => (item[k] == null ? '' : String(item[k]));
  switch (type) {
    case 'documents':
      return pick('symbol') || pick('title');
    case 'targets':
    case 'results':
      return [pick('indicator'), pick('value') + pick('unit'), pick('year')].filter(Boolean).join(' · ');
    case 'dates':
      return pick('value');
    case 'people':
    case 'organizations':
      return pick('name');
    case 'tasks':
      return pick('text').slice(0, 120);
  }
}

export function highlightsOf(extraction: Record<string, unknown> | null | undefined): Highlight[] {
  if (!extraction) return [];
  const out: Highlight[] = [];
  for (const type of EXTRACT_TYPES) {
    const items = extraction[type];
    if (!Array.isArray(items)) continue;
    for (const item of items as ExtractedItem[]) {
      const span = item?.span;
      if (Array.isArray(span) && span.length === 2)
        out.push({ type, span: [Number(span[0]), Number(span[1])], title: describe(type, item) });
    }
  }
  return out;
}
