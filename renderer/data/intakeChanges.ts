// Saving the intake form is one adviser action and one intake.save call: the situation plus every
// training change, computed here from the form (the draft) against the stored records the draft
// was started from (the base). New rows are added under a row key, changed and removed rows name
// the version in the base: the one the adviser opened, or the newest after "Nieuwste versie
// ophalen", so that the typing kept through a conflict saves the second time. Rows whose content equals what is stored are not
// sent, so saving twice is harmless. Pure, unit-tested.
import type { Training } from '../../shared/case/schema.ts';
import type { Intake, TrainingChanges } from '../../shared/contract/intake.ts';
import type { TrainingRecord } from '../../shared/contract/trainings.ts';
import type { IntakeOutput } from './intakeForm.ts';

/** Stored JSON and parsed form output can differ in key order: compare by content. */
export const sameContent = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort()
        .map((k) => [k, canonical(record[k])]),
    );
  }
  return value;
};

/** Where each part of the request came from in the form, to point a refusal at its row. */
export interface ChangeRows {
  /** Index into `changes.changed` → form row. */
  readonly changed: readonly number[];
  /** Row key of an added training → form row. */
  readonly added: Readonly<Record<string, number>>;
}

export interface IntakeSave {
  readonly expectedVersion: number;
  readonly fields: IntakeOutput['fields'];
  readonly trainings: TrainingChanges;
  readonly rows: ChangeRows;
}

export const rowKey = (index: number): string => `rij-${index + 1}`;

export const intakeChanges = (base: { intake: Intake; trainings: readonly TrainingRecord[] }, output: IntakeOutput): IntakeSave => {
  const storedById = new Map(base.trainings.map((r) => [r.id, r]));
  const kept = new Set<string>();
  const added: { key: string; training: Training }[] = [];
  const changed: { id: string; expectedVersion: number; training: Training }[] = [];
  const rows: { changed: number[]; added: Record<string, number> } = { changed: [], added: {} };
  output.trainings.forEach((row, index) => {
    const stored = row.recordId ? storedById.get(row.recordId) : undefined;
    if (!stored) {
      const key = rowKey(index);
      added.push({ key, training: row.training });
      rows.added[key] = index;
      return;
    }
    kept.add(stored.id);
    if (sameContent(stored.training, row.training)) return;
    changed.push({ id: stored.id, expectedVersion: stored.version, training: row.training });
    rows.changed.push(index);
  });
  const removed = base.trainings.filter((r) => !kept.has(r.id)).map((r) => ({ id: r.id, expectedVersion: r.version }));
  return { expectedVersion: base.intake.version, fields: output.fields, trainings: { added, changed, removed }, rows };
};

/** The form row a refusal of intake.save is about ('trainings.changed.0' → its row), or null. */
export const rowOfIssue = (path: string, save: Pick<IntakeSave, 'trainings' | 'rows'>): number | null => {
  const m = /^trainings\.(added|changed|removed)\.(\d+)/.exec(path);
  if (!m) return null;
  const i = Number(m[2]);
  if (m[1] === 'changed') return save.rows.changed[i] ?? null;
  if (m[1] === 'added') {
    const key = save.trainings.added[i]?.key;
    return key === undefined ? null : (save.rows.added[key] ?? null);
  }
  return null;
};
