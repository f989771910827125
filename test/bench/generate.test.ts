// The benchmark only means something if its data is valid, the same on every run, and shaped like
// the real world (most schemes fail for any one client).
import { describe, expect, it } from 'vitest';
import { generateCases, generatePack } from '../../bench/generate.ts';
import { match } from '../../shared/matcher/index.ts';
import { formatIssues, parseCase, parsePack } from '../../shared/packs/parse.ts';

describe('bench generator', () => {
  it('is deterministic', () => {
    expect(generatePack(50)).toEqual(generatePack(50));
    expect(generateCases(20)).toEqual(generateCases(20));
  });

  it('makes packs that load through the app parser', () => {
    for (const size of [50, 500]) {
      const r = parsePack(generatePack(size), `bench-${size}.json`);
      if (!r.ok) throw new Error(formatIssues(r.issues));
      expect(r.pack.schemes).toHaveLength(size);
    }
  });

  it('makes valid case files', () => {
    for (const c of generateCases(500)) {
      const r = parseCase(c, 'bench-case.json');
      if (!r.ok) throw new Error(formatIssues(r.issues));
    }
  });

  it('leaves most schemes ineligible for a given case, but not all', () => {
    const r = parsePack(generatePack(500), 'bench-500.json');
    if (!r.ok) throw new Error(formatIssues(r.issues));
    const cases = generateCases(200);
    let eligible = 0;
    for (const c of cases) eligible += match(c, [r.pack]).evaluations.filter((e) => e.eligible).length;
    const mean = eligible / cases.length;
    expect(mean).toBeGreaterThan(2);
    expect(mean).toBeLessThan(50);
  });
});
