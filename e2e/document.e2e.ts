import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Document, DocumentDetail, Page as ListPage } from '../web/src/api/types.ts';
import { apiGet, type Browser, launch, screenshot, signIn } from './browser.ts';

const baseURL = inject('baseURL');

describe('documents (Văn bản)', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
    await signIn(b.page, baseURL, 'viewer');
  });
  afterAll(async () => {
    await b?.close();
  });

  it('finds 11-NQ/TW and shows its tasks, targets and links', async () => {
    const { page } = b;
    await page.goto(`${baseURL}/documents`);
    await page.getByPlaceholder('Tìm theo số, ký hiệu hoặc trích yếu').fill('11-NQ/TW');
    await page.getByPlaceholder('Tìm theo số, ký hiệu hoặc trích yếu').press('Enter');
    await page.waitForURL(/q=11-NQ/);
    const row = page.getByTestId('documents-table').getByRole('link', { name: '11-NQ/TW', exact: true });
    await row.first().click();
    await page.waitForURL(/\/documents\/\d+$/);
    const id = page.url().split('/').pop();

    const found = await apiGet<ListPage<Document>>(page, baseURL, '/documents?symbol=11-NQ/TW');
    expect(found.items.some((d) => String(d.id) === id)).toBe(true);
    const doc = await apiGet<DocumentDetail>(page, baseURL, `/documents/${id}`);

    await page.getByTestId('document-detail').waitFor();
    expect(await page.locator('h1').textContent()).toContain('11-NQ/TW');
    expect(await page.getByTestId('document-detail').textContent()).toContain('10/02/2022');

    const tasks = page.getByTestId('document-tasks').locator('tbody tr.ant-table-row');
    expect(doc.tasks.length).toBeGreaterThan(0);
    expect(await tasks.count()).toBe(doc.tasks.length);
    for (const task of doc.tasks) {
      expect(await page.getByTestId('document-tasks').textContent()).toContain(task.text.slice(0, 30));
    }
    const targets = page.getByTestId('document-targets').locator('tbody tr.ant-table-row');
    expect(await targets.count()).toBe(doc.targets.length);
    if (doc.links.length) {
      await page.getByTestId('links-graph').locator('svg').waitFor();
      for (const l of doc.links) {
        if (l.document.symbol)
          expect(await page.getByTestId('document-detail').textContent()).toContain(l.document.symbol);
      }
    }
    await screenshot(page, 'document-11-NQ-TW');
  });
});
