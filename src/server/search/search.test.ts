import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/db.ts';
import { agencies, documents, indicators, people, searchIndex, sources, tasks } from '../../db/schema.ts';
import { symbolKey } from '../../domain/documentSymbol.ts';
import { createUser } from '../users/users.service.ts';
import { exactWords, matchSpans, parseQuery, searchWords, snippetHtml } from './search.query.ts';
import type { SearchResult } from './search.schema.ts';

describe('search query parsing', () => {
  it('folds words the way search_words() does', () => {
    expect(searchWords('Đô thị hóa, Số 11-NQ/TW; 40,5%')).toEqual([
      'do',
      'thi',
      'hoa',
      'so',
      '11',
      'nq',
      'tw',
      '40',
      '5',
    ]);
    expect(exactWords('Hòa bình, THỦY lợi')).toEqual(['hoà', 'bình', 'thuỷ', 'lợi']);
  });

  it('reads phrases, exclusions and number-symbols', () => {
    const p = parseQuery('"đô thị" hoá -làng 11-NQ/TW');
    expect(p.tsquery).toBe("('do' <-> 'thi') & 'hoa' & ('11' <-> 'nq' <-> 'tw') & !'lang'");
    expect(p.exactPatterns).toEqual([
      '(^|[^[:alnum:]])đô[^[:alnum:]]+thị([^[:alnum:]]|$)',
      '(^|[^[:alnum:]])hoá([^[:alnum:]]|$)',
    ]);
    expect(p.symbolKeys).toContain('11nqtw');
    expect(parseQuery('nghi quyet 11 nq tw').symbolKeys).toContain('11nqtw');
    expect(parseQuery('số 11-NQ/TW').symbolKeys).toContain('11nqtw');
    expect(parseQuery('-chỉ -loại').tsquery).toBeNull();
    expect(parseQuery("o'neil").tsquery).toBe("('o' <-> 'neil')");
  });

  it('highlights the original text by its folded words', () => {
    expect(matchSpans('Phát triển Đô thị hoá.', ['do', 'thi', 'hoa'])).toEqual([[11, 21]]);
    expect(snippetHtml('Quy hoạch <b> Đô thị', ['do', 'thi'])).toBe(
      'Quy hoạch &lt;b&gt; <mark>Đô thị</mark>',
    );
  });
});

describe.each(ENGINES)('search on %s', (engine) => {
  let t: TestApp;
  let cookie: string;
  const id: Record<string, number> = {};

  beforeAll(async () => {
    t = await buildTestApp(engine, { demo: false });
    const db = t.database.db;
    const [xd] = await db
      .insert(agencies)
      .values({ name: 'Sở Xây dựng tỉnh Lạng Sơn', shortName: 'SXD', kind: 'department' })
      .returning();
    const [ub] = await db
      .insert(agencies)
      .values({ name: 'Ủy ban nhân dân tỉnh Hà Giang', kind: 'committee' })
      .returning();
    id.xd = xd!.id;
    id.ub = ub!.id;
    await createUser(db, null, {
      username: 'tim',
      name: 'Người tìm',
      password: 'mat-khau-dai-du',
      role: 'viewer',
    });
    const [p1] = await db
      .insert(people)
      .values({ name: 'Lê Minh Khoa', titles: ['Giám đốc Sở Xây dựng'], agencyId: id.xd })
      .returning();
    const [p2] = await db
      .insert(people)
      .values({ name: 'Trần Thị Hòa', titles: ['Phó Chủ tịch'] })
      .returning();
    id.khoa = p1!.id;
    id.hoa = p2!.id;
    const doc = (v: Partial<typeof documents.$inferInsert> & { title: string }) =>
      db
        .insert(documents)
        .values({ kind: 'Nghị quyết', ...v, symbolKey: v.symbol ? symbolKey(v.symbol) : null })
        .returning()
        .then((r) => r[0]!.id);
    id.nq11 = await doc({
      symbol: '11-NQ/TW',
      issuer: 'Bộ Chính trị',
      issuedOn: '2022-02-10',
      title: 'Về phương hướng phát triển vùng trung du và miền núi',
      fullText:
        'Nghị quyết số 11-NQ/TW yêu cầu các tỉnh xây dựng chương trình hành động, ưu tiên hạ tầng giao thông.',
    });
    id.kl11 = await doc({
      kind: 'Kết luận',
      symbol: '11-KL/TW',
      issuer: 'Ban Bí thư',
      issuedOn: '2021-07-01',
      title: 'Kết luận số 11 của Ban Bí thư về công tác cán bộ',
      fullText:
        'Ngày 11 tháng 7, TW ban hành kết luận 11 về cán bộ; 11 nội dung được nêu, TW giao 11 nhiệm vụ.',
    });
    id.qh = await doc({
      kind: 'Quyết định',
      symbol: '45/2021/QĐ-UBND',
      issuer: 'UBND tỉnh Lạng Sơn',
      issuerAgencyId: id.ub,
      issuedOn: '2021-05-20',
      title: 'Phê duyệt quy hoạch đô thị hoá tỉnh Lạng Sơn',
      fullText: 'Quy hoạch nhằm nâng tỷ lệ đô thị hóa lên 30% vào năm 2030 và phát triển đô thị xanh.',
    });
    id.doThi = await doc({
      kind: 'Kế hoạch',
      symbol: '120/KH-UBND',
      issuer: 'UBND tỉnh Hà Giang',
      issuedOn: '2023-03-15',
      title: 'Kế hoạch cải tạo chợ trung tâm',
      fullText: 'Cải tạo chợ góp phần chỉnh trang đô thị, giữ gìn cảnh quan phố cổ.',
    });
    id.doThiNoMarks = await doc({
      kind: 'Kế hoạch',
      symbol: '121/KH-UBND',
      issuer: 'UBND tỉnh Hà Giang',
      issuedOn: '2023-04-01',
      title: 'Đo thí điểm chất lượng nước sinh hoạt',
      fullText: 'Lấy mẫu nước tại các xã vùng cao.',
      status: 'draft',
    });
    const [src] = await db
      .insert(sources)
      .values({
        title: 'Công trình thuỷ lợi hồ Khuổi Lấng',
        text: 'Công trình thuỷ lợi được khởi công, bảo đảm nước tưới cho hai nghìn héc-ta lúa.',
        contentHash: 'h1',
        kind: 'article',
        publishedOn: '2024-09-02',
      })
      .returning();
    id.src = src!.id;
    const [task] = await db
      .insert(tasks)
      .values({
        text: 'Hoàn thành đề án chuyển đổi số trong quản lý đô thị',
        leadAgencyId: id.xd,
        deadlineKind: 'date',
        dueOn: '2025-12-31',
        directedBy: 'Chủ tịch UBND tỉnh',
      })
      .returning();
    id.task = task!.id;
    const [ind] = await db
      .insert(indicators)
      .values({
        name: 'Tỷ lệ đô thị hóa',
        unit: '%',
        ownerAgencyId: id.xd,
        description: 'Dân số đô thị trên tổng dân số.',
      })
      .returning();
    id.ind = ind!.id;
    cookie = await t.login('tim', 'mat-khau-dai-du');
  });

  afterAll(async () => {
    await t?.close();
  });

  async function find(params: Record<string, string>): Promise<SearchResult> {
    const res = await t.app.inject({ method: 'GET', url: '/api/search', query: params, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as SearchResult;
  }
  const keys = (r: SearchResult) => r.items.map((i) => `${i.type}:${i.id}`);

  it('needs a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/search?q=do+thi' });
    expect(res.statusCode).toBe(401);
  });

  it('finds "đô thị hóa" and "Đô thị hoá" typed without diacritics', async () => {
    const r = await find({ q: 'do thi hoa' });
    expect(keys(r)).toEqual(expect.arrayContaining([`document:${id.qh}`, `indicator:${id.ind}`]));
    const qh = r.items.find((i) => i.id === id.qh && i.type === 'document')!;
    expect(qh.titleHtml).toContain('<mark>đô thị hoá</mark>');
    expect(qh.snippet).toContain('<mark>đô thị hóa</mark>');
  });

  it('folds Đ and đ to d, and both tone-mark placements match', async () => {
    expect(keys(await find({ q: 'ĐÔ THỊ HÓA' }))).toContain(`document:${id.qh}`);
    // The source writes "thuỷ"; "thủy" (old placement) finds it, and ranks it as an exact match.
    const r = await find({ q: 'thủy lợi' });
    expect(keys(r)[0]).toBe(`source:${id.src}`);
    expect(r.items[0]!.score).toBeGreaterThan(10);
    expect(keys(await find({ q: 'Trần Thị Hoà' }))[0]).toBe(`person:${id.hoa}`);
  });

  it('"nghi quyet 11" finds "Nghị quyết số 11-NQ/TW"', async () => {
    expect(keys(await find({ q: 'nghi quyet 11' }))).toContain(`document:${id.nq11}`);
  });

  it('puts the document first for its number-symbol typed in any case or spacing', async () => {
    for (const q of ['11 nq/tw', '11-nq-tw', 'số 11-NQ/TW', '11NQTW', 'nghi quyet 11 nq tw']) {
      const r = await find({ q });
      expect(keys(r)[0], q).toBe(`document:${id.nq11}`);
      expect(r.items[0]!.match, q).toBe('symbol');
    }
    expect(keys(await find({ q: '45/2021/qd-ubnd' }))[0]).toBe(`document:${id.qh}`);
  });

  it('ranks exact matches first when typed with diacritics', async () => {
    // The plan with "đô thị" in its text must beat the title "Đo thí điểm…" (d-o t-h-i folded alike).
    const plain = await find({ q: 'do thi', type: 'document' });
    expect(keys(plain)).toEqual(
      expect.arrayContaining([`document:${id.doThi}`, `document:${id.doThiNoMarks}`]),
    );
    const exact = await find({ q: 'đô thị', type: 'document' });
    const order = keys(exact);
    expect(order.indexOf(`document:${id.doThi}`)).toBeLessThan(order.indexOf(`document:${id.doThiNoMarks}`));
    expect(order.at(-1)).toBe(`document:${id.doThiNoMarks}`);
  });

  it('searches phrases in quotes and excludes -words', async () => {
    const phrase = await find({ q: '"do thi xanh"' });
    expect(keys(phrase)).toEqual([`document:${id.qh}`]);
    const notAdjacent = await find({ q: '"do thi chuyen"' });
    expect(notAdjacent.items).toEqual([]);
    const all = keys(await find({ q: 'do thi' }));
    const without = keys(await find({ q: 'do thi -lang' }));
    expect(all).toContain(`document:${id.qh}`);
    expect(without).not.toContain(`document:${id.qh}`);
    expect(without).toContain(`document:${id.doThi}`);
  });

  it('tolerates typos in names of people, agencies and indicators', async () => {
    const person = await find({ q: 'le minh khao' });
    expect(keys(person)[0]).toBe(`person:${id.khoa}`);
    expect(person.items[0]!.match).toBe('name');
    expect(keys(await find({ q: 'so xay dng' }))).toContain(`agency:${id.xd}`);
    expect(keys(await find({ q: 'ty le do thi hao' }))).toContain(`indicator:${id.ind}`);
  });

  it('filters and counts facets', async () => {
    const r = await find({ q: 'do thi' });
    expect(r.totalExact).toBe(true);
    expect(r.total).toBe(r.items.length);
    expect(r.facets.type).toMatchObject({ document: 3, task: 1, indicator: 1 });
    expect(r.facets.kind).toMatchObject({ 'Quyết định': 1, 'Kế hoạch': 2 });
    expect(r.facets.status).toMatchObject({ in_force: 2, draft: 1, overdue: 1 });
    expect(r.facets.agency[String(id.xd)]).toBe(2);
    expect(r.agencyNames[String(id.xd)]).toBe('Sở Xây dựng tỉnh Lạng Sơn');
    expect(r.facets.year).toMatchObject({ '2021': 1, '2023': 2, '2025': 1 });

    expect(keys(await find({ q: 'do thi', type: 'task' }))).toEqual([`task:${id.task}`]);
    expect(keys(await find({ q: 'do thi', status: 'overdue' }))).toEqual([`task:${id.task}`]);
    expect(keys(await find({ q: 'do thi', kind: 'quyết định' }))).toEqual([`document:${id.qh}`]);
    expect(keys(await find({ q: 'do thi', issuer: 'UBND tỉnh Hà Giang' })).sort()).toEqual(
      [`document:${id.doThi}`, `document:${id.doThiNoMarks}`].sort(),
    );
    expect(keys(await find({ q: 'do thi', agency: String(id.ub) }))).toEqual([`document:${id.qh}`]);
    expect(keys(await find({ q: 'do thi', from: '01/01/2023', to: '2023-12-31' })).sort()).toEqual(
      [`document:${id.doThi}`, `document:${id.doThiNoMarks}`].sort(),
    );
    const bad = await t.app.inject({ method: 'GET', url: '/api/search?q=x&type=bogus', headers: { cookie } });
    expect(bad.statusCode).toBe(400);
    expect((await find({ q: '' })).items).toEqual([]);
  });

  it('pages through the ranked results', async () => {
    const first = await find({ q: 'do thi', pageSize: '2' });
    const second = await find({ q: 'do thi', pageSize: '2', page: '2' });
    expect(first.items).toHaveLength(2);
    expect(keys(second).some((k) => keys(first).includes(k))).toBe(false);
  });

  it('keeps the index in step with writes, in the same transaction', async () => {
    const db = t.database.db;
    const inIndex = async (q: string) => keys(await find({ q }));
    const [d] = await db
      .insert(documents)
      .values({ kind: 'Chỉ thị', title: 'Về phòng chống sạt lở đất' })
      .returning();
    expect(await inIndex('sat lo')).toContain(`document:${d!.id}`);
    await db.update(documents).set({ title: 'Về phòng chống lũ quét' }).where(eq(documents.id, d!.id));
    expect(await inIndex('sat lo')).not.toContain(`document:${d!.id}`);
    expect(await inIndex('lu quet')).toContain(`document:${d!.id}`);
    await db.delete(documents).where(eq(documents.id, d!.id));
    expect(await inIndex('lu quet')).not.toContain(`document:${d!.id}`);

    // Rolled back with the write that made it.
    await db
      .transaction(async (tx) => {
        await tx.insert(tasks).values({ text: 'Kiểm kê rừng phòng hộ' });
        const [row] = await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(searchIndex)
          .where(sql`tsv @@ 'phong' <-> 'ho'`);
        expect(row!.n).toBe(1);
        tx.rollback();
      })
      .catch(() => {});
    expect(await inIndex('rung phong ho')).toEqual([]);
  });
});

describe.each(ENGINES)('search over many records on %s', (engine) => {
  let t: TestApp;
  let cookie: string;

  beforeAll(async () => {
    t = await buildTestApp(engine, { demo: false });
    await createUser(t.database.db, null, {
      username: 'tim',
      name: 'Người tìm',
      password: 'mat-khau-dai-du',
      role: 'viewer',
    });
    // 2,400 plans: half about border patrols; every 80th (30 in all, the oldest among them) about islands.
    await t.database.db.execute(sql`insert into documents (kind, title, full_text, issued_on)
      select 'Kế hoạch', 'Kế hoạch số ' || g,
        case when g % 2 = 0 then 'Tăng cường tuần tra biên giới đất liền.' else 'Sửa chữa trường học.' end
          || case when g % 80 = 1 then ' Bảo vệ chủ quyền hải đảo.' else '' end,
        date '2000-01-01' + g
      from generate_series(1, 2400) g`);
    await t.database.db.execute(sql`analyze search_index`);
    cookie = await t.login('tim', 'mat-khau-dai-du');
  });

  afterAll(async () => {
    await t?.close();
  });

  async function find(params: Record<string, string>): Promise<SearchResult> {
    const res = await t.app.inject({ method: 'GET', url: '/api/search', query: params, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as SearchResult;
  }

  it('answers a common query from the first rows in static-rank order, with an estimated total', async () => {
    const r = await find({ q: 'bien gioi' });
    expect(r.items).toHaveLength(20);
    expect(r.totalExact).toBe(false);
    expect(r.total).toBeGreaterThan(1000);
    expect(r.total).toBeLessThan(1400);
    expect(r.facets.type.document).toBe(r.total);
    for (const item of r.items) expect(item.snippet).toContain('<mark>biên giới</mark>');
  });

  it('finds every match of a rare word through the index, however old', async () => {
    const r = await find({ q: 'hai dao', pageSize: '50' });
    expect(r.totalExact).toBe(true);
    expect(r.total).toBe(30);
    expect(r.items).toHaveLength(30);
    expect(r.items.map((i) => i.title)).toContain('Kế hoạch số 1');
    const both = await find({ q: 'hai dao bien gioi' });
    expect(both.totalExact).toBe(true);
    expect(both.total).toBe(0);
    const phrase = await find({ q: '"chu quyen hai dao"' });
    expect(phrase.total).toBe(30);
  });
});
