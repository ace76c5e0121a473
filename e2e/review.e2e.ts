// Import and review (issue 5) as a coordinator would do it: paste a text, see what was extracted marked in
// it, accept, edit and reject items, and find the accepted records, each linked back to its passage.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DocumentDetail, Page as ListPage, Task } from '../web/src/api/types.ts';
import { apiGet, type Browser, launch, screenshot, signIn } from './browser.ts';

const baseURL = inject('baseURL');

// Our own wording. The plan's number changes with every run, so a server reused through E2E_BASE_URL
// still gets a new text (the same text twice is one source).
const number = 100 + Math.floor(Math.random() * 9000);
const SYMBOL = `${number}/KH-UBND`;
const TASK = 'Sở Xây dựng chủ trì cải tạo phòng đọc tại nhà văn hóa các xã vùng cao';
const TEXT = [
  `Kế hoạch số ${SYMBOL} ngày 3/3/2026 của UBND tỉnh Thái Nguyên về phát triển thư viện số ở cơ sở.`,
  'Phấn đấu đến năm 2027, tỷ lệ xã có điểm đọc sách điện tử của tỉnh đạt 60%.',
  'Phấn đấu đến năm 2028, tỷ lệ xã có điểm đọc sách điện tử của tỉnh đạt 90%.',
  `Giao ${TASK}, hoàn thành trong quý IV/2026.`,
].join('\n');
const INDICATOR = 'Tỷ lệ xã có điểm đọc sách điện tử';

/** The items of the review tab shown now. */
const items = (page: Page) => page.locator('[role="tabpanel"][aria-hidden="false"] .ant-list-item');

async function openTab(page: Page, label: string): Promise<Locator> {
  await page.getByRole('tab', { name: new RegExp(`^${label} \\(\\d+\\)`) }).click();
  return items(page);
}

async function expectDecision(item: Locator, tag: 'Đã chấp nhận' | 'Đã loại') {
  await item.locator('.ant-tag', { hasText: tag }).waitFor();
}

describe('the review screen', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch({ height: 900 });
    await signIn(b.page, baseURL, 'coordinator');
  });
  afterAll(async () => {
    await b?.close();
  });

  it('turns a pasted text into records, one decision at a time, each traceable to its passage', async () => {
    const { page } = b;
    await page.goto(`${baseURL}/sources`);
    await page.getByRole('textbox', { name: 'Dán văn bản' }).fill(TEXT);
    await page.getByRole('textbox', { name: 'Tiêu đề (không bắt buộc)' }).fill(`Thư viện số ${number}`);
    await page.getByRole('button', { name: 'Nhập và trích xuất' }).click();
    await page.waitForURL(/\/sources\/\d+$/);
    const sourceId = Number(new URL(page.url()).pathname.split('/').pop());

    // Every extracted item is marked in the text, on its own words.
    const text = page.getByTestId('source-text');
    await text.waitFor();
    expect((await text.textContent())?.replace(/\s+/g, ' ')).toBe(TEXT.replace(/\s+/g, ' '));
    expect(await text.locator('mark[data-type="documents"]').allTextContents()).toContain(SYMBOL);
    expect((await text.locator('mark[data-type="targets"]').allTextContents()).join('|')).toMatch(/90\s?%/);
    // A task's marks: its own, and those of the names inside it (its lead agency).
    const task = await text.locator('mark[data-type="tasks"], mark.hl-in-task').allTextContents();
    expect(task.join('')).toContain(TASK);

    // Accept the plan itself.
    const docs = await openTab(page, 'Văn bản');
    await docs.first().waitFor();
    expect(await docs.count()).toBe(1);
    await docs.first().getByRole('button', { name: 'Chấp nhận', exact: true }).click();
    await expectDecision(docs.first(), 'Đã chấp nhận');
    const docHref = await docs.first().getByRole('link', { name: 'Mở bản ghi' }).getAttribute('href');
    const documentId = Number(docHref?.split('/').pop());
    expect(documentId).toBeGreaterThan(0);

    // Reject the first value, edit the second (its indicator's name, and the value), which accepts it.
    const values = await openTab(page, 'Mục tiêu');
    await values.first().waitFor();
    expect(await values.count()).toBe(2);
    await values.nth(0).getByRole('button', { name: 'Loại', exact: true }).click();
    await expectDecision(values.nth(0), 'Đã loại');
    await values.nth(1).getByRole('button', { name: 'Sửa', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Chỉ tiêu', { exact: true }).fill(INDICATOR);
    await dialog.getByLabel('Giá trị', { exact: true }).fill('95');
    await dialog.getByRole('button', { name: 'Lưu và chấp nhận' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectDecision(values.nth(1), 'Đã chấp nhận');

    // Accept the task: its lead is matched to the demo's construction department.
    const tasks = await openTab(page, 'Nhiệm vụ');
    await tasks.first().waitFor();
    expect(await tasks.count()).toBe(1);
    await tasks.first().getByRole('button', { name: 'Chấp nhận', exact: true }).click();
    await expectDecision(tasks.first(), 'Đã chấp nhận');
    await page.getByText(/Đã chấp nhận 1, loại 0; tạo mới 1, liên kết 0\./).waitFor();
    await screenshot(page, 'review-decisions');

    // The records exist as accepted: the edited target on the plan, under the corrected indicator.
    const doc = await apiGet<DocumentDetail>(page, baseURL, `/documents/${documentId}`);
    expect(doc).toMatchObject({ symbol: SYMBOL, kind: 'Kế hoạch', issuedOn: '2026-03-03' });
    expect(doc.targets.map((t) => [t.indicator?.name, t.value, t.year])).toEqual([[INDICATOR, 95, 2028]]);
    expect(doc.tasks.map((t) => t.text)).toEqual([`${TASK}, hoàn thành trong quý IV/2026`]);

    // The task's page, opened from the review screen, links back to its highlighted passage.
    await tasks.first().getByRole('link', { name: 'Mở bản ghi' }).click();
    await page.waitForURL(/\/tasks\/\d+$/);
    const taskId = Number(new URL(page.url()).pathname.split('/').pop());
    const detail = await apiGet<Task>(page, baseURL, `/tasks/${taskId}`);
    expect(detail).toMatchObject({ sourceId, leadAgency: { name: 'Sở Xây dựng tỉnh Thái Nguyên' } });
    await page.getByText(TASK).first().waitFor();
    await page.getByTestId('source-passage-link').click();
    await page.waitForURL(new RegExp(`/sources/${sourceId}\\?span=\\d+,\\d+$`));
    const passage = page.getByTestId('source-text').locator('mark.hl-self');
    await passage.first().waitFor();
    expect((await passage.allTextContents()).join('')).toContain(TASK);
    await screenshot(page, 'review-task-passage');

    // Accepting again, or sending the same text again, creates nothing new.
    const again = await page.request.post(`${baseURL}/api/sources/${sourceId}/review`, {
      data: {
        decisions: [
          { type: 'documents', index: 0, action: 'accept' },
          { type: 'tasks', action: 'accept' },
        ],
      },
    });
    expect(again.ok(), await again.text()).toBe(true);
    expect((await again.json()).outcome).toMatchObject({ accepted: 0, created: 0 });
    const resent = await page.request.post(`${baseURL}/api/sources`, { data: { text: TEXT } });
    expect(await resent.json()).toMatchObject({ id: sourceId, created: false });
    const listed = await apiGet<ListPage<Task>>(page, baseURL, `/tasks?document=${documentId}`);
    expect(listed.items.map((t) => t.id)).toEqual([taskId]);

    // Another text citing the same plan links to it rather than making a second one.
    const other = await page.request.post(`${baseURL}/api/sources`, {
      data: { text: `Các xã báo cáo kết quả thực hiện Kế hoạch số ${SYMBOL} trước ngày 15/12/2026.` },
    });
    const otherId = (await other.json()).id as number;
    const linked = await page.request.post(`${baseURL}/api/sources/${otherId}/review`, {
      data: { decisions: [{ type: 'documents', action: 'accept' }] },
    });
    expect((await linked.json()).outcome).toMatchObject({ accepted: 1, created: 0, linked: 1 });
    const same = await apiGet<ListPage<{ id: number }>>(
      page,
      baseURL,
      `/documents?symbol=${encodeURIComponent(SYMBOL)}`,
    );
    expect(same.items.map((d) => d.id)).toEqual([documentId]);
  });
});
