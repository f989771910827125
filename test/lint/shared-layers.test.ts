// Proves the shared/ layering in eslint.config.js fires (issue 8.6): the pack format may not
// import the matcher, nothing below the contract may import it, and the allowed direction
// still lints clean.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.js') });

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => (m.ruleId === '@typescript-eslint/no-restricted-imports' || m.ruleId === 'no-restricted-syntax') && m.severity === 2)
    .map((m) => m.message);
}

type Case = [file: string, code: string];

const upward: Case[] = [
  ['shared/packs/x.ts', "import { match } from '../matcher/index.ts';\nexport const m = match;"],
  ['shared/packs/x.ts', "import type { MatchResult } from '../matcher/result.ts';\nexport type R = MatchResult;"],
  ['shared/packs/x.ts', "export const load = () => import('../matcher/index.ts');"],
  ['shared/apk/x.ts', "import type { IntakeFields } from '../contract/intake.ts';\nexport type F = IntakeFields;"],
  ['shared/case/x.ts', "import { contract } from '../contract/index.ts';\nexport const c = contract;"],
  ['shared/case/x.ts', "import { facts } from '../packs/facts.ts';\nexport const f = facts;"],
  ['shared/dates/x.ts', "import { caseFileSchema } from '../case/schema.ts';\nexport const s = caseFileSchema;"],
  ['shared/validation/x.ts', "import { packSchema } from '../packs/format.ts';\nexport const s = packSchema;"],
  ['shared/labels/x.ts', "import { valueLabel } from '../matcher/labels.ts';\nexport const v = valueLabel;"],
  ['shared/matcher/x.ts', "import { contract } from '../contract/index.ts';\nexport const c = contract;"],
  ['shared/matcher/deep/x.ts', "import { contract } from '../../contract/index.ts';\nexport const c = contract;"],
  ['shared/contract/x.ts', "import { documentHtml } from '../arrangements/document.ts';\nexport const d = documentHtml;"],
];

const downward: Case[] = [
  ['shared/matcher/x.ts', "import { parsePack } from '../packs/parse.ts';\nexport const p = parsePack;"],
  ['shared/apk/x.ts', "import type { IntakeFields } from '../case/situation.ts';\nexport type F = IntakeFields;"],
  ['shared/contract/x.ts', "import { match } from '../matcher/index.ts';\nexport const m = match;"],
  ['shared/arrangements/x.ts', "import { contract } from '../contract/index.ts';\nexport const c = contract;"],
  ['shared/packs/x.ts', "import { isIsoDate } from '../dates/index.ts';\nimport { clip } from '../validation/dutch.ts';\nexport const f = [isIsoDate, clip];"],
];

describe('shared/ layers', () => {
  it.each(upward)('%s may not import upward: %s', async (file, code) => {
    const errors = await boundaryErrors(file, code);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(/shared\/ is layered/);
  });

  it.each(downward)('%s may import downward: %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });

  it('keeps the process boundaries in a layered folder', async () => {
    expect(await boundaryErrors('shared/packs/x.ts', "import { readFileSync } from 'node:fs';\nreadFileSync('a');")).not.toEqual([]);
    expect(await boundaryErrors('shared/matcher/x.ts', "import { openStore } from '../../db/open.ts';\nopenStore(':memory:');")).not.toEqual([]);
  });
});
