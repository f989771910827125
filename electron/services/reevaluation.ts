// Re-evaluation of the open arrangements after the packs in use changed (issue 9, items 7-8).
// The rule (which arrangements can change at all) is in shared/arrangements/reevaluate.ts; this
// file runs it over the store, off the request path: chunks of arrangements, each read in one
// snapshot and its findings written in one transaction, with a turn of the event loop between
// chunks so the adviser's calls are answered meanwhile. The screen polls reevaluation.progress.
// (In Electron this may move to a worker thread later; the chunks already keep main responsive.)
// A newer change of the packs stops a running pass and starts a new one.
import type { Kysely } from 'kysely';
import { arrangementsRepository } from '../../db/repositories/arrangements.ts';
import { writableClient } from '../../db/repositories/clients.ts';
import { settingsRepository } from '../../db/repositories/settings.ts';
import type { Database } from '../../db/schema.ts';
import { fromJson } from '../../db/json.ts';
import { computeArrangement, packRefs } from '../../shared/arrangements/compute.ts';
import { beforeOf, compareWithNew, mayChange, packsKey, reevaluationMessage, Reevaluator } from '../../shared/arrangements/reevaluate.ts';
import type { CaseFile } from '../../shared/case/schema.ts';
import type { ArrangementStatus, RecordedOverride } from '../../shared/contract/arrangements.ts';
import type { PackRef } from '../../shared/contract/packs.ts';
import {
  openArrangementStatuses,
  type ReevaluationDecision,
  type ReevaluationDetail,
  type ReevaluationItem,
  type ReevaluationProgress,
  type ReevaluationRun,
  type reevaluationOperations,
} from '../../shared/contract/reevaluation.ts';
import { AppFailure } from '../../shared/contract/result.ts';
import type { ArrangementResult } from '../../shared/matcher/result.ts';
import type { Pack } from '../../shared/packs/format.ts';
import { recordChange } from './audit.ts';
import type { ServiceContext } from './context.ts';
import type { HandlerTable } from './handlers.ts';

// Tables of migration 0030, typed here so db/schema.ts (shared by everyone) need not change.
interface ReevaluationRunsTable {
  id: string;
  started_at: string;
  finished_at: string | null;
  status: string;
  target_packs: string;
  checked: number;
  total: number;
}
interface ReevaluationItemsTable {
  seq?: number;
  id: string;
  run_id: string;
  arrangement_id: string;
  client_id: string;
  from_version: number;
  target_key: string;
  training_title: string;
  detail: string;
  changed_packs: string;
  decision: string;
  decided_by: string | null;
  decided_at: string | null;
  reason: string | null;
  new_version: number | null;
  created_at: string;
}
type ReevaluationDb = Database & { reevaluation_runs: ReevaluationRunsTable; reevaluation_items: ReevaluationItemsTable };
const rdb = (db: Kysely<Database>): Kysely<ReevaluationDb> => db.withTables<{ reevaluation_runs: ReevaluationRunsTable; reevaluation_items: ReevaluationItemsTable }>();

export const reevaluationMessages = {
  itemNotFound: 'Deze melding bestaat niet (meer). Vernieuw de lijst.',
  alreadyDecided: 'Over dit arrangement is al besloten. Vernieuw de lijst.',
  arrangementChanged:
    'Het arrangement is intussen opnieuw opgeslagen; het is daarmee al berekend met de regelingen van nu. Er is niets veranderd.',
  packsChangedAgain:
    'De regelingen zijn intussen opnieuw gewijzigd. Wacht tot het herberekenen klaar is en kies dan opnieuw in de lijst. Er is niets veranderd.',
  nameMissing: 'Vul eerst uw naam in bij Instellingen: bij deze keuze wordt vastgelegd wie die maakte. Er is niets veranderd.',
  cannotAccept: (problem: string) => `${problem} Er is niets veranderd.`,
  idle: 'Alle open arrangementen zijn bekeken.',
  notStarted: 'Er is nog niet herberekend.',
  running: (checked: number, total: number) => `Open arrangementen herberekenen: ${checked} van ${total} bekeken.`,
  finished: (total: number, changed: number) =>
    `${total === 1 ? '1 open arrangement' : `${total} open arrangementen`} bekeken; ${changed === 0 ? 'geen enkele verandert' : changed === 1 ? '1 verandert' : `${changed} veranderen`}.`,
} as const;

/** Arrangements per chunk: one snapshot read and one write transaction each. */
export const CHUNK = 200;

interface Progress {
  running: boolean;
  runId: string | null;
  checked: number;
  total: number;
  changed: number;
  startedAt: string | null;
  finishedAt: string | null;
}

interface Candidate {
  seq: number;
  id: string;
  client_id: string;
  latest_version: number;
  status: string;
  packs: string;
  case_snapshot: string;
  overrides: string;
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function reevaluationService(ctx: ServiceContext, log: (line: string) => void) {
  let progress: Progress = { running: false, runId: null, checked: 0, total: 0, changed: 0, startedAt: null, finishedAt: null };
  let generation = 0;
  let stopped = false;
  let work: Promise<void> = Promise.resolve();

  /** The packs that moved an outcome: the active pack holding each involved scheme, else every pack whose version differs. */
  const changedPacksOf = (detail: ReevaluationDetail, active: readonly Pack[]): Array<{ id: string; title: string; version: string }> => {
    const recorded = new Map(detail.packsBefore.map((r) => [r.id, r.version]));
    const differs = active.filter((p) => recorded.get(p.id) !== p.version);
    const involved = differs.filter((p) => p.schemes.some((s) => detail.schemes.some((x) => x.schemeId === s.id)));
    return (involved.length > 0 ? involved : differs).map((p) => ({ id: p.id, title: p.title, version: p.version }));
  };

  const run = async (token: number): Promise<void> => {
    const snapshot = ctx.packs.current();
    const active = snapshot.packs;
    const target = packRefs(active);
    const targetKey = packsKey(target);
    const olds = new Map<string, Pack | null>();
    const reevaluator = new Reevaluator(active, (ref) => olds.get(`${ref.id}@${ref.version}`) ?? null);
    const open = [...openArrangementStatuses];
    const total = Number(
      (
        await ctx.read((db) =>
          db
            .selectFrom('arrangements as a')
            .innerJoin('arrangement_versions as v', (j) => j.onRef('v.arrangement_id', '=', 'a.id').onRef('v.version', '=', 'a.latest_version'))
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('v.status', 'in', open)
            .executeTakeFirst(),
        )
      )?.n ?? 0,
    );
    progress = { running: true, runId: null, checked: 0, total, changed: 0, startedAt: ctx.now(), finishedAt: null };
    let runId: string | null = null;
    let lastSeq = 0;
    const current = () => token === generation && !stopped;

    while (current()) {
      const rows: Candidate[] = await ctx.read((db) =>
        db
          .selectFrom('arrangements as a')
          .innerJoin('arrangement_versions as v', (j) => j.onRef('v.arrangement_id', '=', 'a.id').onRef('v.version', '=', 'a.latest_version'))
          .select(['a.seq', 'a.id', 'a.client_id', 'a.latest_version', 'v.status', 'v.packs', 'v.case_snapshot', 'v.overrides'])
          .where('v.status', 'in', open)
          .where('a.seq', '>', lastSeq)
          .orderBy('a.seq')
          .limit(CHUNK)
          .execute(),
      );
      if (rows.length === 0) break;
      lastSeq = rows[rows.length - 1]!.seq;

      // Cheap first: an arrangement on exactly the packs in use is not even parsed.
      const stale = rows.flatMap((r) => {
        const refs = fromJson<PackRef[]>(r.packs);
        return packsKey(refs) === targetKey ? [] : [{ row: r, refs }];
      });
      // The recorded versions this chunk needs, read back before the (synchronous) rule runs.
      for (const { refs } of stale) {
        for (const ref of refs) {
          const key = `${ref.id}@${ref.version}`;
          if (!olds.has(key)) olds.set(key, await ctx.packs.packAt(ref));
        }
      }
      const asked = stale.length === 0
        ? new Set<string>()
        : new Set(
            (
              await ctx.read((db) =>
                rdb(db)
                  .selectFrom('reevaluation_items')
                  .select(['arrangement_id', 'from_version'])
                  .where('target_key', '=', targetKey)
                  .where('arrangement_id', 'in', stale.map((s) => s.row.id))
                  .execute(),
              )
            ).map((x) => `${x.arrangement_id}#${x.from_version}`),
          );
      const toMatch = stale.flatMap(({ row, refs }) => {
        if (asked.has(`${row.id}#${row.latest_version}`)) return [];
        const a = { case: fromJson<CaseFile>(row.case_snapshot), overrides: fromJson<RecordedOverride[]>(row.overrides), packs: refs };
        return mayChange(a, reevaluator.plan(refs)) ? [{ row, a }] : [];
      });
      const found: Array<{ row: Candidate; detail: ReevaluationDetail; title: string }> = [];
      if (toMatch.length > 0) {
        const results = new Map(
          (
            await ctx.read((db) =>
              db
                .selectFrom('arrangement_versions')
                .select(['arrangement_id', 'version', 'result'])
                .where((eb) => eb.or(toMatch.map(({ row }) => eb.and([eb('arrangement_id', '=', row.id), eb('version', '=', row.latest_version)]))))
                .execute(),
            )
          ).map((r) => [`${r.arrangement_id}#${r.version}`, r.result]),
        );
        for (const { row, a } of toMatch) {
          const stored = results.get(`${row.id}#${row.latest_version}`);
          if (!stored) continue;
          const outcome = compareWithNew(a, reevaluator.plan(a.packs), active, beforeOf(fromJson<ArrangementResult>(stored)));
          if (outcome.changed) found.push({ row, detail: outcome.detail, title: a.case.training.title });
        }
      }
      if (!current()) break;
      if (found.length > 0 || runId !== null) {
        await ctx.transaction(async (db) => {
          const t = rdb(db);
          const now = ctx.now();
          if (runId === null) {
            runId = ctx.newId();
            await t.insertInto('reevaluation_runs').values({ id: runId, started_at: progress.startedAt ?? now, finished_at: null, status: 'running', target_packs: JSON.stringify(target), checked: 0, total }).execute();
          }
          for (const f of found) {
            // An older question about the same arrangement is answered by this one.
            await t.updateTable('reevaluation_items').set({ decision: 'superseded' }).where('arrangement_id', '=', f.row.id).where('decision', '=', 'open').execute();
            await t
              .insertInto('reevaluation_items')
              .values({
                id: ctx.newId(),
                run_id: runId,
                arrangement_id: f.row.id,
                client_id: f.row.client_id,
                from_version: f.row.latest_version,
                target_key: targetKey,
                training_title: f.title,
                detail: JSON.stringify(f.detail),
                changed_packs: JSON.stringify(changedPacksOf(f.detail, active)),
                decision: 'open',
                decided_by: null,
                decided_at: null,
                reason: null,
                new_version: null,
                created_at: now,
              })
              .onConflict((oc) => oc.doNothing())
              .execute();
          }
          await t.updateTable('reevaluation_runs').set({ checked: progress.checked + rows.length }).where('id', '=', runId).execute();
        });
        progress.runId = runId;
      }
      progress.checked += rows.length;
      progress.changed += found.length;
      await turn();
    }

    const finished = current();
    progress = { ...progress, running: false, checked: finished ? progress.total : progress.checked, finishedAt: ctx.now() };
    if (runId !== null) {
      const id: string = runId;
      await ctx.transaction((db) =>
        rdb(db).updateTable('reevaluation_runs').set({ status: finished ? 'done' : 'stopped', finished_at: progress.finishedAt, checked: progress.checked }).where('id', '=', id).execute(),
      );
    }
    if (reevaluator.recomputed > 0 || progress.changed > 0) log(`Herberekend na een pakketwijziging: ${progress.checked} open arrangementen bekeken, ${reevaluator.recomputed} opnieuw berekend, ${progress.changed} veranderen.`);
  };

  const start = (): void => {
    if (stopped) return;
    const token = ++generation;
    // One pass at a time: a newer one waits for the older to notice it is outdated and stop.
    work = work.then(() =>
      token === generation && !stopped
        ? run(token).catch((err: unknown) => {
            progress = { ...progress, running: false, finishedAt: progress.finishedAt };
            log(`Herberekenen na een pakketwijziging is mislukt: ${err instanceof Error ? err.message : String(err)}`);
          })
        : undefined,
    );
  };

  // ---------------------------------------------------------------------------------------------
  // Reading and deciding items.

  type ItemRow = ReevaluationItemsTable & { latest_version: number | null; display_name: string | null; status: string | null; reference_date: string | null };

  const itemRows = (db: Kysely<Database>) =>
    rdb(db)
      .selectFrom('reevaluation_items as i')
      .leftJoin('arrangements as a', 'a.id', 'i.arrangement_id')
      .leftJoin('clients as c', 'c.id', 'i.client_id')
      .leftJoin('arrangement_versions as v', (j) => j.onRef('v.arrangement_id', '=', 'i.arrangement_id').onRef('v.version', '=', 'i.from_version'))
      .selectAll('i')
      .select(['a.latest_version', 'c.display_name', 'v.status', 'v.reference_date']);

  const toItem = (r: ItemRow): ReevaluationItem => ({
    ...fromJson<ReevaluationDetail>(r.detail),
    id: r.id,
    runId: r.run_id,
    arrangementId: r.arrangement_id,
    clientId: r.client_id,
    clientName: r.display_name ?? '',
    trainingTitle: r.training_title,
    fromVersion: r.from_version,
    arrangementStatus: (r.status ?? 'concept') as ArrangementStatus,
    referenceDate: r.reference_date ?? '',
    decision: r.decision as ReevaluationDecision,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    reason: r.reason,
    newVersion: r.new_version,
    stale: r.decision === 'open' && r.latest_version !== r.from_version,
    createdAt: r.created_at,
  });

  const itemById = async (db: Kysely<Database>, id: string): Promise<{ item: ReevaluationItem; row: ItemRow }> => {
    const row = (await itemRows(db).where('i.id', '=', id).executeTakeFirst()) as ItemRow | undefined;
    if (!row) throw new AppFailure('not-found', reevaluationMessages.itemNotFound);
    return { item: toItem(row), row };
  };

  const deciderName = async (db: Kysely<Database>): Promise<string> => {
    const name = (await settingsRepository(db).get()).adviserName.trim();
    if (!name) throw new AppFailure('invalid-input', reevaluationMessages.nameMissing);
    return name;
  };

  const openItem = async (db: Kysely<Database>, itemId: string) => {
    const found = await itemById(db, itemId);
    if (found.row.decision !== 'open') throw new AppFailure('conflict', reevaluationMessages.alreadyDecided);
    return found;
  };

  const handlers: HandlerTable<keyof typeof reevaluationOperations> = {
    'reevaluation.list': ({ show }) =>
      ctx.read(async (db) => {
        const runs = await rdb(db).selectFrom('reevaluation_runs').selectAll().orderBy('started_at', 'desc').orderBy('id', 'desc').execute();
        const rows = (await itemRows(db).orderBy('i.seq').execute()) as ItemRow[];
        const out: ReevaluationRun[] = [];
        for (const r of runs) {
          const mine = rows.filter((x) => x.run_id === r.id);
          const items = mine.map(toItem).filter((i) => show === 'all' || (i.decision === 'open' && !i.stale));
          if (items.length === 0) continue;
          const changed = new Map<string, { id: string; title: string; version: string }>();
          for (const x of mine) for (const p of fromJson<Array<{ id: string; title: string; version: string }>>(x.changed_packs)) changed.set(`${p.id}@${p.version}`, p);
          const changedPacks = [...changed.values()];
          out.push({
            id: r.id,
            startedAt: r.started_at,
            finishedAt: r.finished_at,
            status: r.status as ReevaluationRun['status'],
            packs: fromJson<PackRef[]>(r.target_packs),
            changedPacks,
            message: reevaluationMessage(changedPacks, mine.length),
            items,
          });
        }
        return { runs: out };
      }),

    'reevaluation.progress': (): ReevaluationProgress => ({
      ...progress,
      message: progress.running
        ? reevaluationMessages.running(progress.checked, progress.total)
        : progress.finishedAt === null
          ? reevaluationMessages.notStarted
          : reevaluationMessages.finished(progress.total, progress.changed),
    }),

    'reevaluation.accept': ({ itemId }) =>
      ctx.transaction(async (db) => {
        const { row } = await openItem(db, itemId);
        const repo = arrangementsRepository(db);
        const head = await repo.requireHead(row.arrangement_id);
        await writableClient(db, head.client_id);
        if (head.latest_version !== row.from_version) throw new AppFailure('conflict', reevaluationMessages.arrangementChanged);
        const packs = ctx.packs.current().packs;
        if (packsKey(packRefs(packs)) !== row.target_key) throw new AppFailure('conflict', reevaluationMessages.packsChangedAgain);
        const detail = fromJson<ReevaluationDetail>(row.detail);
        if (detail.problem) throw new AppFailure('invalid-input', reevaluationMessages.cannotAccept(detail.problem));
        const by = await deciderName(db);
        const previous = await repo.get(row.arrangement_id);
        const out = computeArrangement(previous.case, packs, previous.overrides);
        if (!out.ok) throw new AppFailure('invalid-input', reevaluationMessages.cannotAccept(out.issues.map((i) => i.message).join(' ')), out.issues);
        const ids = [...new Set(out.value.result.lines.map((l) => l.schemeId))].sort();
        const now = ctx.now();
        const saved = await repo.addVersion(previous.id, previous.version, {
          referenceDate: previous.referenceDate,
          status: previous.status,
          // A line that stays keeps its status; a new line starts as concept; a line that went goes with it.
          lineStatuses: Object.fromEntries(ids.map((id) => [id, previous.lineStatuses[id] ?? 'concept'])),
          overrides: previous.overrides,
          case: previous.case,
          ...out.value,
          savedAt: now,
          savedBy: by,
          origin: 'save',
        });
        const fields = (['lineStatuses', 'packs', 'result', 'actions'] as const).filter((k) => JSON.stringify(previous[k]) !== JSON.stringify(saved[k]));
        await recordChange(ctx, db, {
          action: 'arrangement.save',
          recordType: 'arrangement',
          clientId: saved.clientId,
          recordId: saved.id,
          fields: [...fields],
          details: { version: saved.version, reason: 'herberekend na pakketwijziging' },
          at: now,
        });
        await rdb(db).updateTable('reevaluation_items').set({ decision: 'accepted', decided_by: by, decided_at: now, new_version: saved.version }).where('id', '=', itemId).execute();
        return { item: (await itemById(db, itemId)).item, arrangement: saved };
      }),

    'reevaluation.keep': ({ itemId, reason }) =>
      ctx.transaction(async (db) => {
        const { row } = await openItem(db, itemId);
        await writableClient(db, row.client_id);
        const by = await deciderName(db);
        await rdb(db).updateTable('reevaluation_items').set({ decision: 'kept', decided_by: by, decided_at: ctx.now(), reason }).where('id', '=', itemId).execute();
        return { item: (await itemById(db, itemId)).item };
      }),
  };

  return {
    handlers,
    start,
    /** Settles when the current pass (and any queued one) is done. */
    idle: async (): Promise<void> => {
      let seen: Promise<void>;
      do {
        seen = work;
        await seen;
      } while (seen !== work);
    },
    stop: async (): Promise<void> => {
      stopped = true;
      generation++;
      await work;
    },
  };
}
