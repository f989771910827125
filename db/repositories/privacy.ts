// What the AVG rights need from the store: everything held about one client (inzage, export),
// and erasing it (art. 17). Both run inside the caller's transaction: an export is one
// consistent moment, and an erasure is complete or did not happen.
import { sql, type Kysely } from 'kysely';
import type { ApkAnswer } from '../../shared/apk/checklist.ts';
import type { ClientExport, ErasedRecords } from '../../shared/contract/privacy.ts';
import type { Database } from '../schema.ts';
import { apkRepository } from './apk.ts';
import { arrangementsRepository } from './arrangements.ts';
import { auditRepository } from './audit.ts';
import { clientsRepository } from './clients.ts';
import { intakeRepository } from './intake.ts';
import { trainingsRepository } from './trainings.ts';

/** The client's records, without the export's own header (format, who and when). */
export type ClientRecords = Omit<ClientExport, 'format' | 'formatVersion' | 'exportedAt' | 'exportedBy' | 'organisation'>;

/** One query at a time: the transaction is one connection. */
async function sequentially<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (const item of items) out.push(await fn(item));
  return out;
}

export function privacyRepository(db: Kysely<Database>) {
  return {
    async records(clientId: string): Promise<ClientRecords> {
      // The clock is not used by get(); the repository context only serves writes.
      const client = await clientsRepository(db, { now: () => '', newId: () => '' }).get(clientId);
      const intake = await intakeRepository(db).get(clientId);
      const answers = await db
        .selectFrom('apk_answers')
        .select(['checklist_id', 'checklist_version', 'statement_id', 'answer', 'note', 'answered_at'])
        .where('client_id', '=', clientId)
        .orderBy('checklist_id')
        .orderBy('answered_at')
        .orderBy('statement_id')
        .execute();
      const heads = await db
        .selectFrom('arrangements')
        .select(['id', 'training_id', 'created_at', 'updated_at'])
        .where('client_id', '=', clientId)
        .orderBy('seq')
        .execute();
      const arrangements = arrangementsRepository(db);
      return {
        client,
        intake: intake.version === 0 ? null : intake,
        trainings: await trainingsRepository(db).list(clientId),
        apk: {
          answers: answers.map((a) => ({
            checklistId: a.checklist_id,
            checklistVersion: a.checklist_version,
            statementId: a.statement_id,
            answer: a.answer as ApkAnswer,
            note: a.note,
            answeredAt: a.answered_at,
          })),
          confirmations: await apkRepository(db).confirmations(clientId),
        },
        arrangements: await sequentially(heads, async (h) => ({
          id: h.id,
          trainingId: h.training_id,
          createdAt: h.created_at,
          updatedAt: h.updated_at,
          versions: await arrangements.versions(h.id),
        })),
        audit: (await auditRepository(db).forClient(clientId)).reverse(),
      };
    },

    /**
     * Erases one client completely: every record, the search index entry, and the references
     * in the audit trail (the entries themselves stay, without anything that points at the
     * client; see db/audit-chain.ts). Append-only tables allow it only under the permit that
     * this function holds for the length of the caller's transaction (migration 0016).
     * Beyond the tables named here, any table with a client_id column is swept too, so a table
     * added later (re-evaluation items, say) cannot keep a client that was erased.
     * The bytes are overwritten, not just unlinked, because the connection runs with
     * PRAGMA secure_delete = ON (set where the services open, electron/services/index.ts).
     */
    async erase(clientId: string): Promise<ErasedRecords> {
      const n = (r: { numDeletedRows: bigint } | { numUpdatedRows: bigint }) =>
        Number('numDeletedRows' in r ? r.numDeletedRows : r.numUpdatedRows);
      await db.insertInto('erasure_permits').values({ client_id: clientId }).execute();
      const ofClient = db.selectFrom('arrangements').select('id').where('client_id', '=', clientId);
      const records: ErasedRecords = {
        arrangementVersions: n(await db.deleteFrom('arrangement_versions').where('arrangement_id', 'in', ofClient).executeTakeFirst()),
        arrangements: n(await db.deleteFrom('arrangements').where('client_id', '=', clientId).executeTakeFirst()),
        apkAnswers: n(await db.deleteFrom('apk_answers').where('client_id', '=', clientId).executeTakeFirst()),
        apkConfirmations: n(await db.deleteFrom('apk_confirmations').where('client_id', '=', clientId).executeTakeFirst()),
        trainings: n(await db.deleteFrom('trainings').where('client_id', '=', clientId).executeTakeFirst()),
        intakes: n(await db.deleteFrom('intakes').where('client_id', '=', clientId).executeTakeFirst()),
        otherRecords: 0,
        auditReferences: n(
          await db.updateTable('audit_log').set({ client_id: null, record_id: null, ref_salt: null }).where('client_id', '=', clientId).executeTakeFirst(),
        ),
        dossiers: 0,
      };
      const handled = ['arrangement_versions', 'arrangements', 'apk_answers', 'apk_confirmations', 'trainings', 'intakes', 'audit_log', 'erasure_permits', 'clients'];
      const others = await sql<{ name: string }>`
        SELECT m.name FROM sqlite_master m
        WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) p WHERE p.name = 'client_id')
        ORDER BY m.name`.execute(db);
      for (const { name } of others.rows) {
        if (handled.includes(name)) continue;
        const result = await sql`DELETE FROM ${sql.id(name)} WHERE client_id = ${clientId}`.execute(db);
        records.otherRecords += Number(result.numAffectedRows ?? 0n);
      }
      // The FTS triggers remove the search entry with the row.
      records.dossiers = n(await db.deleteFrom('clients').where('id', '=', clientId).executeTakeFirst());
      // A contentless FTS5 index only marks a deleted row; its words stay in the index's
      // segments until they are merged. 'optimize' merges them now, so the name is really gone.
      await sql`INSERT INTO clients_fts(clients_fts) VALUES ('optimize')`.execute(db);
      await db.deleteFrom('erasure_permits').where('client_id', '=', clientId).execute();
      return records;
    },
  };
}
