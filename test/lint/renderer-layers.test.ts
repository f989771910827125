// Proves the renderer's layering in eslint.config.js fires (issue 8.6): the shell composes the
// features; a feature may use components/, data/, bridge/, i18n/ and shared/, but never the shell
// or another feature; the layers below never reach up. Snippets are linted as if they lived in
// each folder, like test/lint/boundaries.test.ts does for the process boundaries.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.js') });

const RULES = new Set(['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax']);

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && RULES.has(m.ruleId) && m.severity === 2).map((m) => m.message);
}

type Case = [file: string, code: string];

const forbidden: Case[] = [
  // a feature importing the shell
  ['renderer/features/intake/x.tsx', "import { App } from '../../app/App.tsx';\nexport { App };"],
  ['renderer/features/clients/x.tsx', "import { SessionView } from '../../app/SessionView.tsx';\nexport { SessionView };"],
  ['renderer/features/intake/sub/x.tsx', "import { App } from '../../../app/App.tsx';\nexport { App };"],
  ['renderer/features/intake/x.tsx', "export const load = () => import('../../app/App.tsx');"],
  // a feature importing another feature, from beside it or through features/
  ['renderer/features/intake/x.tsx', "import { MatchingView } from '../matching/MatchingView.tsx';\nexport { MatchingView };"],
  ['renderer/features/matching/x.tsx', "import { IntakeView } from '../../features/intake/IntakeView.tsx';\nexport { IntakeView };"],
  ['renderer/features/apk/sub/x.ts', "import { withChanges } from '../../intake/x.ts';\nexport { withChanges };"],
  ['renderer/features/clients/x.tsx', "export const load = () => import('../arrangement/ArrangementView.tsx');"],
  // the layers below reach up to nothing
  ['renderer/components/PageHeading.tsx', "import { App } from '../app/App.tsx';\nexport { App };"],
  ['renderer/components/x.tsx', "import { IntakeView } from '../features/intake/IntakeView.tsx';\nexport { IntakeView };"],
  ['renderer/components/matching/x.tsx', "import { IntakeView } from '../../features/intake/IntakeView.tsx';\nexport { IntakeView };"],
  ['renderer/data/x.ts', "import { Notice } from '../components/Notice.tsx';\nexport { Notice };"],
  ['renderer/data/x.ts', "import { ApkView } from '../features/apk/ApkView.tsx';\nexport { ApkView };"],
  ['renderer/bridge/x.ts', "import { change } from '../data/api.ts';\nexport { change };"],
  ['renderer/i18n/x.ts', "import { call } from '../bridge/index.ts';\nexport { call };"],
];

const allowed: Case[] = [
  ['renderer/app/x.tsx', "import { IntakeView } from '../features/intake/IntakeView.tsx';\nimport { MatchingView } from '../features/matching/MatchingView.tsx';\nexport { IntakeView, MatchingView };"],
  [
    'renderer/features/intake/x.tsx',
    "import { Notice } from '../../components/Notice.tsx';\nimport { useQuery } from '../../data/query.ts';\nimport { call } from '../../bridge/index.ts';\nimport { t } from '../../i18n/nl.ts';\nimport { formatEuro } from '../../../shared/money.ts';\nimport { CostRows } from './CostRows.tsx';\nexport { Notice, useQuery, call, t, formatEuro, CostRows };",
  ],
  ['renderer/features/intake/sub/x.ts', "import { emptyTraining } from '../intakeForm.ts';\nexport { emptyTraining };"],
  ['renderer/components/x.tsx', "import { useDossier } from '../data/session.ts';\nimport { t } from '../i18n/nl.ts';\nexport { useDossier, t };"],
  ['renderer/data/x.ts', "import { call } from '../bridge/index.ts';\nimport { t } from '../i18n/nl.ts';\nexport { call, t };"],
];

describe('renderer layers (eslint.config.js)', () => {
  it.each(forbidden)('%s refuses: %s', async (file, code) => {
    expect(await layerErrors(file, code)).not.toEqual([]);
  });

  it.each(allowed)('%s allows: %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });

  it('says what to do instead', async () => {
    const [message] = await layerErrors('renderer/features/intake/x.tsx', "import { MatchingView } from '../matching/MatchingView.tsx';\nexport { MatchingView };");
    expect(message).toMatch(/may not import another feature.*components\/ or data\//);
  });

  it('keeps the process boundaries in every layer', async () => {
    expect(await layerErrors('renderer/features/intake/x.tsx', "import fs from 'node:fs';\nfs.readFileSync('a');")).not.toEqual([]);
    expect(await layerErrors('renderer/data/x.ts', "import { openStore } from '../../db/open.ts';\nopenStore(':memory:');")).not.toEqual([]);
  });
});
