// Every shipped pack loads through the same parser the app uses, and every scheme test in it
// passes: one Vitest test per scheme test, so `npm test` names the one that breaks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPacksDir } from '../../electron/packs/load-dir.ts';
import { valueStatus, type Pack } from '../../shared/packs/format.ts';
import { formatIssues, parsePack } from '../../shared/packs/parse.ts';
import { runPackTests } from '../../shared/matcher/pack-tests.ts';

const dir = defaultPacksDir();
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

const load = (file: string): Pack => {
  const parsed = parsePack(JSON.parse(readFileSync(join(dir, file), 'utf8')), file);
  if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
  return parsed.pack;
};

it('ships the three reference packs', () => {
  expect(files).toEqual(['nl.json', 'regio-twente.json', 'sector.json']);
});

for (const file of files) {
  describe(file, () => {
    const pack = load(file);

    it('every scheme has at least one eligible and one ineligible scheme test', () => {
      const missing: string[] = [];
      for (const scheme of pack.schemes) {
        const verdicts = pack.tests.map((t) => t.expect.eligible?.[scheme.id]).filter((v) => v !== undefined);
        if (!verdicts.includes(true)) missing.push(`${scheme.id}: geen test waarin de klant in aanmerking komt`);
        if (!verdicts.includes(false)) missing.push(`${scheme.id}: geen test waarin de klant niet in aanmerking komt`);
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

    const outcomes = runPackTests(pack);
    for (const outcome of outcomes) {
      it(`scheme test: ${outcome.name}`, () => {
        expect(outcome.failures).toEqual([]);
        expect(outcome.passed).toBe(true);
      });
    }
  });
}
