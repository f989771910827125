// The intake of a dossier: read (defaults at version 0 until the first save) and save. Saving is
// one adviser action, so it is one transaction: the situation and every training change the
// adviser made in the form are written together or not at all.
import type { Kysely } from 'kysely';
import { arrangementsRepository } from '../../db/repositories/arrangements.ts';
import { clientFacts, writableClient } from '../../db/repositories/clients.ts';
import { intakeRepository } from '../../db/repositories/intake.ts';
import { trainingsRepository } from '../../db/repositories/trainings.ts';
import type { Database } from '../../db/schema.ts';
import type { Training } from '../../shared/case/schema.ts';
import type { intakeOperations, IntakeFields, TrainingChanges } from '../../shared/contract/intake.ts';
import { AppFailure, type ErrorCode, type Issue } from '../../shared/contract/result.ts';
import { changedPaths, recordChange, type Change } from './audit.ts';
import type { HandlerTable, ParsedInput } from './handlers.ts';
import type { ServiceContext } from './context.ts';
import { serviceMessages as msg } from './messages.ts';

/**
 * Stored JSON and freshly parsed input can differ in key order (and in keys that hold
 * undefined, which JSON drops), so "unchanged" is decided on the sorted JSON form.
 */
const sameContent = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map((k) => [k, canonical(record[k])]));
  }
  return value;
};

interface Refusal extends Issue {
  code: ErrorCode;
  /** The training the refusal is about, for a message that names several at once. */
  title?: string;
}

type Plan =
  | { kind: 'change'; id: string; expectedVersion: number; training: Training }
  | { kind: 'remove'; id: string; expectedVersion: number }
  | { kind: 'add'; key: string; training: Training };

/**
 * Reads what is stored and decides what to write, collecting every refusal instead of stopping
 * at the first, so the form can mark each training that needs the adviser's attention.
 * Content equal to what is stored is not written: saving twice is harmless, and a training
 * someone else changed to exactly the adviser's text is no conflict.
 */
async function planSave(db: Kysely<Database>, clientId: string, expectedVersion: number, fields: IntakeFields, changes: TrainingChanges) {
  const refusals: Refusal[] = [];
  const stored = await intakeRepository(db).get(clientId);
  const { clientId: _c, version: _v, updatedAt: _u, ...storedFields } = stored;
  const writeIntake = stored.version === 0 || !sameContent(storedFields, fields);
  if (writeIntake && stored.version !== expectedVersion) {
    refusals.push({ code: 'conflict', path: 'expectedVersion', message: msg.intakeChanged });
  }

  const trainings = trainingsRepository(db);
  const plan: Plan[] = [];
  const seen = new Set<string>();
  const twice = (id: string, path: string): boolean => {
    if (!seen.has(id)) {
      seen.add(id);
      return false;
    }
    refusals.push({ code: 'invalid-input', path, message: msg.trainingTwice });
    return true;
  };

  for (const [i, change] of changes.changed.entries()) {
    const path = `trainings.changed.${i}`;
    if (twice(change.id, path)) continue;
    const title = change.training.title;
    const current = await trainings.find(change.id);
    if (!current) refusals.push({ code: 'conflict', path, message: msg.trainingGone(title), title });
    else if (current.clientId !== clientId) refusals.push({ code: 'conflict', path, message: msg.trainingOfOtherClient(title) });
    else if (sameContent(current.training, change.training)) continue;
    else if (current.version !== change.expectedVersion) refusals.push({ code: 'conflict', path, message: msg.trainingChanged(title), title });
    else plan.push({ kind: 'change', id: change.id, expectedVersion: change.expectedVersion, training: change.training });
  }

  for (const [i, removal] of changes.removed.entries()) {
    const path = `trainings.removed.${i}`;
    if (twice(removal.id, path)) continue;
    const current = await trainings.find(removal.id);
    // Already gone (another window removed it): what the adviser wanted is already true.
    if (!current) continue;
    const title = current.training.title;
    if (current.clientId !== clientId) refusals.push({ code: 'conflict', path, message: msg.trainingOfOtherClient(title) });
    else if (current.version !== removal.expectedVersion) refusals.push({ code: 'conflict', path, message: msg.trainingChanged(title), title });
    else plan.push({ kind: 'remove', id: removal.id, expectedVersion: removal.expectedVersion });
  }

  const keys = new Set<string>();
  for (const [i, addition] of changes.added.entries()) {
    if (keys.has(addition.key)) refusals.push({ code: 'invalid-input', path: `trainings.added.${i}.key`, message: msg.trainingTwice });
    keys.add(addition.key);
    plan.push({ kind: 'add', key: addition.key, training: addition.training });
  }

  return { stored, writeIntake, plan, refusals };
}

/** One failure for the whole save: bad input first, then the conflicts, each at its path. */
function refuse(refusals: readonly Refusal[]): never {
  const invalid = refusals.filter((r) => r.code === 'invalid-input');
  const shown = invalid.length > 0 ? invalid : refusals;
  const titles = shown.flatMap((r) => (r.title === undefined ? [] : [`‘${r.title}’`]));
  const message =
    shown.length > 1 && titles.length === shown.length
      ? msg.trainingsChanged(`${titles.slice(0, -1).join(', ')} en ${titles[titles.length - 1]}`)
      : shown[0]!.message;
  throw new AppFailure(
    shown[0]!.code,
    message,
    shown.map(({ path, message: m }) => ({ path, message: m })),
  );
}

export function intakeHandlers(ctx: ServiceContext): HandlerTable<keyof typeof intakeOperations> {
  const save = async (db: Kysely<Database>, input: ParsedInput<'intake.save'>) => {
    const { clientId, expectedVersion, fields } = input;
    await writableClient(db, clientId);
    const { stored, writeIntake, plan, refusals } = await planSave(db, clientId, expectedVersion, fields, input.trainings);
    if (refusals.length > 0) refuse(refusals);

    const now = ctx.now();
    // One audit entry per record written, naming the changed fields (never their values).
    const audit = (change: Omit<Change, 'clientId' | 'at'>) => recordChange(ctx, db, { ...change, clientId, at: now });
    const intake = writeIntake ? await intakeRepository(db).save(clientId, stored.version, fields, now) : stored;
    if (writeIntake) {
      const { clientId: _c, version: _v, updatedAt: _u, ...storedFields } = stored;
      const changed = stored.version === 0 ? changedPaths(undefined, fields) : changedPaths(storedFields, fields);
      await audit({ action: 'intake.save', recordType: 'intake', recordId: null, fields: changed, details: { version: intake.version } });
    }
    const trainings = trainingsRepository(db);
    const addedIds: Record<string, string> = {};
    for (const step of plan) {
      if (step.kind === 'change') {
        const before = await trainings.get(step.id);
        const after = await trainings.update(step.id, clientId, step.expectedVersion, step.training, now);
        await audit({ action: 'training.change', recordType: 'training', recordId: step.id, fields: changedPaths(before.training, after.training), details: { version: after.version } });
      } else if (step.kind === 'remove') {
        // The training row goes; its arrangements stay (with their case snapshot) but lose the link.
        await arrangementsRepository(db).unlinkTraining(step.id);
        await trainings.remove(step.id, step.expectedVersion);
        await audit({ action: 'training.remove', recordType: 'training', recordId: step.id, fields: [] });
      } else {
        const id = ctx.newId();
        const created = await trainings.create(id, clientId, step.training, now);
        addedIds[step.key] = id;
        await audit({ action: 'training.add', recordType: 'training', recordId: id, fields: changedPaths(undefined, created.training) });
      }
    }
    return { intake, trainings: await trainings.list(clientId), addedIds };
  };

  return {
    'intake.get': async ({ clientId }) => {
      await clientFacts(ctx.db, clientId);
      return intakeRepository(ctx.db).get(clientId);
    },
    'intake.save': (input) => ctx.transaction((db) => save(db, input)),
  };
}
