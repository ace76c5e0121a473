// `lotrinh extract` as a user runs it: a real process through bin/lotrinh (tsx in the main thread and,
// for large inputs, in the worker threads).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/lotrinh', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'lotrinh-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lotrinh(
  args: string[],
  input?: string,
  extraEnv: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      {
        maxBuffer: 256 * 1024 * 1024,
        timeout: 180_000,
        env: { ...process.env, LOG_LEVEL: 'silent', ...extraEnv },
      },
      (err, stdout, stderr) => {
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

const PASSAGE =
  'Ngày 12/5/2023, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND thực hiện Nghị quyết số 39-NQ/TW của Bộ Chính trị. Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành bố trí kinh phí trước ngày 30/6/2023.';

describe('lotrinh extract', () => {
  it('prints one result for a text on standard input', async () => {
    const r = await lotrinh(['extract', '-'], PASSAGE);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.documents.map((d: { symbol: string }) => d.symbol)).toEqual(['45/KH-UBND', '39-NQ/TW']);
    expect(out.tasks[0].deadline).toBe('2023-06-30');
  });

  it('--pretty indents the JSON of a file', async () => {
    const file = join(dir, 'one.txt');
    writeFileSync(file, PASSAGE);
    const r = await lotrinh(['extract', file, '--pretty']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('{\n  "documents"')).toBe(true);
  });

  it('--jsonl keeps the input order, reports bad lines by number and goes on', async () => {
    const file = join(dir, 'small.jsonl');
    const lines = [
      JSON.stringify({ id: 'a', text: PASSAGE }),
      'không phải JSON',
      JSON.stringify({ id: 'b' }),
      JSON.stringify({ id: 'c', text: 'sáng 15-4', date: '2022-04-16' }),
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = await lotrinh(['extract', '--jsonl', file]);
    expect(r.code).not.toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'c']);
    expect(Object.keys(out[0])[0]).toBe('id');
    expect(r.stderr).toContain(':2:');
    expect(r.stderr).toContain(':3:');
  });

  it('--jsonl spreads input over worker threads, output still in order', async () => {
    const file = join(dir, 'large.jsonl');
    const rows: string[] = [];
    for (let i = 0; i < 900; i++) rows.push(JSON.stringify({ id: i, text: `${PASSAGE} ${i}` }));
    writeFileSync(file, `${rows.join('\n')}\n`);
    // The pool starts past 1 MB; the variable lowers that threshold so the test stays small.
    const r = await lotrinh(['extract', '--jsonl', file, '--threads', '2'], undefined, {
      LOTRINH_EXTRACT_INLINE_BYTES: '0',
    });
    expect(r.code).toBe(0);
    const ids = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).id);
    expect(ids).toEqual(rows.map((_, i) => i));
  });
});
