// Loopbaan APK answers (one row per statement, overwritten as the adviser changes an answer)
// and the log of confirmed signals.
import type { Kysely } from 'kysely';
import type { ApkAnswer, ProposedChange, SignalId } from '../../shared/apk/checklist.ts';
import { fromJson } from '../json.ts';
import type { Database } from '../schema.ts';

export interface StoredAnswer {
  answer: ApkAnswer;
  note: string;
  answeredAt: string;
}

export interface Confirmation {
  signalId: SignalId;
  changes: ProposedChange[];
  trainingId: string | null;
  confirmedBy: string;
  confirmedAt: string;
}

export function apkRepository(db: Kysely<Database>) {
  return {
    async answers(clientId: string, checklistId: string): Promise<Record<string, StoredAnswer>> {
      const rows = await db
        .selectFrom('apk_answers')
        .select(['statement_id', 'answer', 'note', 'answered_at'])
        .where('client_id', '=', clientId)
        .where('checklist_id', '=', checklistId)
        .orderBy('statement_id')
        .execute();
      return Object.fromEntries(rows.map((r) => [r.statement_id, { answer: r.answer as ApkAnswer, note: r.note, answeredAt: r.answered_at }]));
    },

    async answer(
      clientId: string,
      checklist: { id: string; version: string },
      statementId: string,
      answer: ApkAnswer,
      note: string,
      now: string,
    ): Promise<void> {
      const values = { checklist_version: checklist.version, answer, note, answered_at: now };
      await db
        .insertInto('apk_answers')
        .values({ client_id: clientId, checklist_id: checklist.id, statement_id: statementId, ...values })
        .onConflict((oc) => oc.columns(['client_id', 'checklist_id', 'statement_id']).doUpdateSet(values))
        .execute();
    },

    async confirmations(clientId: string): Promise<Confirmation[]> {
      const rows = await db
        .selectFrom('apk_confirmations')
        .select(['signal_id', 'changes', 'training_id', 'confirmed_by', 'confirmed_at'])
        .where('client_id', '=', clientId)
        .orderBy('seq')
        .execute();
      return rows.map((r) => ({
        signalId: r.signal_id as SignalId,
        changes: fromJson<ProposedChange[]>(r.changes),
        trainingId: r.training_id,
        confirmedBy: r.confirmed_by,
        confirmedAt: r.confirmed_at,
      }));
    },

    async confirm(clientId: string, c: Confirmation): Promise<void> {
      await db
        .insertInto('apk_confirmations')
        .values({
          client_id: clientId,
          signal_id: c.signalId,
          changes: JSON.stringify(c.changes),
          training_id: c.trainingId,
          confirmed_by: c.confirmedBy,
          confirmed_at: c.confirmedAt,
        })
        .execute();
    },
  };
}
