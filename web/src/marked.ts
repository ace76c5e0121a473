// The search API returns HTML-escaped text with <mark> around matched words. Read it into plain
// pieces instead of injecting HTML: nothing from the server reaches the DOM as markup.
export interface Piece {
  text: string;
  marked: boolean;
  /** Where the piece starts in the HTML: a stable key. */
  at: number;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

export function unescapeHtml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);
}

export function markedPieces(html: string): Piece[] {
  const out: Piece[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index > last) out.push({ text: unescapeHtml(html.slice(last, m.index)), marked: false, at: last });
    out.push({ text: unescapeHtml(m[1]), marked: true, at: m.index });
    last = m.index + m[0].length;
  }
  if (last < html.length) out.push({ text: unescapeHtml(html.slice(last)), marked: false, at: last });
  return out.filter((p) => p.text !== '');
}
