import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import {
  assessIndicator,
  headlineTarget,
  type IndicatorRow,
  refreshProgress,
  refreshProgressMany,
} from '../../db/queries/indicatorProgress.ts';
import { adminUnits, agencies, indicators, observations, targets } from '../../db/schema.ts';
import { type AdminUnit, historyKeys, rollUpKey } from '../../domain/adminUnits.ts';
import {
  inRange,
  isFuturePeriod,
  type Period,
  periodEnd,
  plausibleRange,
  samePeriod,
} from '../../domain/observations.ts';
import { type ProgressStatus, progressColour } from '../../domain/targetProgress.ts';
import { recordAudit } from '../audit.ts';
import { type AppContext, type CurrentUser, todayInVietnam } from '../context.ts';
import { targetsWhere } from '../documents/documents.service.ts';
import { AppError } from '../errors.ts';
import { assertCanEditForAgency, canEditForAgency } from '../shared/permissions.ts';
import { assertAdminUnit, assertAgencies, assertDocument } from '../shared/refs.ts';
import { pageOf } from '../shared/schemas.ts';
import { foldedContains } from '../shared/text.ts';
import type {
  IndicatorCreate,
  IndicatorListQuery,
  ObservationCreate,
  TargetCreate,
} from './indicators.schema.ts';

export { assessIndicator, headlineTarget, refreshProgress, refreshProgressMany };

const owner = alias(agencies, 'owner');

async function present(
  db: DbOrTx,
  rows: {
    indicator: IndicatorRow;
    owner: { id: number | null; name: string | null; shortName: string | null } | null;
  }[],
  user: CurrentUser,
  today: string,
) {
  const ids = rows.map((r) => r.indicator.id);
  const allTargets = ids.length
    ? await db.select().from(targets).where(inArray(targets.indicatorId, ids))
    : [];
  return rows.map(({ indicator, owner: o }) => {
    const target = headlineTarget(
      allTargets.filter((t) => t.indicatorId === indicator.id),
      today,
    );
    return {
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      direction: indicator.direction,
      adminUnitKey: indicator.adminUnitKey,
      scopeAgencyId: indicator.scopeAgencyId,
      ownerAgency: o?.id ? { id: o.id, name: o.name ?? '', shortName: o.shortName } : null,
      description: indicator.description,
      sourceId: indicator.sourceId,
      sourceSpan: indicator.sourceSpan ?? null,
      illustrative: indicator.illustrative,
      progress: {
        status: indicator.progressStatus,
        colour: progressColour(indicator.progressStatus),
        ratio: indicator.progressRatio,
        targetYear: target?.year ?? null,
        targetValue: target?.value ?? null,
      },
      canEdit: canEditForAgency(user, indicator.ownerAgencyId),
    };
  });
}

async function rollUp(db: DbOrTx, key: string, date: string): Promise<string> {
  const units = (await db.select().from(adminUnits)) as AdminUnit[];
  return rollUpKey(units, key, date) ?? key;
}

async function adminUnitHistory(db: DbOrTx, key: string): Promise<string[]> {
  const units = (await db.select().from(adminUnits)) as AdminUnit[];
  return historyKeys(units, key);
}

export async function listIndicators(ctx: AppContext, user: CurrentUser, query: IndicatorListQuery) {
  const where: SQL[] = [];
  if (query.q?.trim()) where.push(foldedContains(indicators.name, query.q));
  if (query.agency) where.push(eq(indicators.ownerAgencyId, query.agency));
  if (query.status) where.push(eq(indicators.progressStatus, query.status as ProgressStatus));
  if (query.adminUnit)
    where.push(inArray(indicators.adminUnitKey, await adminUnitHistory(ctx.db, query.adminUnit)));
  const { limit, offset } = pageOf(query);
  const rows = await ctx.db
    .select({ indicator: indicators, owner: { id: owner.id, name: owner.name, shortName: owner.shortName } })
    .from(indicators)
    .leftJoin(owner, eq(owner.id, indicators.ownerAgencyId))
    .where(and(...where))
    .orderBy(asc(indicators.name), asc(indicators.id))
    .limit(limit)
    .offset(offset);
  return {
    items: await present(ctx.db, rows, user, todayInVietnam(ctx.now())),
    total: await ctx.db.$count(indicators, and(...where)),
  };
}

async function loadIndicator(db: DbOrTx, id: number): Promise<IndicatorRow> {
  const [row] = await db.select().from(indicators).where(eq(indicators.id, id));
  if (!row) throw new AppError('not_found');
  return row;
}

export async function getIndicator(ctx: AppContext, user: CurrentUser, id: number) {
  const today = todayInVietnam(ctx.now());
  const rows = await ctx.db
    .select({ indicator: indicators, owner: { id: owner.id, name: owner.name, shortName: owner.shortName } })
    .from(indicators)
    .leftJoin(owner, eq(owner.id, indicators.ownerAgencyId))
    .where(eq(indicators.id, id));
  if (!rows[0]) throw new AppError('not_found');
  const [base] = await present(ctx.db, rows, user, today);
  const reporter = alias(agencies, 'reporter');
  const [targetRows, observationRows] = await Promise.all([
    ctx.db.select().from(targets).where(eq(targets.indicatorId, id)),
    ctx.db
      .select({
        o: observations,
        agency: { id: reporter.id, name: reporter.name, shortName: reporter.shortName },
      })
      .from(observations)
      .leftJoin(reporter, eq(reporter.id, observations.agencyId))
      .where(eq(observations.indicatorId, id))
      .orderBy(asc(observations.year), asc(observations.periodIndex), asc(observations.id)),
  ]);
  const progress = assessIndicator(
    rows[0].indicator,
    targetRows,
    observationRows.map((r) => r.o),
    today,
  );
  return {
    ...base,
    progress,
    targets: await targetsWhere(ctx.db, eq(targets.indicatorId, id)),
    observations: observationRows.map(({ o, agency }) => ({
      id: o.id,
      year: o.year,
      periodKind: o.periodKind,
      periodIndex: o.periodIndex,
      value: o.value,
      state: o.state,
      agency: agency?.id ? { id: agency.id, name: agency.name ?? '', shortName: agency.shortName } : null,
      adminUnitKey: o.adminUnitKey,
      evidence: o.evidence,
      illustrative: o.illustrative,
      createdAt: o.createdAt.toISOString(),
    })),
  };
}

async function checkRefs(db: DbOrTx, body: Partial<IndicatorCreate>) {
  const agencyIds = [body.ownerAgencyId, body.scopeAgencyId].filter(
    (x): x is number => typeof x === 'number',
  );
  await assertAgencies(db, agencyIds, 'ownerAgencyId');
  await assertAdminUnit(db, body.adminUnitKey);
}

export async function createIndicator(ctx: AppContext, user: CurrentUser, body: IndicatorCreate) {
  return ctx.db.transaction(async (tx) => {
    await checkRefs(tx, body);
    const [row] = await tx.insert(indicators).values(body).returning();
    await recordAudit(tx, user, 'create', 'indicator', row.id, null, row);
    return row.id;
  });
}

export async function patchIndicator(
  ctx: AppContext,
  user: CurrentUser,
  id: number,
  body: Partial<IndicatorCreate>,
) {
  await ctx.db.transaction(async (tx) => {
    const before = await loadIndicator(tx, id);
    await checkRefs(tx, body);
    const [after] = await tx
      .update(indicators)
      .set({ ...body, updatedAt: new Date() })
      .where(eq(indicators.id, id))
      .returning();
    await refreshProgress(tx, id, todayInVietnam(ctx.now()));
    await recordAudit(tx, user, 'update', 'indicator', id, before, after);
  });
}

export async function deleteIndicator(ctx: AppContext, user: CurrentUser, id: number) {
  await ctx.db.transaction(async (tx) => {
    const before = await loadIndicator(tx, id);
    await tx.delete(indicators).where(eq(indicators.id, id));
    await recordAudit(tx, user, 'delete', 'indicator', id, before, null);
  });
}

export async function addTarget(ctx: AppContext, user: CurrentUser, indicatorId: number, body: TargetCreate) {
  await ctx.db.transaction(async (tx) => {
    await loadIndicator(tx, indicatorId);
    await assertDocument(tx, body.documentId);
    const [row] = await tx
      .insert(targets)
      .values({ ...body, indicatorId })
      .returning();
    await refreshProgress(tx, indicatorId, todayInVietnam(ctx.now()));
    await recordAudit(tx, user, 'create', 'target', row.id, null, row);
  });
}

export async function deleteTarget(ctx: AppContext, user: CurrentUser, targetId: number) {
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(targets).where(eq(targets.id, targetId));
    if (!before) throw new AppError('not_found');
    await tx.delete(targets).where(eq(targets.id, targetId));
    await refreshProgress(tx, before.indicatorId, todayInVietnam(ctx.now()));
    await recordAudit(tx, user, 'delete', 'target', targetId, before, null);
  });
}

/** An agency editor reports figures for the indicators their agency owns; coordinators for any. */
export async function addObservation(
  ctx: AppContext,
  user: CurrentUser,
  indicatorId: number,
  body: ObservationCreate,
) {
  await ctx.db.transaction(async (tx) => {
    const indicator = await loadIndicator(tx, indicatorId);
    assertCanEditForAgency(user, indicator.ownerAgencyId);
    await assertAdminUnit(tx, body.adminUnitKey);
    const reportedFor = body.adminUnitKey ?? indicator.adminUnitKey;
    const adminUnitKey = reportedFor && (await rollUp(tx, reportedFor, periodEnd(body)));
    await checkObservation(tx, indicator, body, adminUnitKey, todayInVietnam(ctx.now()));
    const [row] = await tx
      .insert(observations)
      .values({
        indicatorId,
        year: body.year,
        periodKind: body.periodKind,
        periodIndex: body.periodIndex ?? null,
        value: body.value,
        // A figure for a former province, for a period ending after the 2025 merger, belongs to its successor.
        adminUnitKey,
        evidence: body.evidence ?? null,
        agencyId: user.agencyId ?? indicator.ownerAgencyId,
        reportedBy: user.id,
      })
      .returning();
    await refreshProgress(tx, indicatorId, todayInVietnam(ctx.now()));
    await recordAudit(tx, user, 'create', 'observation', row.id, null, row);
  });
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "năm 2026", "quý IV/2026", "tháng 3/2026" and their English. */
export function periodLabel(p: Period): { vi: string; en: string } {
  if (p.periodKind === 'quarter')
    return { vi: `quý ${ROMAN[p.periodIndex! - 1]}/${p.year}`, en: `Q${p.periodIndex} ${p.year}` };
  if (p.periodKind === 'month')
    return {
      vi: `tháng ${p.periodIndex}/${p.year}`,
      en: `${p.year}-${String(p.periodIndex).padStart(2, '0')}`,
    };
  return { vi: `năm ${p.year}`, en: String(p.year) };
}

const viNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });
const enNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

/** A figure for a period that has begun, not yet reported for the same unit, and plausible. */
async function checkObservation(
  tx: DbOrTx,
  indicator: IndicatorRow,
  body: ObservationCreate,
  adminUnitKey: string | null,
  today: string,
) {
  const label = periodLabel(body);
  const periodField = body.periodKind === 'year' ? 'body.year' : 'body.periodIndex';
  if (isFuturePeriod(body, today))
    throw new AppError('observation_future_period', {
      vi: `Kỳ ${label.vi} chưa bắt đầu: chưa thể có số liệu thực hiện.`,
      en: `${label.en} has not begun: it can have no actual figure yet.`,
      details: [{ path: periodField, message: `${label.en} has not begun` }],
    });
  const [known, goals] = await Promise.all([
    tx.select().from(observations).where(eq(observations.indicatorId, indicator.id)),
    tx.select().from(targets).where(eq(targets.indicatorId, indicator.id)),
  ]);
  const twin = known.find((o) => samePeriod(o, body) && (o.adminUnitKey ?? null) === (adminUnitKey ?? null));
  if (twin)
    throw new AppError('observation_duplicate', {
      vi: `Chỉ tiêu đã có số liệu ${label.vi} (${viNumber.format(twin.value)}). Muốn sửa, hãy xóa số liệu đó rồi nhập lại.`,
      en: `The indicator already has a figure for ${label.en} (${enNumber.format(twin.value)}). To correct it, delete that one and enter it again.`,
      details: [{ path: periodField, message: `already reported for ${label.en}` }],
    });
  const range = plausibleRange(indicator.unit, [
    ...known.map((o) => o.value),
    ...goals.flatMap((g) => [g.value, g.valueMax, g.baselineValue].filter((v): v is number => v != null)),
  ]);
  if (!inRange(body.value, range)) {
    const unit = indicator.unit ? ` ${indicator.unit}` : '';
    throw new AppError('observation_out_of_range', {
      vi: `Giá trị ${viNumber.format(body.value)}${unit} nằm ngoài khoảng hợp lý của chỉ tiêu (từ ${viNumber.format(range.min)} đến ${viNumber.format(range.max)}). Kiểm tra lại dấu phẩy thập phân và đơn vị.`,
      en: `The value ${enNumber.format(body.value)}${unit} is outside the indicator's plausible range (${enNumber.format(range.min)} to ${enNumber.format(range.max)}). Check the decimal mark and the unit.`,
      details: [{ path: 'body.value', message: 'out of range' }],
    });
  }
}

export async function approveObservation(ctx: AppContext, user: CurrentUser, observationId: number) {
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(observations).where(eq(observations.id, observationId));
    if (!before) throw new AppError('not_found');
    const [after] = await tx
      .update(observations)
      .set({ state: 'approved' })
      .where(eq(observations.id, observationId))
      .returning();
    await refreshProgress(tx, before.indicatorId, todayInVietnam(ctx.now()));
    await recordAudit(tx, user, 'update', 'observation', observationId, before, after);
  });
}

export async function deleteObservation(ctx: AppContext, user: CurrentUser, observationId: number) {
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(observations).where(eq(observations.id, observationId));
    if (!before) throw new AppError('not_found');
    const indicator = await loadIndicator(tx, before.indicatorId);
    assertCanEditForAgency(user, indicator.ownerAgencyId);
    if (before.state === 'approved' && user.role === 'agency_editor') throw new AppError('forbidden');
    await tx.delete(observations).where(eq(observations.id, observationId));
    await refreshProgress(tx, before.indicatorId, todayInVietnam(ctx.now()));
    await recordAudit(tx, user, 'delete', 'observation', observationId, before, null);
  });
}
