// One contract for every reader (.txt, .docx, .html, .pdf): the same Vietnamese text comes out, and the
// same failures give the same codes. Fixtures are made here, not stored.
import { describe, expect, it } from 'vitest';
import { makeDocx, makeHtml, makePdf, makeScannedPdf } from '../../test/files.ts';
import { AppError } from '../domain/errors.ts';
import { MAX_FILE_BYTES, readerFor, readFile } from './readers.ts';

const PARAGRAPHS = [
  'Kế hoạch số 27/KH-UBND ngày 14/3/2025 của UBND tỉnh Lạng Sơn',
  'Phấn đấu đến năm 2030 tỷ lệ che phủ rừng đạt 65%.',
  'Giao Sở Nông nghiệp và Môi trường chủ trì, hoàn thành trong quý III/2025.',
];

interface Case {
  name: string;
  fileName: string;
  make(paragraphs: string[]): Promise<Uint8Array>;
  /** The format's signature followed by garbage. */
  corrupt: Uint8Array;
  /** A well-formed file of this kind with no text in it. */
  blank(): Promise<Uint8Array>;
}

const garbage = (head: string) => new Uint8Array(Buffer.concat([Buffer.from(head), Buffer.alloc(300, 0x9c)]));

const CASES: Case[] = [
  {
    name: 'txt',
    fileName: 'ke-hoach.txt',
    make: async (p) => new Uint8Array(Buffer.from(p.join('\n'), 'utf8')),
    corrupt: new Uint8Array([0x4b, 0xff, 0xfe, 0x00, 0xc3, 0x28]),
    blank: async () => new Uint8Array(Buffer.from('  \n\t \n')),
  },
  {
    name: 'docx',
    fileName: 'ke-hoach.docx',
    make: makeDocx,
    corrupt: garbage('PK\u0003\u0004'),
    blank: () => makeDocx(['', ' ']),
  },
  {
    name: 'html',
    fileName: 'bai-bao.html',
    make: async (p) => makeHtml('Lạng Sơn triển khai kế hoạch trồng rừng', p),
    corrupt: new Uint8Array([0x3c, 0x70, 0x3e, 0xc3, 0x28, 0xff]),
    blank: async () => new Uint8Array(Buffer.from('<!doctype html><html><head></head><body> </body></html>')),
  },
  {
    name: 'pdf',
    fileName: 'ke-hoach.pdf',
    make: async (p) => makePdf(p),
    corrupt: garbage('%PDF-1.4\n'),
    blank: async () => makeScannedPdf(),
  },
];

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).code;
  }
  throw new Error('expected a failure');
}

describe.each(CASES)('reader contract: $name', (c) => {
  it('reads the Vietnamese text, paragraph by paragraph', async () => {
    const { text, mimeType } = await readFile(await c.make(PARAGRAPHS), c.fileName);
    const nfc = text.normalize('NFC');
    for (const p of PARAGRAPHS) expect(nfc).toContain(p);
    // Paragraphs stay apart: extraction splits sentences and list items on them.
    expect(nfc).toMatch(/65%\.\s*\n/);
    expect(mimeType).toBe(readerFor(c.fileName)?.mimeType);
  });

  it('refuses an empty file', async () => {
    expect(await failure(readFile(new Uint8Array(), c.fileName))).toBe('empty_file');
  });

  it('refuses a file of its kind with no text (a scanned PDF says so)', async () => {
    const code = await failure(readFile(await c.blank(), c.fileName));
    expect(code).toBe(c.name === 'pdf' ? 'scanned_pdf' : 'empty_file');
  });

  it('refuses a damaged file, or one that is not what its name says', async () => {
    expect(await failure(readFile(c.corrupt, c.fileName))).toBe('unreadable_file');
    if (c.name !== 'txt' && c.name !== 'html') {
      const text = new Uint8Array(Buffer.from(PARAGRAPHS.join('\n')));
      expect(await failure(readFile(text, c.fileName))).toBe('unreadable_file');
    }
  });

  it('refuses more than 20 MB', async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    expect(await failure(readFile(big, c.fileName))).toBe('file_too_large');
  });
});

describe('file types', () => {
  it('refuses a type it cannot read', async () => {
    for (const name of ['bang-so-lieu.xlsx', 'van-ban.doc', 'anh.png', 'khong-duoi'])
      expect(await failure(readFile(new Uint8Array([1, 2, 3]), name))).toBe('unsupported_file_type');
  });

  it('goes by the MIME type when the name has no extension', () => {
    expect(readerFor('upload', 'application/pdf')?.kind).toBe('pdf');
    expect(readerFor('upload', 'text/html; charset=utf-8')?.kind).toBe('html');
  });

  it('reads UTF-16 text files with a byte-order mark', async () => {
    const bytes = new Uint8Array(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PARAGRAPHS[1], 'utf16le')]),
    );
    expect((await readFile(bytes, 'a.txt')).text).toBe(PARAGRAPHS[1]);
  });

  it('keeps the article of a news page and drops its menu, scripts and footer', async () => {
    const { text, title } = await readFile(
      makeHtml('Lạng Sơn triển khai kế hoạch trồng rừng', PARAGRAPHS),
      'bai.html',
    );
    expect(title).toBe('Lạng Sơn triển khai kế hoạch trồng rừng');
    expect(text).not.toContain('tracking');
    expect(text).not.toContain('Bản quyền');
  });
});
