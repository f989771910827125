// Every shipped pack loads through the same parser the app uses, and every scheme test in it
// passes: one Vitest test per scheme test, so `npm test` names the one that breaks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPacksDir } from '../../electron/packs/load-dir.ts';
import type { Pack } from '../../shared/packs/format.ts';
import { formatIssues, parsePack } from '../../shared/packs/parse.ts';
import { runPackTests } from '../../shared/packs/run-tests.ts';

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

    it('every parameter with an unknown figure is marked unverified, and every source has a URL', () => {
      for (const scheme of pack.schemes) {
        for (const [id, p] of Object.entries(scheme.parameters)) {
          if (p.values.some((v) => v.value === null)) expect(p.verified, `${scheme.id}.${id}`).toBe(false);
          if (!p.verified) expect(p.note, `${scheme.id}.${id} needs a note saying why it is unverified`).toBeTruthy();
        }
      }
      for (const [id, s] of Object.entries(pack.sources)) expect(s.url, id).toMatch(/^https?:\/\//);
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
