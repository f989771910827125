// Every shipped pack loads through the same parser the app uses, and every scheme test in it
// passes: one Vitest test per scheme test, so `npm test` names the one that breaks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPacksDir } from '../../electron/packs/load-dir.ts';
import { valueStatus, type Pack, type RuleNode } from '../../shared/packs/format.ts';
import { formatIssues, parseCase, parsePack } from '../../shared/packs/parse.ts';
import { mergeCase, runPackTests } from '../../shared/matcher/pack-tests.ts';
import { match } from '../../shared/matcher/index.ts';

const dir = defaultPacksDir();
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

const load = (file: string): Pack => {
  const parsed = parsePack(JSON.parse(readFileSync(join(dir, file), 'utf8')), file);
  if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
  return parsed.pack;
};

it('ships the reference packs: national, sector, Twente and the filled municipal example', () => {
  expect(files).toEqual(['gemeente-maastricht.json', 'nl.json', 'regio-twente.json', 'sector.json']);
});

it('the municipal template loads, is not shipped as a pack, and invents no amount', () => {
  const parsed = parsePack(JSON.parse(readFileSync(join(dir, 'templates', 'gemeente.json'), 'utf8')), 'templates/gemeente.json');
  if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
  expect(parsed.pack.id).toBe('gemeente.naam');
  for (const s of parsed.pack.schemes) {
    expect(s.id.startsWith('gemeente.naam.')).toBe(true);
    for (const p of Object.values(s.parameters)) if (p.unit === 'cents') expect(p.values.every((v) => v.value === null && valueStatus(p, v) === 'unknown')).toBe(true);
  }
  expect(runPackTests(parsed.pack).filter((o) => !o.passed)).toEqual([]);
});

for (const file of files) {
  describe(file, () => {
    const pack = load(file);

    it('every scheme has at least one eligible and one ineligible scheme test', () => {
      const missing: string[] = [];
      for (const scheme of pack.schemes) {
        const verdicts = pack.tests.map((t) => t.expect.eligible?.[scheme.id]).filter((v) => v !== undefined);
        if (!verdicts.includes(true)) missing.push(`${scheme.id}: geen test waarin de cliënt in aanmerking komt`);
        if (!verdicts.includes(false)) missing.push(`${scheme.id}: geen test waarin de cliënt niet in aanmerking komt`);
      }
      expect(missing).toEqual([]);
    });

    it('every ineligible expectation also says which rules fail', () => {
      const vague: string[] = [];
      for (const t of pack.tests) {
        for (const [id, eligible] of Object.entries(t.expect.eligible ?? {})) {
          if (!eligible && !t.expect.failedRules?.[id]) vague.push(`${t.name}: ${id}`);
        }
      }
      expect(vague).toEqual([]);
    });

    it('every figure has a source (title and URL), a verification date and an explicit status', () => {
      const problems: string[] = [];
      const sourceOk = (id: string | undefined, where: string) => {
        const s = id === undefined ? undefined : pack.sources[id];
        if (!s) problems.push(`${where}: bron "${id}" ontbreekt`);
        else if (!s.title || !/^https?:\/\//.test(s.url ?? '')) problems.push(`${where}: bron "${id}" heeft geen titel of webadres`);
      };
      for (const scheme of pack.schemes) {
        for (const [id, p] of Object.entries(scheme.parameters)) {
          const where = `${scheme.id}.${id}`;
          sourceOk(p.source, where);
          if (!/^\d{4}-\d{2}-\d{2}$/.test(p.lastVerified)) problems.push(`${where}: geen datum van controle`);
          // The v1 `verified` flag alone is not enough for a shipped pack: say how sure it is.
          if (p.status === undefined) problems.push(`${where}: geen "status"`);
          p.values.forEach((v, i) => {
            const status = valueStatus(p, v);
            if (v.source) sourceOk(v.source, `${where}.values[${i}]`);
            if (status === 'disputed') (v.claims ?? []).forEach((c, ci) => sourceOk(c.source, `${where}.values[${i}].claims[${ci}]`));
            if (status !== 'verified' && !p.note && !v.note) problems.push(`${where}.values[${i}]: status "${status}" zonder toelichting (note)`);
          });
        }
      }
      for (const [id, s] of Object.entries(pack.sources)) if (!/^https?:\/\//.test(s.url ?? '')) problems.push(`bron ${id}: geen webadres`);
      expect(problems).toEqual([]);
    });

    it('every rule and every stacking mode names its source', () => {
      const missing: string[] = [];
      for (const scheme of pack.schemes) {
        if (!scheme.stacking.source) missing.push(`${scheme.id}: stacking zonder bron`);
        if (scheme.sources.length === 0) missing.push(`${scheme.id}: geen bronnen`);
      }
      expect(missing).toEqual([]);
    });

    it('every rule passes in one scheme test and fails in another, and every dated figure is read by a test', () => {
      const seen = new Map<string, Set<boolean>>();
      const read = new Set<string>();
      for (const t of pack.tests) {
        const parsed = parseCase(mergeCase(pack.testBaseCase, t.case), t.name);
        if (!parsed.ok) continue; // reported by the scheme test itself
        for (const e of match(parsed.caseFile, [pack]).evaluations) {
          for (const r of e.reasons) {
            const key = `${e.schemeId} ${r.rule}`;
            if (!seen.has(key)) seen.set(key, new Set());
            seen.get(key)!.add(r.passed);
          }
          for (const f of e.figures ?? []) read.add(`${e.schemeId} ${f.parameter} ${f.from}`);
        }
      }
      const missing: string[] = [];
      for (const scheme of pack.schemes) {
        const leaves: string[] = [];
        const walk = (n: RuleNode): void => {
          if ('all' in n) n.all.forEach(walk);
          else if ('any' in n) n.any.forEach(walk);
          else if ('not' in n) walk(n.not);
          else leaves.push(n.id);
        };
        walk(scheme.eligibility);
        for (const id of leaves) {
          const outcomes = seen.get(`${scheme.id} ${id}`) ?? new Set();
          if (!outcomes.has(true)) missing.push(`${scheme.id} ${id}: geen test waarin de regel geldt`);
          if (!outcomes.has(false)) missing.push(`${scheme.id} ${id}: geen test waarin de regel niet geldt`);
        }
        for (const [pid, p] of Object.entries(scheme.parameters)) {
          for (const v of p.values) {
            if (!read.has(`${scheme.id} ${pid} ${v.from}`)) missing.push(`${scheme.id} ${pid} vanaf ${v.from}: geen test die dit getal leest`);
          }
        }
      }
      expect(missing).toEqual([]);
    });

    const outcomes = runPackTests(pack);
    for (const outcome of outcomes) {
      it(`scheme test: ${outcome.name}`, () => {
        expect(outcome.failures).toEqual([]);
        expect(outcome.passed).toBe(true);
      });
    }
  });
}
