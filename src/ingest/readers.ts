// Files → plain text: .txt, .docx (mammoth), .html (Mozilla Readability over linkedom, for saved news
// pages) and .pdf with a text layer (pdfjs-dist). Every reader fails the same way, with an AppError whose
// code says why (empty, scanned, wrong type, damaged), so callers store nothing and tell the user.
import { extname } from 'node:path';
import { AppError } from '../domain/errors.ts';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type ReaderKind = 'txt' | 'docx' | 'html' | 'pdf';

export interface ReadText {
  text: string;
  title?: string;
  mimeType: string;
}

export interface Reader {
  kind: ReaderKind;
  extensions: readonly string[];
  mimeType: string;
  read(bytes: Uint8Array): Promise<{ text: string; title?: string }>;
}

const unreadable = (why: string) =>
  new AppError('unreadable_file', {
    vi: `Không đọc được tệp: ${why}.`,
    en: `The file cannot be read: ${why}.`,
  });

function startsWith(bytes: Uint8Array, magic: string): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic.charCodeAt(i)) return false;
  return true;
}

/** UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is not a text file. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw unreadable('không phải văn bản UTF-8 (not UTF-8 text)');
  }
  // A NUL in "text" means a binary file given a .txt name.
  if (text.includes('\u0000')) throw unreadable('tệp nhị phân (a binary file)');
  return text;
}

const txtReader: Reader = {
  kind: 'txt',
  extensions: ['.txt', '.text', '.md'],
  mimeType: 'text/plain',
  async read(bytes) {
    return { text: decodeText(bytes) };
  },
};

const docxReader: Reader = {
  kind: 'docx',
  extensions: ['.docx'],
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  async read(bytes) {
    // A .docx is a zip; the old binary .doc and anything renamed fail here, before mammoth.
    if (!startsWith(bytes, 'PK')) throw unreadable('không phải tệp .docx (not a .docx file)');
    const { default: mammoth } = await import('mammoth');
    try {
      const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      return { text: result.value };
    } catch {
      throw unreadable('tệp .docx bị hỏng (a damaged .docx file)');
    }
  },
};

/** Block elements end a line in the text, so paragraphs stay paragraphs. */
const BLOCKS =
  'p, div, li, h1, h2, h3, h4, h5, h6, tr, br, blockquote, section, article, header, footer, pre';

const htmlReader: Reader = {
  kind: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  mimeType: 'text/html',
  async read(bytes) {
    const html = decodeText(bytes);
    if (!/<[a-z!?/]/i.test(html)) throw unreadable('không phải trang HTML (not an HTML page)');
    const [{ parseHTML }, { Readability }] = await Promise.all([
      import('linkedom'),
      import('@mozilla/readability'),
    ]);
    const { document } = parseHTML(html);
    const pageTitle = document.querySelector('title')?.textContent?.trim() || undefined;
    let article: { title?: string | null; content?: string | null } | null = null;
    try {
      article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
    } catch {
      article = null;
    }
    const body = article?.content
      ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body
      : parseHTML(html).document.body;
    if (!body) return { text: '', title: pageTitle };
    for (const el of body.querySelectorAll('script, style, noscript')) el.remove();
    for (const el of body.querySelectorAll(BLOCKS)) el.after('\n');
    const text = (body.textContent ?? '')
      .split('\n')
      .map((line: string) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    return { text, title: article?.title?.trim() || pageTitle };
  },
};

const pdfReader: Reader = {
  kind: 'pdf',
  extensions: ['.pdf'],
  mimeType: 'application/pdf',
  async read(bytes) {
    if (!startsWith(bytes, '%PDF-')) throw unreadable('không phải tệp PDF (not a PDF file)');
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    let pdf: Awaited<ReturnType<typeof getDocument>['promise']>;
    try {
      pdf = await getDocument({
        // pdf.js takes ownership of (detaches) the buffer it is given: give it a copy.
        data: new Uint8Array(bytes),
        verbosity: 0,
        isEvalSupported: false,
        disableFontFace: true,
        useSystemFonts: false,
      }).promise;
    } catch {
      throw unreadable('tệp PDF bị hỏng hoặc có mật khẩu (a damaged or password-protected PDF)');
    }
    try {
      const pages: string[] = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        const content = await page.getTextContent();
        let line = '';
        for (const item of content.items) {
          if (!('str' in item)) continue;
          line += item.str;
          if (item.hasEOL) line += '\n';
        }
        pages.push(line.trim());
        page.cleanup();
      }
      const text = pages.join('\n\n').trim();
      // Pages but no characters: the pages are pictures of text.
      if (!text && pdf.numPages > 0) throw new AppError('scanned_pdf');
      const meta = await pdf.getMetadata().catch(() => null);
      const title = (meta?.info as { Title?: string } | undefined)?.Title?.trim() || undefined;
      return { text, title };
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw unreadable('tệp PDF bị hỏng (a damaged PDF)');
    } finally {
      await pdf.destroy();
    }
  },
};

export const READERS: readonly Reader[] = [txtReader, docxReader, htmlReader, pdfReader];

export const ACCEPTED_EXTENSIONS = READERS.flatMap((r) => r.extensions);

/** The reader for a file name (its extension decides; a MIME type helps when the name has none). */
export function readerFor(fileName: string, mimeType?: string): Reader | undefined {
  const ext = extname(fileName).toLowerCase();
  if (ext) return READERS.find((r) => r.extensions.includes(ext));
  const mime = mimeType?.split(';')[0].trim().toLowerCase();
  return READERS.find((r) => r.mimeType === mime);
}

/** Reads one file into text, or throws an AppError saying why it cannot be imported. */
export async function readFile(bytes: Uint8Array, fileName: string, mimeType?: string): Promise<ReadText> {
  const reader = readerFor(fileName, mimeType);
  if (!reader) throw new AppError('unsupported_file_type');
  if (bytes.length > MAX_FILE_BYTES) throw new AppError('file_too_large');
  if (bytes.length === 0) throw new AppError('empty_file');
  const { text, title } = await reader.read(bytes);
  if (!text.trim()) throw new AppError('empty_file');
  return { text, mimeType: reader.mimeType, ...(title ? { title } : {}) };
}
