// "Nieuwste versie ophalen" after a conflict, as a three-way merge of the intake form (issue 12,
// item 1). Writing the whole typed form back silently undid what another tab had saved: here
// each answer is taken from whoever changed it since the version the adviser opened (the base).
// An answer only the adviser changed keeps the adviser's value, one only the other side changed
// takes theirs, and one both changed to different values is a conflict the adviser decides.
// The situation merges per field (shared/merge/three-way.ts), the trainings per record id.
// Pure, unit-tested.
import { mergeById, mergeThreeWay, type MergeConflict, type MergePath } from '../../shared/merge/three-way.ts';
import type { IntakeFormValues, TrainingValues } from './intakeForm.ts';

export type { MergeConflict, MergePath };

export interface IntakeMerge {
  /** The form after the merge; at a conflict the stored value until the adviser chooses. */
  readonly merged: IntakeFormValues;
  /** Answers both sides changed differently. Training paths are ['trainings', recordId, field?]. */
  readonly conflicts: readonly MergeConflict[];
}

export const mergeIntakeValues = (base: IntakeFormValues, mine: IntakeFormValues, theirs: IntakeFormValues): IntakeMerge => {
  const { trainings: baseTrainings, ...baseSituation } = base;
  const { trainings: myTrainings, ...mySituation } = mine;
  const { trainings: theirTrainings, ...theirSituation } = theirs;
  const situation = mergeThreeWay(baseSituation, mySituation, theirSituation);
  const trainings = mergeById(baseTrainings, myTrainings, theirTrainings, (r) => r.recordId, ['trainings']);
  return {
    merged: { ...situation.merged, trainings: trainings.merged },
    conflicts: [...situation.conflicts, ...trainings.conflicts],
  };
};

export type Side = 'mine' | 'theirs';

export const conflictKey = (c: Pick<MergeConflict, 'path'>): string => c.path.join('.');

const setAt = (target: Record<string, unknown>, path: MergePath, value: unknown): void => {
  let node: Record<string, unknown> = target;
  for (const key of path.slice(0, -1)) node = node[key as string] as Record<string, unknown>;
  node[path[path.length - 1] as string] = structuredClone(value);
};

/** The form with one conflict decided: the adviser's value or the stored one (a removal removes the training). */
export const choose = (values: IntakeFormValues, conflict: MergeConflict, side: Side): IntakeFormValues => {
  const next = structuredClone(values);
  const value = side === 'mine' ? conflict.mine : conflict.theirs;
  if (conflict.path[0] !== 'trainings') {
    setAt(next as unknown as Record<string, unknown>, conflict.path, value);
    return next;
  }
  const [, id, ...rest] = conflict.path;
  const index = next.trainings.findIndex((r) => r.recordId === id);
  if (rest.length === 0) {
    // The whole training: one side removed it, the other changed it.
    if (value === undefined) {
      if (index >= 0) next.trainings.splice(index, 1);
    } else if (index >= 0) {
      next.trainings[index] = structuredClone(value) as TrainingValues;
    } else {
      next.trainings.push(structuredClone(value) as TrainingValues);
    }
    return next;
  }
  if (index >= 0) setAt(next.trainings[index] as unknown as Record<string, unknown>, rest, value);
  return next;
};
