// Loopbaan APK: answers saved per statement, signals derived on every read, and the adviser's
// confirmation of a signal as the only path from an APK answer into the case.
import type { Kysely } from 'kysely';
import { apkRepository } from '../../db/repositories/apk.ts';
import { clientFacts, writableClient } from '../../db/repositories/clients.ts';
import { intakeRepository } from '../../db/repositories/intake.ts';
import { dbMessages } from '../../db/messages.ts';
import { settingsRepository } from '../../db/repositories/settings.ts';
import { trainingsRepository } from '../../db/repositories/trainings.ts';
import type { Database } from '../../db/schema.ts';
import { findStatement } from '../../shared/apk/checklist.ts';
import { applyChanges, isPending, isTrainingChange, progressBySection, raiseSignals } from '../../shared/apk/signals.ts';
import { suggestedSchemes } from '../../shared/apk/suggestions.ts';
import type { ApkState, apkOperations } from '../../shared/contract/apk.ts';
import { AppFailure } from '../../shared/contract/result.ts';
import type { TrainingRecord } from '../../shared/contract/trainings.ts';
import { changedPaths, recordChange } from './audit.ts';
import type { HandlerTable } from './handlers.ts';
import type { ServiceContext } from './context.ts';
import { serviceMessages as msg } from './messages.ts';

/** What the APK screen shows: answers, progress and the signals derived from them now. */
export async function apkState(ctx: ServiceContext, db: Kysely<Database>, clientId: string): Promise<ApkState> {
  const checklist = ctx.checklist;
  const apk = apkRepository(db);
  const answers = await apk.answers(clientId, checklist.id);
  const intake = await intakeRepository(db).get(clientId);
  const confirmations = await apk.confirmations(clientId);
  // Only the schemes this client could get: the dossier's region, the intake's sector fund and
  // today as the peildatum (the APK is about now), against the packs in use (issue 12, item 8).
  const { region } = await clientFacts(db, clientId);
  const facts = { region, sectorFund: intake.work.sectorFund, referenceDate: ctx.now().slice(0, 10) };
  const packs = ctx.packs.current().packs;
  const signals = raiseSignals(checklist, answers).map((signal) => {
    const trainingConfirmed = confirmations.some((c) => c.signalId === signal.id && c.changes.some(isTrainingChange));
    return { ...signal, schemes: suggestedSchemes(signal.schemes, packs, facts), pending: isPending(signal, intake, trainingConfirmed) };
  });
  return {
    clientId,
    checklistId: checklist.id,
    checklistVersion: checklist.version,
    checklistNotice: ctx.checklistNotice,
    answers,
    progress: progressBySection(checklist, answers),
    signals,
  };
}

export function apkHandlers(ctx: ServiceContext): HandlerTable<keyof typeof apkOperations> {
  const checklist = ctx.checklist;
  const state = (db: Kysely<Database>, clientId: string) => apkState(ctx, db, clientId);

  return {
    'apk.checklist': () => checklist,

    'apk.get': async ({ clientId }) => {
      await clientFacts(ctx.db, clientId);
      return state(ctx.db, clientId);
    },

    'apk.answer': ({ clientId, statementId, answer, note }) =>
      ctx.transaction(async (db) => {
        await writableClient(db, clientId);
        if (!findStatement(checklist, statementId)) {
          throw new AppFailure('invalid-input', msg.statementNotFound, [{ path: 'statementId', message: msg.statementNotFound }]);
        }
        const apk = apkRepository(db);
        const before = (await apk.answers(clientId, checklist.id))[statementId];
        const now = ctx.now();
        await apk.answer(clientId, checklist, statementId, answer, note, now);
        // Which parts changed, never the answer or the note itself (the note is free text).
        const fields = before === undefined
          ? ['answer', ...(note === '' ? [] : ['note'])]
          : [...(before.answer === answer ? [] : ['answer']), ...(before.note === note ? [] : ['note'])];
        await recordChange(ctx, db, {
          action: 'apk.answer',
          recordType: 'apk-answer',
          clientId,
          recordId: `${checklist.id}/${statementId}`,
          fields,
          at: now,
        });
        return state(db, clientId);
      }),

    'apk.applySignal': ({ clientId, signalId, expectedIntakeVersion, trainingId, expectedTrainingVersion }) =>
      ctx.transaction(async (db) => {
        await writableClient(db, clientId);
        const apk = apkRepository(db);
        const signal = raiseSignals(checklist, await apk.answers(clientId, checklist.id)).find((x) => x.id === signalId);
        if (!signal) throw new AppFailure('conflict', msg.signalNotRaised);
        if (signal.changes.length === 0) throw new AppFailure('invalid-input', msg.signalNothingToApply);

        const intakeChanges = signal.changes.filter((c) => !isTrainingChange(c));
        const trainingChanges = trainingId === undefined ? [] : signal.changes.filter(isTrainingChange);
        if (intakeChanges.length === 0 && trainingChanges.length === 0) {
          throw new AppFailure('invalid-input', msg.signalNeedsTraining, [{ path: 'trainingId', message: msg.signalNeedsTraining }]);
        }

        const now = ctx.now();
        const intakes = intakeRepository(db);
        let intake = await intakes.get(clientId);
        if (intake.version !== expectedIntakeVersion) throw new AppFailure('conflict', dbMessages.intakeConflict);
        if (intakeChanges.length > 0) {
          const { clientId: _c, version: _v, updatedAt: _u, ...fields } = intake;
          const changedIntake = applyChanges(fields, null, intakeChanges).intake;
          intake = await intakes.save(clientId, expectedIntakeVersion, changedIntake, now);
          await recordChange(ctx, db, {
            action: 'apk.signal',
            recordType: 'intake',
            clientId,
            recordId: null,
            fields: expectedIntakeVersion === 0 ? changedPaths(undefined, changedIntake) : changedPaths(fields, changedIntake),
            details: { signal: signalId, version: intake.version },
            at: now,
          });
        }

        let training: TrainingRecord | null = null;
        if (trainingId !== undefined && trainingChanges.length > 0) {
          const trainings = trainingsRepository(db);
          const current = await trainings.get(trainingId);
          if (current.clientId !== clientId) throw new AppFailure('conflict', dbMessages.trainingOtherClient);
          if (expectedTrainingVersion === undefined) {
            throw new AppFailure('invalid-input', dbMessages.trainingConflict, [
              { path: 'expectedTrainingVersion', message: 'Geef de versie mee van de opleiding die u had geopend.' },
            ]);
          }
          const changed = applyChanges(intake, current.training, trainingChanges).training!;
          training = await trainings.update(trainingId, clientId, expectedTrainingVersion, changed, now);
          await recordChange(ctx, db, {
            action: 'apk.signal',
            recordType: 'training',
            clientId,
            recordId: trainingId,
            fields: changedPaths(current.training, changed),
            details: { signal: signalId, version: training.version },
            at: now,
          });
        }

        const applied = [...intakeChanges, ...trainingChanges];
        const { adviserName } = await settingsRepository(db).get();
        await apk.confirm(clientId, { signalId, changes: applied, trainingId: training?.id ?? null, confirmedBy: adviserName, confirmedAt: now });
        return { intake, training, applied, state: await state(db, clientId) };
      }),
  };
}
