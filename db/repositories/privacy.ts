// What the AVG rights need from the store: everything held about one client (inzage, export),
// and, below, erasing it. Reads run inside the caller's transaction, so an export is one
// consistent moment.
import type { Kysely } from 'kysely';
import type { ApkAnswer } from '../../shared/apk/checklist.ts';
import type { ClientExport } from '../../shared/contract/privacy.ts';
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
  };
}
