// Test fixtures made in the test itself: a .docx (with the docx package), a PDF with a text layer written
// by hand (a Type0 font whose ToUnicode map carries Vietnamese letters), a PDF with no text (a scan), and
// a saved news page.
import { Document, Packer, Paragraph, TextRun } from 'docx';

export async function makeDocx(paragraphs: string[]): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function pdfFile(objects: string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const hex2 = (n: number) => n.toString(16).padStart(2, '0');
const hex4 = (n: number) => n.toString(16).padStart(4, '0');

/**
 * A one-page PDF whose text layer holds `lines`: printable ASCII keeps its own code in a WinAnsi font; each
 * other character (Vietnamese letters, at most 95 distinct) takes a free code from 0xA1 up, and the font's
 * ToUnicode map says which letter each code is.
 */
export function makePdf(lines: string[]): Uint8Array {
  const code = new Map<string, number>();
  let next = 0xa1;
  for (const c of lines.join('')) {
    if (code.has(c)) continue;
    const n = c.charCodeAt(0);
    if (n >= 0x20 && n < 0x7f) code.set(c, n);
    else if (next <= 0xff) code.set(c, next++);
    else throw new Error('makePdf: too many distinct non-ASCII characters');
  }
  const show = lines
    .map(
      (line, i) =>
        `BT /F1 11 Tf 50 ${760 - i * 16} Td <${[...line].map((c) => hex2(code.get(c)!)).join('')}> Tj ET`,
    )
    .join('\n');
  const entries = [...code].map(([c, n]) => `<${hex2(n)}> <${hex4(c.charCodeAt(0))}>`);
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def /CMapType 2 def
1 begincodespacerange <00> <FF> endcodespacerange
${entries.length} beginbfchar
${entries.join('\n')}
endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end`;
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(show, 'latin1')} >>\nstream\n${show}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>',
    `<< /Length ${Buffer.byteLength(cmap, 'latin1')} >>\nstream\n${cmap}\nendstream`,
  ]);
}

/** A page with only a drawing on it: what a scanner without text recognition produces. */
export function makeScannedPdf(): Uint8Array {
  const draw = '0.5 g 50 50 500 700 re f';
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
    `<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`,
  ]);
}

export function makeHtml(title: string, paragraphs: string[]): Uint8Array {
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title>
<script>var tracking = 1;</script></head><body>
<nav><a href="/">Trang chủ</a> | <a href="/thoi-su">Thời sự</a> | <a href="/kinh-te">Kinh tế</a></nav>
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>Bản quyền thuộc về tòa soạn. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</footer>
</body></html>`;
  return new Uint8Array(Buffer.from(html, 'utf8'));
}
