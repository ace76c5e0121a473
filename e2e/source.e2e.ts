import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Document, DocumentDetail, Page as ListPage } from '../web/src/api/types.ts';
import { apiGet, type Browser, launch, screenshot, signIn } from './browser.ts';

const baseURL = inject('baseURL');

// From the seed article on the conference for Resolution 11-NQ/TW (shared/seeds/004_…).
const PASSAGE =
  'Đó là một trong những nội dung chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng tại Hội nghị toàn quốc của Bộ Chính trị, ' +
  'Ban Bí thư nhằm quán triệt và triển khai thực hiện Nghị quyết số 11-NQ/TW ngày 10/2/2022 của Bộ Chính trị về ' +
  'phương hướng phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh vùng trung du và miền núi Bắc Bộ đến năm ' +
  '2030, tầm nhìn đến năm 2045. Hội nghị được tổ chức sáng 15-4.\n' +
  'Sau 17 năm triển khai Nghị quyết 37-NQ/TW ngày 01/7/2004 của Bộ Chính trị về phương hướng phát triển kinh tế - ' +
  'xã hội và bảo đảm quốc phòng, an ninh vùng trung du và miền núi Bắc Bộ đến năm 2020, đây vẫn là vùng trũng về ' +
  'phát triển và “lõi nghèo” của cả nước.';

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
          source: { id: 0, title: 'Seed 004', text: PASSAGE, extraction },
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
