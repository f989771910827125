// Loopbaan APK: answers saved per statement, signals derived on every read, and the adviser's
// confirmation of a signal as the only path from an APK answer into the case.
import { apkRepository } from '../../db/repositories/apk.ts';
import { intakeRepository } from '../../db/repositories/intake.ts';
import { clientFacts, writableClient, type SessionDb } from '../../db/repositories/session-db.ts';
import { sessionMessages } from '../../db/session-messages.ts';
import { settingsRepository } from '../../db/repositories/settings.ts';
import { trainingsRepository } from '../../db/repositories/trainings.ts';
import { findStatement } from '../../shared/apk/checklist.ts';
import { applyChanges, isPending, isTrainingChange, progressBySection, raiseSignals } from '../../shared/apk/signals.ts';
import type { ApkState, apkOperations } from '../../shared/contract/apk.ts';
import { AppFailure } from '../../shared/contract/result.ts';
import type { TrainingRecord } from '../../shared/contract/trainings.ts';
import type { HandlerTable } from './handlers.ts';
import type { SessionContext } from './session-context.ts';

/** What the APK screen shows: answers, progress and the signals derived from them now. */
export async function apkState(s: SessionContext, db: SessionDb, clientId: string): Promise<ApkState> {
  const checklist = s.checklist;
  const apk = apkRepository(db);
  const answers = await apk.answers(clientId, checklist.id);
  const intake = await intakeRepository(db).get(clientId);
  const confirmations = await apk.confirmations(clientId);
  const signals = raiseSignals(checklist, answers).map((signal) => {
    const trainingConfirmed = confirmations.some((c) => c.signalId === signal.id && c.changes.some(isTrainingChange));
    return { ...signal, pending: isPending(signal, intake, trainingConfirmed) };
  });
  return {
    clientId,
    checklistId: checklist.id,
    checklistVersion: checklist.version,
    checklistNotice: s.checklistNotice,
    answers,
    progress: progressBySection(checklist, answers),
    signals,
  };
}

export function apkHandlers(s: SessionContext): HandlerTable<keyof typeof apkOperations> {
  const checklist = s.checklist;
  const state = (db: SessionDb, clientId: string) => apkState(s, db, clientId);

  return {
    'apk.checklist': () => checklist,

    'apk.get': async ({ clientId }) => {
      await clientFacts(s.db, clientId);
      return state(s.db, clientId);
    },

    'apk.answer': ({ clientId, statementId, answer, note }) =>
      s.transaction(async (db) => {
        await writableClient(db, clientId);
        if (!findStatement(checklist, statementId)) {
          throw new AppFailure('invalid-input', sessionMessages.statementNotFound, [{ path: 'statementId', message: sessionMessages.statementNotFound }]);
        }
        await apkRepository(db).answer(clientId, checklist, statementId, answer, note, s.ctx.now());
        return state(db, clientId);
      }),

    'apk.applySignal': ({ clientId, signalId, expectedIntakeVersion, trainingId, expectedTrainingVersion }) =>
      s.transaction(async (db) => {
        await writableClient(db, clientId);
        const apk = apkRepository(db);
        const signal = raiseSignals(checklist, await apk.answers(clientId, checklist.id)).find((x) => x.id === signalId);
        if (!signal) throw new AppFailure('conflict', sessionMessages.signalNotRaised);
        if (signal.changes.length === 0) throw new AppFailure('invalid-input', sessionMessages.signalNothingToApply);

        const intakeChanges = signal.changes.filter((c) => !isTrainingChange(c));
        const trainingChanges = trainingId === undefined ? [] : signal.changes.filter(isTrainingChange);
        if (intakeChanges.length === 0 && trainingChanges.length === 0) {
          throw new AppFailure('invalid-input', sessionMessages.signalNeedsTraining, [{ path: 'trainingId', message: sessionMessages.signalNeedsTraining }]);
        }

        const now = s.ctx.now();
        const intakes = intakeRepository(db);
        let intake = await intakes.get(clientId);
        if (intake.version !== expectedIntakeVersion) throw new AppFailure('conflict', sessionMessages.intakeConflict);
        if (intakeChanges.length > 0) {
          const { clientId: _c, version: _v, updatedAt: _u, ...fields } = intake;
          intake = await intakes.save(clientId, expectedIntakeVersion, applyChanges(fields, null, intakeChanges).intake, now);
        }

        let training: TrainingRecord | null = null;
        if (trainingId !== undefined && trainingChanges.length > 0) {
          const trainings = trainingsRepository(db);
          const current = await trainings.get(trainingId);
          if (current.clientId !== clientId) throw new AppFailure('conflict', sessionMessages.trainingOtherClient);
          if (expectedTrainingVersion === undefined) {
            throw new AppFailure('invalid-input', sessionMessages.trainingConflict, [
              { path: 'expectedTrainingVersion', message: 'Geef de versie mee van de opleiding die u had geopend.' },
            ]);
          }
          const changed = applyChanges(intake, current.training, trainingChanges).training!;
          training = await trainings.update(trainingId, clientId, expectedTrainingVersion, changed, now);
        }

        const applied = [...intakeChanges, ...trainingChanges];
        const { adviserName } = await settingsRepository(db).get();
        await apk.confirm(clientId, { signalId, changes: applied, trainingId: training?.id ?? null, confirmedBy: adviserName, confirmedAt: now });
        return { intake, training, applied, state: await state(db, clientId) };
      }),
  };
}
