// Loads the demo dataset (data/demo.ts) into an empty database, in one transaction: all or nothing.
import { sql } from 'drizzle-orm';
import { DEMO_PASSWORD, demo } from '../../data/demo.ts';
import { type Database, queryRows } from '../db/client.ts';
import {
  agencies,
  documentLinks,
  documents,
  explanationRequests,
  indicators,
  meetings,
  observations,
  people,
  targets,
  taskPartners,
  tasks,
  taskUpdates,
} from '../db/schema.ts';
import { symbolKey } from '../domain/documentSymbol.ts';
import { recordAudit } from '../server/audit.ts';
import { todayInVietnam } from '../server/context.ts';
import { refreshProgress } from '../server/indicators/indicators.service.ts';
import { deadlineColumns } from '../server/tasks/tasks.service.ts';
import { createUser } from '../server/users/users.service.ts';
import { loadAdminUnits } from './admin-units.ts';

export type DemoResult = { loaded: true; counts: Record<string, number> } | { loaded: false; reason: string };

/** Loads the demo unless the database already holds documents, tasks or users. */
export async function loadDemo(database: Database, now = new Date()): Promise<DemoResult> {
  const { db } = database;
  const today = todayInVietnam(now);
  return db.transaction(async (tx) => {
    await loadAdminUnits(tx);
    const [existing] = await queryRows<{ n: string | number }>(
      tx,
      sql`select (select count(*) from documents) + (select count(*) from tasks) + (select count(*) from users) as n`,
    );
    if (Number(existing.n) > 0) {
      return { loaded: false, reason: 'the database is not empty' } as const;
    }

    const agencyId = new Map<string, number>();
    for (const a of demo.agencies) {
      const [row] = await tx
        .insert(agencies)
        .values({
          name: a.name,
          shortName: a.shortName ?? null,
          kind: a.kind,
          parentId: 'parent' in a && a.parent ? agencyId.get(a.parent)! : null,
          adminUnitKey: 'adminUnitKey' in a ? a.adminUnitKey : null,
          illustrative: 'illustrative' in a ? a.illustrative : false,
        })
        .returning({ id: agencies.id });
      agencyId.set(a.key, row.id);
    }
    const ref = (key: string | undefined) => (key ? agencyId.get(key)! : null);

    for (const p of demo.people) {
      await tx.insert(people).values({ name: p.name, titles: [...p.titles], agencyId: ref(p.agency) });
    }

    const documentId = new Map<string, number>();
    for (const d of demo.documents) {
      const symbol = 'symbol' in d ? d.symbol : undefined;
      const [row] = await tx
        .insert(documents)
        .values({
          kind: d.kind,
          symbol: symbol ?? null,
          symbolKey: symbol ? symbolKey(symbol) : null,
          issuer: d.issuer ?? null,
          issuerAgencyId: ref('issuerAgency' in d ? d.issuerAgency : undefined),
          issuedOn: 'issuedOn' in d ? d.issuedOn : null,
          title: d.title,
          fullText: d.summary,
          horizonYear: d.horizonYear ?? null,
          visionYear: 'visionYear' in d ? d.visionYear : null,
          status: d.status,
          dueOn: 'dueOn' in d ? d.dueOn : null,
          illustrative: 'illustrative' in d ? d.illustrative : false,
        })
        .returning({ id: documents.id });
      documentId.set(d.key, row.id);
    }
    for (const l of demo.links) {
      await tx.insert(documentLinks).values({
        fromId: documentId.get(l.from)!,
        toId: documentId.get(l.to)!,
        kind: l.kind,
        note: 'note' in l ? l.note : null,
      });
    }

    const meetingId = new Map<string, number>();
    for (const m of demo.meetings) {
      const [row] = await tx
        .insert(meetings)
        .values({
          kind: m.kind,
          title: m.title,
          heldOnText: 'heldOnText' in m ? m.heldOnText : null,
          place: m.place,
          chair: m.chair,
          conclusions: m.conclusions,
          documentId: documentId.get(m.document)!,
        })
        .returning({ id: meetings.id });
      meetingId.set(m.key, row.id);
    }

    for (const i of demo.indicators) {
      const [row] = await tx
        .insert(indicators)
        .values({
          name: i.name,
          unit: i.unit,
          direction: i.direction,
          adminUnitKey: i.adminUnitKey,
          ownerAgencyId: ref(i.owner),
          description: i.description,
        })
        .returning({ id: indicators.id });
      for (const t of i.targets) {
        await tx.insert(targets).values({
          indicatorId: row.id,
          value: t.value,
          year: t.year,
          documentId: documentId.get(t.document)!,
        });
      }
      for (const o of i.observations) {
        await tx.insert(observations).values({
          indicatorId: row.id,
          year: o.year,
          value: o.value,
          agencyId: ref(i.owner),
          adminUnitKey: i.adminUnitKey,
          state: 'approved',
          illustrative: true,
        });
      }
      await refreshProgress(tx, row.id, today);
    }

    const userId = new Map<string, number>();
    for (const u of demo.users) {
      const created = await createUser(tx, null, {
        username: u.username,
        name: u.name,
        password: DEMO_PASSWORD,
        role: u.role,
        agencyId: ref('agency' in u ? u.agency : undefined),
        demo: true,
      });
      userId.set(u.username, created.id);
    }

    const taskId = new Map<string, number>();
    for (const t of demo.tasks) {
      // Recurring tasks owe reports from the day of the conference that set them (2022); the demo
      // starts their reporting at the beginning of the current year instead, to keep the picture short.
      const since = `${today.slice(0, 4)}-01-01`;
      const [row] = await tx
        .insert(tasks)
        .values({
          text: t.text,
          documentId: t.document ? documentId.get(t.document)! : null,
          meetingId: 'meeting' in t && t.meeting ? meetingId.get(t.meeting)! : null,
          leadAgencyId: ref(t.lead),
          completedOn: 'completedOn' in t ? t.completedOn : null,
          progress: 'progress' in t ? t.progress : 0,
          directedBy: 'directedBy' in t ? t.directedBy : null,
          illustrative: 'illustrative' in t ? t.illustrative : false,
          ...deadlineColumns(t.deadline, since, today),
        })
        .returning({ id: tasks.id });
      taskId.set(t.key, row.id);
      const partners: readonly string[] = ('partners' in t && t.partners) || [];
      if (partners.length)
        await tx.insert(taskPartners).values(partners.map((p) => ({ taskId: row.id, agencyId: ref(p)! })));
    }

    for (const u of demo.updates) {
      await tx.insert(taskUpdates).values({
        taskId: taskId.get(u.task)!,
        userId: userId.get(u.user)!,
        note: u.note,
        progress: u.progress,
        completedOn: u.completedOn,
        illustrative: true,
      });
    }
    for (const e of demo.explanations) {
      const task = demo.tasks.find((t) => t.key === e.task)!;
      await tx.insert(explanationRequests).values({
        taskId: taskId.get(e.task)!,
        agencyId: ref(task.lead)!,
        reason: e.reason,
        requestedBy: userId.get('coordinator')!,
        status: 'answered',
        answer: e.answer,
        answeredBy: userId.get('editor')!,
        answeredAt: now,
        illustrative: true,
      });
    }

    const counts = {
      agencies: demo.agencies.length,
      documents: demo.documents.length,
      indicators: demo.indicators.length,
      tasks: demo.tasks.length,
      users: demo.users.length,
    };
    await recordAudit(tx, null, 'import', 'demo', null, null, counts);
    return { loaded: true, counts } as const;
  });
}
