// Three-way merge of an adviser's unsaved form against what another tab (or the desktop app next
// to browser mode) saved in the meantime. Joplin's lesson: a "mine wins" or "theirs wins" rule
// silently undoes somebody's change. Here a field is taken from whoever changed it since the
// version the adviser opened (the base); only a field that BOTH changed, to different values, is
// a conflict, and the adviser chooses. Nothing is decided silently.
//
// Plain objects merge per key, recursively. Arrays and primitives are leaves: a list of cost
// items is one answer the adviser gave, and merging it item by item would invent a list nobody
// typed. Lists of records with an identity (the candidate trainings) merge per record through
// mergeById.

export type MergePath = readonly (string | number)[];

export interface MergeConflict {
  readonly path: MergePath;
  readonly base: unknown;
  readonly mine: unknown;
  readonly theirs: unknown;
}

export interface MergeOutcome<T> {
  /** Every change of both sides; at a conflict the stored (theirs) value until the adviser chooses. */
  readonly merged: T;
  readonly conflicts: readonly MergeConflict[];
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Structural equality for JSON-like values; key order does not matter. */
export const sameValue = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!sameValue(a[k], b[k])) return false;
    return true;
  }
  return false;
};

const mergeAt = (path: MergePath, base: unknown, mine: unknown, theirs: unknown, conflicts: MergeConflict[]): unknown => {
  if (sameValue(mine, base)) return theirs;
  if (sameValue(theirs, base) || sameValue(mine, theirs)) return mine;
  if (isPlainObject(base) && isPlainObject(mine) && isPlainObject(theirs)) {
    const out: Record<string, unknown> = {};
    const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
    for (const k of keys) {
      const value = mergeAt([...path, k], base[k], mine[k], theirs[k], conflicts);
      if (value !== undefined) out[k] = value;
    }
    return out;
  }
  conflicts.push({ path, base, mine, theirs });
  return theirs;
};

export const mergeThreeWay = <T>(base: T, mine: T, theirs: T): MergeOutcome<T> => {
  const conflicts: MergeConflict[] = [];
  const merged = mergeAt([], base, mine, theirs, conflicts) as T;
  return { merged, conflicts };
};

/**
 * Records with an identity. A record only the adviser added stays; one only the other side added
 * appears. Removing a record the other side changed (or changing one they removed) is a conflict
 * on the whole record: `mine` or `theirs` is then `undefined` for the removed side, and the record
 * is kept in the merged list until the adviser chooses, because a removal is the one change that
 * cannot be undone by typing.
 */
export const mergeById = <T>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  idOf: (record: T) => string | null,
  path: MergePath = [],
): MergeOutcome<T[]> => {
  const conflicts: MergeConflict[] = [];
  const index = (list: readonly T[]) => {
    const map = new Map<string, T>();
    for (const r of list) {
      const id = idOf(r);
      if (id !== null) map.set(id, r);
    }
    return map;
  };
  const baseById = index(base);
  const theirsById = index(theirs);
  const merged: T[] = [];
  const seen = new Set<string>();
  // The adviser's order first: it is what they see in the form.
  for (const m of mine) {
    const id = idOf(m);
    if (id === null) {
      merged.push(m);
      continue;
    }
    seen.add(id);
    const b = baseById.get(id);
    const t = theirsById.get(id);
    if (b === undefined) {
      merged.push(t === undefined ? m : mergeThreeWay(t, m, t).merged);
      continue;
    }
    if (t === undefined) {
      if (sameValue(m, b)) continue; // they removed it and the adviser did not touch it
      conflicts.push({ path: [...path, id], base: b, mine: m, theirs: undefined });
      merged.push(m);
      continue;
    }
    const one = mergeAt([...path, id], b, m, t, conflicts) as T;
    merged.push(one);
  }
  for (const t of theirs) {
    const id = idOf(t);
    if (id === null || seen.has(id)) continue;
    const b = baseById.get(id);
    if (b === undefined) {
      merged.push(t); // added by the other side
      continue;
    }
    if (sameValue(t, b)) continue; // the adviser removed it and nobody changed it since
    conflicts.push({ path: [...path, id], base: b, mine: undefined, theirs: t });
    merged.push(t);
  }
  return { merged, conflicts };
};
