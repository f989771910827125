// Arrangements and their versions. Versions are append-only (the database refuses UPDATE and
// DELETE on them); the arrangement row only tracks the latest version number, and that
// counter is the optimistic-concurrency guard: adding version N+1 first moves latest_version
// from N to N+1 in one guarded statement, so two saves on version N cannot both succeed.
import type { Kysely } from 'kysely';
import type { CaseFile } from '../../shared/case/schema.ts';
import type {
  ActionItem,
  ArrangementStatus,
  ArrangementSummary,
  ArrangementVersion,
  RecordedOverride,
} from '../../shared/contract/arrangements.ts';
import type { PackRef } from '../../shared/contract/packs.ts';
import { AppFailure } from '../../shared/contract/result.ts';
import type { ArrangementResult } from '../../shared/matcher/result.ts';
import { fromJson } from '../json.ts';
import { dbMessages } from '../messages.ts';
import type { ArrangementVersionsTable, Database } from '../schema.ts';

/** A version's content, without the ids the repository assigns. */
export type VersionContent = Omit<ArrangementVersion, 'id' | 'clientId' | 'trainingId' | 'version'>;

const toVersion = (
  head: { id: string; client_id: string; training_id: string | null },
  row: ArrangementVersionsTable,
): ArrangementVersion => ({
  id: head.id,
  clientId: head.client_id,
  trainingId: head.training_id,
  version: row.version,
  referenceDate: row.reference_date,
  status: row.status as ArrangementStatus,
  lineStatuses: fromJson<Record<string, ArrangementStatus>>(row.line_statuses),
  overrides: fromJson<RecordedOverride[]>(row.overrides),
  case: fromJson<CaseFile>(row.case_snapshot),
  packs: fromJson<PackRef[]>(row.packs),
  result: fromJson<ArrangementResult>(row.result),
  actions: fromJson<ActionItem[]>(row.actions),
  savedAt: row.saved_at,
  savedBy: row.saved_by,
  origin: row.origin as ArrangementVersion['origin'],
});

const toRow = (arrangementId: string, version: number, c: VersionContent): ArrangementVersionsTable => ({
  arrangement_id: arrangementId,
  version,
  reference_date: c.referenceDate,
  status: c.status,
  line_statuses: JSON.stringify(c.lineStatuses),
  overrides: JSON.stringify(c.overrides),
  case_snapshot: JSON.stringify(c.case),
  packs: JSON.stringify(c.packs),
  result: JSON.stringify(c.result),
  actions: JSON.stringify(c.actions),
  total_cost_cents: c.result.totalCostCents,
  own_contribution_cents: c.result.ownContributionCents,
  loan_cents: c.result.loanCents,
  saved_at: c.savedAt,
  saved_by: c.savedBy,
  origin: c.origin,
});

export function arrangementsRepository(db: Kysely<Database>) {
  const head = (id: string) =>
    db.selectFrom('arrangements').select(['id', 'client_id', 'training_id', 'latest_version']).where('id', '=', id).executeTakeFirst();

  const requireHead = async (id: string) => {
    const h = await head(id);
    if (!h) throw new AppFailure('not-found', dbMessages.arrangementNotFound);
    return h;
  };

  return {
    requireHead,

    async create(id: string, clientId: string, trainingId: string | null, content: VersionContent): Promise<ArrangementVersion> {
      await db
        .insertInto('arrangements')
        .values({ id, client_id: clientId, training_id: trainingId, latest_version: 1, created_at: content.savedAt, updated_at: content.savedAt })
        .execute();
      const row = toRow(id, 1, content);
      await db.insertInto('arrangement_versions').values(row).execute();
      return toVersion({ id, client_id: clientId, training_id: trainingId }, row);
    },

    /** Appends version expectedVersion + 1; 'conflict' when someone else saved in between. */
    async addVersion(id: string, expectedVersion: number, content: VersionContent): Promise<ArrangementVersion> {
      const next = expectedVersion + 1;
      const moved = await db
        .updateTable('arrangements')
        .set({ latest_version: next, updated_at: content.savedAt })
        .where('id', '=', id)
        .where('latest_version', '=', expectedVersion)
        .returning(['id', 'client_id', 'training_id'])
        .executeTakeFirst();
      if (!moved) {
        await requireHead(id);
        throw new AppFailure('conflict', dbMessages.arrangementConflict);
      }
      const row = toRow(id, next, content);
      await db.insertInto('arrangement_versions').values(row).execute();
      return toVersion(moved, row);
    },

    /** One version; the latest when `version` is omitted. */
    async get(id: string, version?: number): Promise<ArrangementVersion> {
      const h = await requireHead(id);
      const row = await db
        .selectFrom('arrangement_versions')
        .selectAll()
        .where('arrangement_id', '=', id)
        .where('version', '=', version ?? h.latest_version)
        .executeTakeFirst();
      if (!row) throw new AppFailure('not-found', dbMessages.arrangementVersionNotFound);
      return toVersion(h, row);
    },

    /** Every version, oldest first (for the version picker and the override history). */
    async versions(id: string): Promise<ArrangementVersion[]> {
      const h = await requireHead(id);
      const rows = await db.selectFrom('arrangement_versions').selectAll().where('arrangement_id', '=', id).orderBy('version').execute();
      return rows.map((r) => toVersion(h, r));
    },

    async list(clientId: string): Promise<ArrangementSummary[]> {
      const rows = await db
        .selectFrom('arrangements as a')
        .innerJoin('arrangement_versions as v', (j) => j.onRef('v.arrangement_id', '=', 'a.id').onRef('v.version', '=', 'a.latest_version'))
        .select([
          'a.id', 'a.client_id', 'a.training_id', 'a.latest_version', 'v.status', 'v.reference_date', 'v.case_snapshot',
          'v.total_cost_cents', 'v.own_contribution_cents', 'v.loan_cents', 'v.saved_at',
        ])
        .where('a.client_id', '=', clientId)
        .orderBy('a.updated_at', 'desc')
        .orderBy('a.seq', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        clientId: r.client_id,
        trainingId: r.training_id,
        trainingTitle: fromJson<CaseFile>(r.case_snapshot).training.title,
        version: r.latest_version,
        status: r.status as ArrangementStatus,
        referenceDate: r.reference_date,
        totalCostCents: r.total_cost_cents,
        ownContributionCents: r.own_contribution_cents,
        loanCents: r.loan_cents,
        savedAt: r.saved_at,
      }));
    },

    /** A removed training leaves its arrangements readable, just unlinked. */
    async unlinkTraining(trainingId: string): Promise<void> {
      await db.updateTable('arrangements').set({ training_id: null }).where('training_id', '=', trainingId).execute();
    },
  };
}
