import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/db.ts';
import { makeDocx, makePdf, makeScannedPdf } from '../../../test/files.ts';
import {
  agencies,
  agencyProposals,
  auditLog,
  documents,
  indicators,
  observations,
  sources,
  targets,
  taskPartners,
  tasks,
} from '../../db/schema.ts';

// Our own example: a provincial plan implementing 11-NQ/TW (which the demo already holds).
const PLAN = `ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN
Số: 58/KH-UBND
KẾ HOẠCH
Thực hiện Nghị quyết số 11-NQ/TW ngày 10/2/2022 của Bộ Chính trị

Mục tiêu: Phấn đấu đến năm 2030 tỷ lệ đô thị hóa của tỉnh đạt 48%.
Năm 2024, tỷ lệ đô thị hóa ước đạt 41,2%.

Nhiệm vụ và giải pháp:
1. Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát quy hoạch đô thị, hoàn thành trong quý IV/2025.
2. Giao Trung tâm Chuyển đổi số Thái Nguyên chủ trì xây dựng cơ sở dữ liệu đô thị, hoàn thành trước 30/6/2026.
`;

const at = (text: string, part: string): [number, number] => {
  const i = text.indexOf(part);
  if (i < 0) throw new Error(`not in text: ${part}`);
  return [i, i + part.length];
};

/**
 * Review is tested on a fixed extraction of PLAN (what a reviewer sees), so that it does not move with the
 * extractor's heuristics; the API tests above check that real extraction is stored.
 */
function planExtraction(text: string) {
  return {
    documents: [
      {
        symbol: '58/KH-UBND',
        kind: 'Kế hoạch',
        issuer: 'ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN',
        span: at(text, '58/KH-UBND'),
      },
      { symbol: '11-NQ/TW', kind: 'Nghị quyết', date: '2022-02-10', span: at(text, '11-NQ/TW') },
    ],
    targets: [
      { indicator: 'tỷ lệ đô thị hóa của tỉnh', value: 48, unit: '%', year: 2030, span: at(text, '48%') },
    ],
    results: [{ indicator: 'tỷ lệ đô thị hóa', value: 41.2, unit: '%', year: 2024, span: at(text, '41,2%') }],
    tasks: [
      {
        text: 'Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát quy hoạch đô thị, hoàn thành trong quý IV/2025',
        lead: 'Sở Xây dựng',
        partners: ['Sở Tài chính'],
        deadline: '2025-Q4',
        span: at(
          text,
          'Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát quy hoạch đô thị, hoàn thành trong quý IV/2025',
        ),
      },
      {
        text: 'Trung tâm Chuyển đổi số Thái Nguyên chủ trì xây dựng cơ sở dữ liệu đô thị, hoàn thành trước 30/6/2026',
        lead: 'Trung tâm Chuyển đổi số Thái Nguyên',
        deadline: '2026-06-30',
        span: at(
          text,
          'Trung tâm Chuyển đổi số Thái Nguyên chủ trì xây dựng cơ sở dữ liệu đô thị, hoàn thành trước 30/6/2026',
        ),
      },
    ],
    dates: [],
    people: [],
    organizations: [],
    horizons: [],
    locations: [],
    meetings: [],
    recommendations: [],
  };
}

function multipart(fileName: string, bytes: Uint8Array, fields: Record<string, string> = {}) {
  const boundary = '----lotrinhtest';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe.each(ENGINES)('sources API on %s', (engine) => {
  let t: TestApp;
  let coordinator: string;
  let editor: string;
  let planId: number;

  beforeAll(async () => {
    t = await buildTestApp(engine);
    coordinator = await t.login('coordinator');
    editor = await t.login('editor');
  });
  afterAll(() => t?.close());

  const post = (payload: unknown, cookie = coordinator) =>
    t.app.inject({ method: 'POST', url: '/api/sources', headers: { cookie }, payload: payload as object });
  const upload = (fileName: string, bytes: Uint8Array, fields?: Record<string, string>) => {
    const m = multipart(fileName, bytes, fields);
    return t.app.inject({
      method: 'POST',
      url: '/api/sources',
      headers: { cookie: coordinator, ...m.headers },
      payload: m.payload,
    });
  };
  const reviewCall = (id: number, decisions: unknown[]) =>
    t.app.inject({
      method: 'POST',
      url: `/api/sources/${id}/review`,
      headers: { cookie: coordinator },
      payload: { decisions },
    });

  it('stores pasted text once, extracted and waiting for review', async () => {
    const res = await post({ text: PLAN });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    planId = body.id;
    expect(body).toMatchObject({
      created: true,
      reviewState: 'pending',
      kind: 'paste',
      publishedOn: null,
    });
    expect(body.title).toBe('ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN');
    expect(body.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(body.extraction.documents.map((d: { symbol: string }) => d.symbol)).toEqual([
      '58/KH-UBND',
      '11-NQ/TW',
    ]);
    const [d] = body.extraction.documents;
    expect(body.text.slice(d.span[0], d.span[1])).toBe('58/KH-UBND');

    // The same text in decomposed Unicode, with Windows line ends and extra space, is the same source.
    const again = await post({ text: `  ${PLAN.normalize('NFD').replaceAll('\n', '\r\n')}\n\n` });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: planId, created: false });
  });

  it('reads uploaded files, and refuses bad ones storing nothing', async () => {
    const docx = await upload(
      'ke-hoach.docx',
      await makeDocx([
        'Kế hoạch số 91/KH-UBND của UBND tỉnh Cao Bằng',
        'Phấn đấu đến năm 2030 tỷ lệ hộ nghèo giảm còn 8%.',
      ]),
      { title: 'Kế hoạch giảm nghèo', publishedOn: '10/3/2025' },
    );
    expect(docx.statusCode).toBe(201);
    expect(docx.json()).toMatchObject({
      kind: 'file',
      fileName: 'ke-hoach.docx',
      title: 'Kế hoạch giảm nghèo',
      publishedOn: '2025-03-10',
    });
    const pdf = await upload(
      'bao-cao.pdf',
      makePdf(['Báo cáo số 12/BC-UBND ngày 5/1/2025', 'Năm 2024 GRDP tăng 7,2%.']),
    );
    expect(pdf.statusCode).toBe(201);
    expect(pdf.json().text).toContain('GRDP tăng 7,2%');

    const before = await t.database.db.$count(sources);
    const bad = [
      [await upload('scan.pdf', makeScannedPdf()), 422, 'scanned_pdf'],
      [await upload('rong.txt', new Uint8Array()), 422, 'empty_file'],
      [
        await upload('hong.docx', new Uint8Array(Buffer.from('PK\u0003\u0004 not really a zip'))),
        422,
        'unreadable_file',
      ],
      [await upload('bang.xlsx', new Uint8Array([1, 2, 3])), 415, 'unsupported_file_type'],
      [await post({ text: '   ' }), 422, 'empty_file'],
    ] as const;
    for (const [res, status, code] of bad) {
      expect(res.statusCode).toBe(status);
      expect(res.json().error.code).toBe(code);
      expect(res.json().error.messages.vi).toBeTruthy();
    }
    expect(await t.database.db.$count(sources)).toBe(before);
  });

  it('extracts a long text off the request thread, with the same result', async () => {
    const paragraphs = Array.from(
      { length: 1500 },
      (_, i) =>
        `Mục ${i + 1}. Giao Sở Nội vụ chủ trì rà soát biên chế năm ${2025 + (i % 5)}, theo Kế hoạch số ${i + 1}/KH-UBND.`,
    );
    const res = await post({ text: paragraphs.join('\n'), publishedOn: '2025-05-01' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.text.length).toBeGreaterThan(100_000);
    expect(body.publishedOn).toBe('2025-05-01');
    expect(body.extraction.documents.length).toBe(1500);
  });

  it('lets only coordinators and admins import and review', async () => {
    expect((await post({ text: 'Văn bản thử' }, editor)).statusCode).toBe(403);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/sources/${planId}/review`,
      headers: { cookie: editor },
      payload: { decisions: [{ type: 'documents', action: 'accept' }] },
    });
    expect(res.statusCode).toBe(403);
  });

  it('lists sources with their counts and shows one with its extraction', async () => {
    const list = (
      await t.app.inject({ url: '/api/sources?reviewState=pending', headers: { cookie: editor } })
    ).json();
    expect(list.total).toBeGreaterThanOrEqual(3);
    const plan = list.items.find((s: { id: number }) => s.id === planId);
    expect(plan.counts.documents).toBe(2);
    expect(plan.counts.tasks).toBe(2);
    const one = await t.app.inject({ url: `/api/sources/${planId}`, headers: { cookie: editor } });
    expect(one.statusCode).toBe(200);
    expect(one.json().decisions).toEqual([]);
  });

  it('accepting documents links the known one and creates the new one, once', async () => {
    // From here on the plan's extraction is the fixed one (see planExtraction).
    const [{ text }] = await t.database.db
      .select({ text: sources.text })
      .from(sources)
      .where(eq(sources.id, planId));
    await t.database.db
      .update(sources)
      .set({ extraction: planExtraction(text) })
      .where(eq(sources.id, planId));
    const existing = await t.database.db.select().from(documents).where(eq(documents.symbol, '11-NQ/TW'));
    const docsBefore = await t.database.db.$count(documents);
    const res = await reviewCall(planId, [{ type: 'documents', action: 'accept' }]);
    expect(res.statusCode).toBe(200);
    expect(res.json().outcome).toMatchObject({
      accepted: 2,
      created: 1,
      linked: 1,
      reviewState: 'in_review',
    });
    expect(await t.database.db.$count(documents)).toBe(docsBefore + 1);
    const decisions = res.json().source.decisions;
    expect(decisions.find((d: { index: number }) => d.index === 1).recordId).toBe(existing[0].id);
    const [plan] = await t.database.db.select().from(documents).where(eq(documents.symbol, '58/KH-UBND'));
    expect(plan).toMatchObject({
      kind: 'Kế hoạch',
      sourceId: planId,
      sourceSpan: [37, 47],
      symbolKey: '58khubnd',
    });
    // Accepting again changes nothing.
    const again = await reviewCall(planId, [{ type: 'documents', index: 0, action: 'accept' }]);
    expect(again.json().outcome).toMatchObject({ accepted: 0, created: 0 });
    expect(await t.database.db.$count(documents)).toBe(docsBefore + 1);
  });

  it('accepting a target attaches it to its document; a result becomes an observation', async () => {
    const res = await reviewCall(planId, [
      {
        type: 'targets',
        index: 0,
        action: 'edit',
        value: { indicator: 'Tỷ lệ đô thị hóa', scope: 'tỉnh Thái Nguyên' },
      },
      { type: 'results', index: 0, action: 'edit', value: { scope: 'Thái Nguyên' } },
    ]);
    expect(res.statusCode).toBe(200);
    const [demoIndicator] = await t.database.db
      .select()
      .from(indicators)
      .where(eq(indicators.name, 'Tỷ lệ đô thị hóa'));
    const [target] = await t.database.db.select().from(targets).where(eq(targets.sourceId, planId));
    const [plan] = await t.database.db.select().from(documents).where(eq(documents.symbol, '58/KH-UBND'));
    // The demo's own indicator (same folded name, same province): no second one.
    expect(target).toMatchObject({
      indicatorId: demoIndicator.id,
      value: 48,
      year: 2030,
      documentId: plan.id,
    });
    expect(target.sourceSpan).toEqual(res.json().source.extraction.targets[0].span);
    const [obs] = await t.database.db.select().from(observations).where(eq(observations.sourceId, planId));
    expect(obs).toMatchObject({ indicatorId: demoIndicator.id, year: 2024, value: 41.2, state: 'reported' });
  });

  it('accepting tasks matches agencies by name and proposes unknown ones for a coordinator', async () => {
    const res = await reviewCall(planId, [{ type: 'tasks', action: 'accept' }]);
    expect(res.statusCode).toBe(200);
    expect(res.json().outcome.reviewState).toBe('reviewed');
    const rows = await t.database.db.select().from(tasks).where(eq(tasks.sourceId, planId)).orderBy(tasks.id);
    expect(rows).toHaveLength(2);
    const [so] = await t.database.db
      .select()
      .from(agencies)
      .where(eq(agencies.name, 'Sở Xây dựng tỉnh Thái Nguyên'));
    const [fin] = await t.database.db
      .select()
      .from(agencies)
      .where(eq(agencies.name, 'Sở Tài chính tỉnh Thái Nguyên'));
    const [plan] = await t.database.db.select().from(documents).where(eq(documents.symbol, '58/KH-UBND'));
    expect(rows[0]).toMatchObject({
      leadAgencyId: so.id,
      deadlineKind: 'quarter',
      dueOn: '2025-12-31',
      documentId: plan.id,
    });
    expect(
      await t.database.db.select().from(taskPartners).where(eq(taskPartners.taskId, rows[0].id)),
    ).toEqual([{ taskId: rows[0].id, agencyId: fin.id }]);
    expect(rows[1]).toMatchObject({ leadAgencyId: null, dueOn: '2026-06-30' });

    const proposals = await t.app.inject({ url: '/api/agency-proposals', headers: { cookie: coordinator } });
    const proposal = proposals
      .json()
      .find((p: { name: string }) => p.name === 'Trung tâm Chuyển đổi số Thái Nguyên');
    expect(proposal.tasks).toEqual([{ id: rows[1].id, text: rows[1].text, role: 'lead' }]);
    const confirmed = await t.app.inject({
      method: 'POST',
      url: `/api/agency-proposals/${proposal.id}`,
      headers: { cookie: coordinator },
      payload: { action: 'confirm', kind: 'department' },
    });
    expect(confirmed.statusCode).toBe(200);
    const [task] = await t.database.db.select().from(tasks).where(eq(tasks.id, rows[1].id));
    expect(task.leadAgencyId).toBe(confirmed.json().agencyId);
    const [p] = await t.database.db.select().from(agencyProposals).where(eq(agencyProposals.id, proposal.id));
    expect(p.status).toBe('confirmed');
  });

  it('rejects items, refuses to reject an accepted one, and audits every decision', async () => {
    const text = 'Năm 2024, tỷ lệ che phủ rừng của tỉnh Bắc Kạn đạt 73,4%. Kế hoạch số 7/KH-UBND.';
    const src = (await post({ text })).json();
    const fixed = {
      ...planExtraction(PLAN),
      documents: [{ symbol: '7/KH-UBND', kind: 'Kế hoạch', span: at(text, '7/KH-UBND') }],
      targets: [],
      results: [{ indicator: 'tỷ lệ che phủ rừng', value: 73.4, year: 2024, span: at(text, '73,4%') }],
      tasks: [],
    };
    await t.database.db.update(sources).set({ extraction: fixed }).where(eq(sources.id, src.id));
    const res = await reviewCall(src.id, [
      { type: 'results', action: 'reject' },
      { type: 'documents', action: 'accept' },
    ]);
    expect(res.json().outcome).toMatchObject({ rejected: 1, accepted: 1 });
    const conflict = await reviewCall(src.id, [{ type: 'documents', index: 0, action: 'reject' }]);
    expect(conflict.statusCode).toBe(409);
    const outOfRange = await reviewCall(src.id, [{ type: 'tasks', index: 5, action: 'accept' }]);
    expect(outOfRange.statusCode).toBe(400);
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'source'), eq(auditLog.entityId, String(src.id))));
    expect(audits.map((a) => a.action).sort()).toEqual(['import', 'update']);
    expect(await t.database.db.$count(auditLog, eq(auditLog.entity, 'target'))).toBeGreaterThanOrEqual(1);
  });
});
