import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Document, DocumentDetail, Page as ListPage } from '../web/src/api/types.ts';
import { apiGet, type Browser, launch, screenshot, signIn } from './browser.ts';

const baseURL = inject('baseURL');

// Our own passage about the conference on Resolution 11-NQ/TW, with the facts of the seed article
// (names, number-symbols, dates) and none of its sentences.
const PASSAGE =
  'Sáng 15-4, Tổng Bí thư Nguyễn Phú Trọng chủ trì Hội nghị toàn quốc do Bộ Chính trị tổ chức để phổ biến ' +
  'Nghị quyết số 11-NQ/TW ngày 10/2/2022 về phát triển vùng trung du và miền núi Bắc Bộ, với mốc năm 2030 ' +
  'và tầm nhìn năm 2045. Tại điểm cầu Thái Nguyên, các đại biểu nhắc lại rằng vùng vẫn còn nhiều khó khăn.\n' +
  'Nghị quyết mới kế tiếp Nghị quyết 37-NQ/TW ngày 01/7/2004 của Bộ Chính trị, văn bản đã định hướng ' +
  'cho vùng trong gần hai thập kỷ, với mốc năm 2020.';

describe('a document’s source text', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
    await signIn(b.page, baseURL, 'viewer');
  });
  afterAll(async () => {
    await b?.close();
  });

  it('highlights each extracted item where it came from', async () => {
    const { page } = b;
    // The demo documents carry no source yet: give 11-NQ/TW the seed passage, extracted by the real
    // extractor (POST /api/extract), by answering its detail request in the browser.
    const res = await page.request.post(`${baseURL}/api/extract`, { data: { text: PASSAGE } });
    expect(res.ok(), await res.text()).toBe(true);
    const extraction = (await res.json()) as Record<string, { span?: [number, number] }[]>;
    const found = await apiGet<ListPage<Document>>(page, baseURL, '/documents?symbol=11-NQ/TW');
    const id = found.items[0].id;
    const doc = await apiGet<DocumentDetail>(page, baseURL, `/documents/${id}`);
    const start = PASSAGE.indexOf('Nghị quyết số 11-NQ/TW');
    await page.route(`**/api/documents/${id}`, (route) =>
      route.fulfill({
        json: {
          ...doc,
          source: { id: 0, title: 'Bài viết về Hội nghị ngày 15-4', text: PASSAGE, extraction },
          sourceSpan: [start, start + 'Nghị quyết số 11-NQ/TW'.length],
        },
      }),
    );
    await page.goto(`${baseURL}/documents/${id}`);
    const text = page.getByTestId('source-text');
    await text.waitFor();
    expect((await text.textContent())?.replace(/\s+/g, ' ')).toBe(PASSAGE.replace(/\s+/g, ' '));
    // Every document reference the extractor found is marked, on exactly its span.
    for (const item of extraction.documents ?? []) {
      if (!item.span) continue;
      const piece = PASSAGE.slice(item.span[0], item.span[1]);
      const marks = await text.locator('mark[data-type="documents"]').allTextContents();
      expect(marks.join('|')).toContain(piece);
    }
    expect(await text.locator('mark').count()).toBeGreaterThan(3);
    await page.unroute(`**/api/documents/${id}`);
    await screenshot(page, 'document-source-highlights');
  });
});
