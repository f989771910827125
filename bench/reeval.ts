// Re-evaluation benchmark (issue 9, item 8): 10,000 open arrangements made with a 500-scheme pack,
// then version 2 of that pack with one scheme changed (its money figures lowered by a fifth).
// Timed: the incremental rule over all 10,000 (shared/arrangements/reevaluate.ts), including
// matching again whole, and rendering the explanations of, only the arrangements whose outcome
// can change. The stored outcomes come from the batch run of the matcher bench (the 10,000
// cases matched with version 1), as the service reads them from the store; reading and parsing
// the store is left out here as it is for batch10kSeconds, so the two compare like for like.
import { performance } from 'node:perf_hooks';
import { Reevaluator, type BeforeOutcome } from '../shared/arrangements/reevaluate.ts';
import { packRefs } from '../shared/arrangements/compute.ts';
import type { CaseFile } from '../shared/case/schema.ts';
import type { Pack } from '../shared/packs/format.ts';
import { formatIssues, parsePack } from '../shared/packs/parse.ts';
import { generatePack } from './generate.ts';

export interface ReevalBenchResult {
  readonly seconds: number;
  readonly arrangements: number;
  /** The changed scheme, and in how many of the arrangements it fitted before. */
  readonly changedScheme: string;
  readonly fittedBefore: number;
  /** Matched again whole (the rest were settled by evaluating the changed scheme alone). */
  readonly recomputed: number;
  /** Outcomes that really changed (items for the adviser). */
  readonly changed: number;
}

type Json = { version: string; schemes: Array<{ id: string; parameters: Record<string, { unit: string; values: Array<{ value: number | null }> }> }> };

const hasMoney = (s: Json['schemes'][number]): boolean => Object.values(s.parameters).some((p) => p.unit === 'cents' && p.values.some((v) => v.value !== null && v.value > 0));

/**
 * A typical scheme, not the most popular: of the schemes with a money figure that pay something
 * in at least one arrangement (so lowering it changes outcomes), the one with the median number
 * of arrangements it pays in. `fits` counts the arrangements it fitted (eligible) before.
 */
const pickScheme = (json: Json, outcomes: readonly BeforeOutcome[]): { id: string; fits: number } => {
  const pays = new Map<string, number>();
  const fits = new Map<string, number>();
  for (const o of outcomes) {
    for (const id of new Set(o.lines.map((l) => l.schemeId))) pays.set(id, (pays.get(id) ?? 0) + 1);
    for (const id of o.eligible) fits.set(id, (fits.get(id) ?? 0) + 1);
  }
  const paying = json.schemes.filter((s) => hasMoney(s) && (pays.get(s.id) ?? 0) > 0).map((s) => ({ id: s.id, pays: pays.get(s.id)! }));
  paying.sort((a, b) => a.pays - b.pays || (a.id < b.id ? -1 : 1));
  const id = paying[Math.floor(paying.length / 2)]!.id;
  return { id, fits: fits.get(id) ?? 0 };
};

export function runReevalBench(v1: Pack, cases: readonly CaseFile[], outcomes: readonly BeforeOutcome[]): ReevalBenchResult {
  const json = generatePack(500) as unknown as Json;
  const { id, fits } = pickScheme(json, outcomes);
  json.version = '2.0.0';
  for (const p of Object.values(json.schemes.find((s) => s.id === id)!.parameters)) {
    if (p.unit === 'cents') for (const v of p.values) if (v.value !== null) v.value = Math.floor(v.value * 0.8);
  }
  const parsed = parsePack(json, 'bench-500-v2.json');
  if (!parsed.ok) throw new Error(`Versie 2 van het benchpakket is ongeldig:\n${formatIssues(parsed.issues)}`);
  const v2 = parsed.pack;
  const refs = packRefs([v1]);
  const arrangements = cases.map((c) => ({ case: c, overrides: [], packs: refs }));

  const t0 = performance.now();
  const r = new Reevaluator([v2], (ref) => (ref.id === v1.id && ref.version === v1.version ? v1 : null));
  let changed = 0;
  for (let i = 0; i < arrangements.length; i++) {
    const out = r.check(arrangements[i]!, () => outcomes[i]!);
    if (out.changed) changed++;
  }
  const seconds = (performance.now() - t0) / 1000;
  return { seconds: Number(seconds.toFixed(3)), arrangements: arrangements.length, changedScheme: id, fittedBefore: fits, recomputed: r.recomputed, changed };
}
