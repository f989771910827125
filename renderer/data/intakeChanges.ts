// Saving the intake form: the situation (one version-guarded record) and the candidate trainings
// (one record each: new ones are created, changed ones saved against the version that was
// opened, removed ones removed). Only what changed is written, so saving twice is harmless.
// On a failure the adviser's typing stays in the form: the draft is never thrown away here.
import type { AppError } from '../../../shared/contract/result.ts';
import type { IntakeFields } from '../../../shared/contract/intake.ts';
import type { TrainingRecord } from '../../../shared/contract/trainings.ts';
import type { Training } from '../../../shared/case/schema.ts';
import { call } from '../../bridge/index.ts';
import type { SessionData } from '../session/sessionStore.ts';
import type { IntakeOutput } from './intakeForm.ts';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Key order of stored and parsed trainings can differ; compare them by content. */
const sameTraining = (a: Training, b: Training): boolean => same(canonical(a), canonical(b));
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
};

export type SaveOutcome =
  | { ok: true; intake: SessionData['intake']; trainings: TrainingRecord[]; changed: boolean }
  | { ok: false; error: AppError; trainingIndex: number | null };

export const saveIntake = async (data: SessionData, output: IntakeOutput): Promise<SaveOutcome> => {
  let changed = false;
  let intake = data.intake;
  const storedFields: IntakeFields = {
    educationLevel: intake.educationLevel,
    work: intake.work,
    studentFinance: intake.studentFinance,
    basicSkills: intake.basicSkills,
    schemesUsed: intake.schemesUsed,
  };
  // Version 0 means nothing is stored yet: save once so the defaults become the adviser's choice.
  if (intake.version === 0 || !same(canonical(storedFields), canonical(output.fields))) {
    const answer = await call('intake.save', { clientId: data.client.id, expectedVersion: intake.version, fields: output.fields });
    if (!answer.ok) return { ok: false, error: answer.error, trainingIndex: null };
    intake = answer.value;
    changed = true;
  }

  const storedById = new Map(data.trainings.map((r) => [r.id, r]));
  const kept = new Set<string>();
  const records: TrainingRecord[] = [];
  for (const [index, row] of output.trainings.entries()) {
    const stored = row.recordId ? storedById.get(row.recordId) : undefined;
    if (stored) {
      kept.add(stored.id);
      if (sameTraining(stored.training, row.training)) {
        records.push(stored);
        continue;
      }
      const answer = await call('trainings.save', {
        clientId: data.client.id,
        id: stored.id,
        expectedVersion: row.recordVersion ?? stored.version,
        training: row.training,
      });
      if (!answer.ok) return { ok: false, error: answer.error, trainingIndex: index };
      records.push(answer.value);
    } else {
      const answer = await call('trainings.save', { clientId: data.client.id, training: row.training });
      if (!answer.ok) return { ok: false, error: answer.error, trainingIndex: index };
      records.push(answer.value);
    }
    changed = true;
  }
  for (const stored of data.trainings) {
    if (kept.has(stored.id)) continue;
    const answer = await call('trainings.remove', { id: stored.id, expectedVersion: stored.version });
    if (!answer.ok) return { ok: false, error: answer.error, trainingIndex: null };
    changed = true;
  }
  return { ok: true, intake, trainings: records, changed };
};
