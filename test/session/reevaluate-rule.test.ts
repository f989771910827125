// The incremental rule of shared/arrangements/reevaluate.ts: only arrangements whose outcome can
// depend on a changed scheme are matched again. Soundness is checked against matching everything
// again: on generated packs and cases, every arrangement whose outcome really changed was picked.
import { describe, expect, it } from 'vitest';
import { generateCases, generatePack } from '../../bench/generate.ts';
import { computeArrangement, packRefs } from '../../shared/arrangements/compute.ts';
import { beforeOf, compareWithNew, mayChange, planChanges, Reevaluator, reevaluationMessage } from '../../shared/arrangements/reevaluate.ts';
import type { CaseFile } from '../../shared/case/schema.ts';
import type { RecordedOverride } from '../../shared/contract/arrangements.ts';
import type { Pack } from '../../shared/packs/format.ts';
import { parsePack } from '../../shared/packs/parse.ts';

const parse = (json: unknown): Pack => {
  const r = parsePack(json, 'bench.json');
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.pack;
};

type Json = { version: string; schemes: Array<{ id: string; parameters: Record<string, { unit: string; values: Array<{ from: string; value: number | null }> }> }> };

/** The same generated pack, version 2, with the money figures of the chosen schemes lowered by a fifth. */
const lowered = (json: Json, ids: readonly string[]): Pack => {
  const copy = structuredClone(json);
  copy.version = '2.0.0';
  for (const s of copy.schemes) {
    if (!ids.includes(s.id)) continue;
    for (const p of Object.values(s.parameters)) if (p.unit === 'cents') for (const v of p.values) if (v.value !== null) v.value = Math.floor(v.value * 0.8);
  }
  return parse(copy);
};

const stored = (c: CaseFile, packs: Pack[], overrides: RecordedOverride[] = []) => {
  const out = computeArrangement(c, packs, overrides);
  if (!out.ok) throw new Error('compute');
  return { a: { case: c, overrides, packs: out.value.packs }, result: out.value.result };
};

describe('incremental re-evaluation', () => {
  const json = generatePack(60, 7) as unknown as Json;
  const v1 = parse(json);
  const cases = generateCases(400, 7);
  const old = (ref: { id: string; version: string }) => (ref.version === v1.version ? v1 : null);

  it('is sound: every arrangement whose outcome changes is picked, for each of several changed schemes', () => {
    const saved = cases.map((c) => stored(c, [v1]));
    // Schemes that pay something somewhere, so their change matters to someone.
    const hasMoney = (id: string) => Object.values(json.schemes.find((x) => x.id === id)!.parameters).some((p) => p.unit === 'cents' && p.values.some((v) => v.value !== null));
    const paying = [...new Set(saved.flatMap((s) => s.result.lines.map((l) => l.schemeId)))].filter(hasMoney).slice(0, 6);
    expect(paying.length).toBeGreaterThan(2);
    let changedTotal = 0;
    let skippedTotal = 0;
    for (const id of paying) {
      const v2 = lowered(json, [id]);
      const plan = planChanges(saved[0]!.a.packs, [v2], old);
      expect([...plan.changed!.keys()]).toEqual([id]);
      for (const s of saved) {
        const full = compareWithNew(s.a, plan, [v2], beforeOf(s.result));
        const picked = mayChange(s.a, plan);
        if (full.changed) {
          expect(picked).toBe(true);
          changedTotal++;
        }
        if (!picked) skippedTotal++;
      }
    }
    expect(changedTotal).toBeGreaterThan(0);
    // The point of it: most arrangements are not matched again.
    expect(skippedTotal).toBeGreaterThan(paying.length * cases.length * 0.5);
  });

  it('an arrangement on the packs in use is not looked at; one on an unknown old version is matched whole', () => {
    const s = stored(cases[0]!, [v1]);
    const same = new Reevaluator([v1], old);
    expect(same.check(s.a, () => expect.fail('not read'))).toEqual({ changed: false, recomputed: false });
    const v2 = lowered(json, []);
    const gone = new Reevaluator([v2], () => null);
    expect(gone.plan(s.a.packs).changed).toBeNull();
    expect(mayChange(s.a, gone.plan(s.a.packs))).toBe(true);
  });

  it('a newly added scheme that fits the case brings the arrangement in; one that fits no case does not', () => {
    // Version 1 without the scheme, version 2 with it: "added".
    const withoutJson = structuredClone(json);
    const saved = cases.map((c) => stored(c, [v1]));
    const paying = saved.flatMap((s) => s.result.lines.map((l) => l.schemeId));
    const target = paying[0]!;
    withoutJson.schemes = withoutJson.schemes.filter((s) => s.id !== target);
    const without = parse({ ...withoutJson, version: '1.0.0' });
    const v2 = parse({ ...structuredClone(json), version: '2.0.0' });
    const before = cases.map((c) => stored(c, [without]));
    const plan = planChanges(before[0]!.a.packs, [v2], (r) => (r.version === '1.0.0' ? without : null));
    expect([...plan.changed!.keys()]).toEqual([target]);
    expect(plan.changed!.get(target)!.changes).toEqual([expect.stringMatching(/^Nieuwe regeling, geldig vanaf \d\d-\d\d-\d{4}\.$/)]);
    let picked = 0;
    for (const s of before) {
      const full = compareWithNew(s.a, plan, [v2], beforeOf(s.result));
      if (full.changed) expect(mayChange(s.a, plan)).toBe(true);
      if (mayChange(s.a, plan)) picked++;
    }
    expect(picked).toBeGreaterThan(0);
    expect(picked).toBeLessThan(cases.length);
  });

  it('an adjustment naming a changed scheme is re-checked, and one that no longer fits is reported, not hidden', () => {
    const s0 = cases.map((c) => stored(c, [v1])).find((s) => s.result.lines.length > 0)!;
    const line = s0.result.lines[0]!;
    const limit: RecordedOverride = { kind: 'limit-amount', schemeId: line.schemeId, amountCents: line.amountCents, reason: 'Afgesproken met de werkgever', by: 'A', at: '2026-01-01T00:00:00.000Z' };
    const s = stored(s0.a.case, [v1], [limit]);
    const v2 = lowered(json, [line.schemeId]);
    const plan = planChanges(s.a.packs, [v2], old);
    expect(mayChange(s.a, plan)).toBe(true);
    const out = compareWithNew(s.a, plan, [v2], beforeOf(s.result));
    expect(out.changed).toBe(true);
    if (out.changed && out.detail.after === null) {
      expect(out.detail.problem).toMatch(/^Een aanpassing van de adviseur past niet meer bij de nieuwe regelingen: .*Open het arrangement en pas de aanpassing aan\.$/);
    }
  });

  it('words the alert as the issue asks', () => {
    expect(reevaluationMessage([{ title: 'Twente', version: '1.4.0' }], 3)).toBe('Door Twente 1.4.0 veranderen 3 arrangementen.');
    expect(reevaluationMessage([{ title: 'Twente', version: '1.4.0' }, { title: 'OOM', version: '2.0.0' }], 1)).toBe('Door Twente 1.4.0 en OOM 2.0.0 verandert 1 arrangement.');
    expect(packRefs([v1])).toEqual([{ id: v1.id, version: v1.version }]);
  });
});
