// Who changed what about an arrangement: an override keeps the adviser and time of the save
// that introduced it, however many versions later it is still in force, and the history lists
// when each override was added and when it was taken away.
import type {
  ArrangementVersion,
  OverrideInput,
  RecordedOverride,
} from '../contract/arrangements.ts';

/** The content of an override, without who/when: what makes two overrides "the same". */
const contentKey = (o: OverrideInput | RecordedOverride): string =>
  JSON.stringify([o.kind, 'schemeId' in o ? o.schemeId : null, 'amountCents' in o ? o.amountCents : null, o.reason]);

const recordKey = (o: RecordedOverride): string => `${contentKey(o)}|${o.by}|${o.at}`;

const record = (o: OverrideInput, by: string, at: string): RecordedOverride => {
  switch (o.kind) {
    case 'exclude-scheme':
      return { kind: o.kind, schemeId: o.schemeId, reason: o.reason, by, at };
    case 'limit-amount':
      return { kind: o.kind, schemeId: o.schemeId, amountCents: o.amountCents, reason: o.reason, by, at };
    case 'employer-contribution':
      return { kind: o.kind, amountCents: o.amountCents, reason: o.reason, by, at };
  }
};

/**
 * Stamps each override with who and when. One that the previous version already had, unchanged,
 * keeps its original stamp; `fresh` lists the indexes that are new (they need an adviser name).
 */
export function recordOverrides(
  inputs: readonly OverrideInput[],
  previous: readonly RecordedOverride[],
  by: string,
  at: string,
): { overrides: RecordedOverride[]; fresh: number[] } {
  const pool = [...previous];
  const fresh: number[] = [];
  const overrides = inputs.map((o, i) => {
    const k = contentKey(o);
    const at_ = pool.findIndex((p) => contentKey(p) === k);
    if (at_ >= 0) return pool.splice(at_, 1)[0]!;
    fresh.push(i);
    return record(o, by, at);
  });
  return { overrides, fresh };
}

export interface OverrideHistoryEntry {
  version: number;
  change: 'added' | 'removed';
  by: string;
  at: string;
  override: RecordedOverride;
}

/** Added and removed overrides, version by version (versions oldest first). */
export function overrideHistory(versions: readonly ArrangementVersion[]): OverrideHistoryEntry[] {
  const entries: OverrideHistoryEntry[] = [];
  let before: RecordedOverride[] = [];
  for (const v of versions) {
    const nowKeys = new Set(v.overrides.map(recordKey));
    const beforeKeys = new Set(before.map(recordKey));
    for (const o of v.overrides) if (!beforeKeys.has(recordKey(o))) entries.push({ version: v.version, change: 'added', by: o.by, at: o.at, override: o });
    for (const o of before) if (!nowKeys.has(recordKey(o))) entries.push({ version: v.version, change: 'removed', by: v.savedBy, at: v.savedAt, override: o });
    before = v.overrides;
  }
  return entries;
}
