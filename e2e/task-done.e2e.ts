import { request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page as ListPage, Task, TaskDetail } from '../web/src/api/types.ts';
import { apiGet, type Browser, launch, screenshot, signIn } from './browser.ts';

const baseURL = inject('baseURL');

async function assignTaskToEditorAgency(): Promise<Task> {
  const api = await request.newContext({ baseURL });
  try {
    const login = async (username: string) => {
      const res = await api.post('/api/auth/login', { data: { username, password: 'lotrinh-demo' } });
      expect(res.ok(), await res.text()).toBe(true);
      return ((await res.json()) as { user: { agency: { id: number } | null } }).user;
    };
    const editor = await login('editor');
    await login('coordinator');
    const due = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const res = await api.post('/api/tasks', {
      data: {
        text: 'Rà soát, báo cáo tỷ lệ đô thị hóa theo từng đơn vị hành chính (kiểm thử e2e)',
        leadAgencyId: editor.agency!.id,
        deadline: { kind: 'date', date: due },
        illustrative: true,
      },
    });
    expect(res.ok(), await res.text()).toBe(true);
    return (await res.json()) as Task;
  } finally {
    await api.dispose();
  }
}

describe('an agency editor marks a task done', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
    await signIn(b.page, baseURL, 'editor');
  });
  afterAll(async () => {
    await b?.close();
  });

  it('sees edit controls only on the agency’s own tasks', async () => {
    const { page } = b;
    const all = await apiGet<ListPage<Task>>(page, baseURL, '/tasks?pageSize=200');
    const other = all.items.find((t) => !t.canEdit);
    if (other) {
      await page.goto(`${baseURL}/tasks/${other.id}`);
      await page.getByTestId('task-readonly').waitFor();
      expect(await page.locator('form#task-update').count()).toBe(0);
    }
  });

  it('submits an update with completion and sees the status change', async () => {
    const { page } = b;
    const all = await apiGet<ListPage<Task>>(page, baseURL, '/tasks?pageSize=200');
    // An open task of the editor's agency: from the demo when it has one, else assigned now by the
    // coordinator through the API (as the monitoring office would).
    const task =
      all.items.find((t) => t.canEdit && (t.status === 'in_progress' || t.status === 'overdue')) ??
      (await assignTaskToEditorAgency());
    await page.goto(`${baseURL}/tasks/${task!.id}`);
    await page.getByTestId('task-detail').waitFor();
    expect(await page.getByTestId('task-status').locator('[data-status]').getAttribute('data-status')).toBe(
      task!.status,
    );
    await screenshot(page, 'task-before-done');

    await page.locator('#task-update_note').fill('Đã hoàn thành, gửi báo cáo kết quả kèm theo.');
    await page.getByTestId('mark-done').click();
    await page.getByRole('button', { name: 'Thêm minh chứng' }).click();
    await page.getByPlaceholder('Tên tài liệu minh chứng').fill('Báo cáo số 12/BC-SXD');
    await page.getByRole('button', { name: 'Gửi cập nhật' }).click();

    const expected = task!.status === 'overdue' ? 'done_late' : 'done_on_time';
    await expect
      .poll(() => page.getByTestId('task-status').locator('[data-status]').getAttribute('data-status'), {
        timeout: 15_000,
      })
      .toBe(expected);
    await page.getByTestId('task-updates').getByText('Báo cáo số 12/BC-SXD').waitFor();
    const after = await apiGet<TaskDetail>(page, baseURL, `/tasks/${task!.id}`);
    expect(after.status).toBe(expected);
    expect(after.completedOn).toBeTruthy();
    await screenshot(page, 'task-after-done');
  });
});

describe('explanation requests', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
    await signIn(b.page, baseURL, 'editor');
  });
  afterAll(async () => {
    await b?.close();
  });

  it('the coordinator asks, the agency editor answers in the task page', async () => {
    const { page } = b;
    const task = await assignTaskToEditorAgency();
    const api = await request.newContext({ baseURL });
    try {
      await api.post('/api/auth/login', { data: { username: 'coordinator', password: 'lotrinh-demo' } });
      const res = await api.post(`/api/tasks/${task.id}/explanations`, {
        data: { reason: 'Đề nghị giải trình tiến độ chậm so với kế hoạch.' },
      });
      expect(res.ok(), await res.text()).toBe(true);
    } finally {
      await api.dispose();
    }
    await page.goto(`${baseURL}/tasks/${task.id}`);
    const box = page.getByTestId('task-explanations');
    await box.getByText('Đề nghị giải trình tiến độ chậm so với kế hoạch.').waitFor();
    await box.getByText('Chờ giải trình').waitFor();
    await box.getByRole('textbox').fill('Sở đang hoàn thiện số liệu, dự kiến báo cáo trong tháng tới.');
    await box.getByRole('button', { name: 'Gửi giải trình' }).click();
    await box.getByText('Đã giải trình').waitFor();
    await box.getByText('Sở đang hoàn thiện số liệu, dự kiến báo cáo trong tháng tới.').waitFor();
    await screenshot(page, 'task-explanation-answered');
  });
});
