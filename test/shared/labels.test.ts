// One Dutch label table per enum (issue 8.5): every coded value has exactly one wording, which
// the screens, the client's PDF and the matcher's sentences all use. The source scan proves a
// label text is typed in one place only, so the three drifting copies cannot come back.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apkAnswers } from '../../shared/apk/checklist.ts';
import { originLabels, statusLabels } from '../../shared/arrangements/labels.ts';
import {
  agencyPhases, benefitKinds, contractKinds, costCategories, educationLevels, mboPathways, recognitions, skillLevels,
  trainingKinds, trainingLevels, trainingPurposes, tuitionKinds, workStatuses,
} from '../../shared/case/schema.ts';
import { arrangementOrigins, arrangementStatuses } from '../../shared/contract/arrangements.ts';
import { apkAnswerLabels } from '../../shared/labels/apk.ts';
import * as caseLabels from '../../shared/labels/case.ts';
import { applicantLabels, nlqfLevelLabels, schemeKindForClient, schemeKindLabels, schemeKindMeaning } from '../../shared/labels/packs.ts';
import { inSentence } from '../../shared/labels/text.ts';
import { categoryLabel, factLabelTable, valueLabel } from '../../shared/matcher/labels.ts';
import { facts, nlqfLevels } from '../../shared/packs/facts.ts';
import { applicants, schemeKinds } from '../../shared/packs/format.ts';

const root = path.resolve(import.meta.dirname, '../..');

const tables: [string, readonly string[], Readonly<Record<string, string>>][] = [
  ['educationLevel', educationLevels, caseLabels.educationLevelLabels],
  ['workStatus', workStatuses, caseLabels.workStatusLabels],
  ['contract', contractKinds, caseLabels.contractLabels],
  ['benefit', benefitKinds, caseLabels.benefitLabels],
  ['skill', skillLevels, caseLabels.skillLabels],
  ['trainingKind', trainingKinds, caseLabels.trainingKindLabels],
  ['mboPathway', mboPathways, caseLabels.mboPathwayLabels],
  ['trainingLevel', trainingLevels, caseLabels.trainingLevelLabels],
  ['recognition', recognitions, caseLabels.recognitionLabels],
  ['purpose', trainingPurposes, caseLabels.trainingPurposeLabels],
  ['costCategory', costCategories, caseLabels.costCategoryLabels],
  ['agencyPhase', agencyPhases, caseLabels.agencyPhaseLabels],
  ['tuitionKind', tuitionKinds, caseLabels.tuitionKindLabels],
  ['nlqfLevel', nlqfLevels, nlqfLevelLabels],
  ['schemeKind', schemeKinds, schemeKindLabels],
  ['applicant', applicants, applicantLabels],
  ['apkAnswer', apkAnswers, apkAnswerLabels],
  ['arrangementStatus', arrangementStatuses, statusLabels],
  ['arrangementOrigin', arrangementOrigins, originLabels],
];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.(ts|tsx)$/.test(entry.name)) out.push(rel);
  }
  return out;
}

/**
 * Renderer files that still type their own copies of these texts, to be switched to
 * renderer/features/common/labels.ts by the renderer work of issue 8. The last test fails once a
 * file here no longer holds a copy, so the list only shrinks.
 */
const pending = new Set<string>([]);

// Texts so short or general that they also occur with another meaning (a yes/no answer, a
// column heading): counted per table, not across the tree.
const general = new Set(['Ja', 'Nee', 'Lening', 'Status', 'Onbekend']);

describe('one Dutch label table per enum', () => {
  it.each(tables)('%s: every value has a wording, and no two values share one', (_name, values, table) => {
    expect(Object.keys(table).sort()).toEqual([...values].sort());
    for (const v of values) expect(table[v]?.trim()).toBeTruthy();
    expect(new Set(Object.values(table)).size).toBe(values.length);
  });

  it('every enum fact a rule can test reads its words from a table', () => {
    for (const [name, def] of Object.entries(facts)) {
      if (def.type.kind !== 'enum' && def.type.kind !== 'set') continue;
      const table = factLabelTable(name);
      expect(table, `${name}: give it a table in shared/labels/ and map it in shared/matcher/labels.ts`).toBeDefined();
      for (const v of def.type.values) {
        expect(table?.[v], `${name}=${v}`).toBeTruthy();
        expect(valueLabel(name, v)).toBe(inSentence(table![v]!));
      }
    }
  });

  it('the matcher uses the screen wording in its sentence form', () => {
    expect(valueLabel('work.status', 'employed')).toBe('in loondienst');
    expect(valueLabel('work.benefit', 'ww')).toBe('WW-uitkering');
    expect(valueLabel('work.contract', 'none')).toBe('geen contract');
    expect(valueLabel('work.benefit', 'none')).toBe('geen uitkering');
    expect(categoryLabel('wage-loss')).toBe('gemist loon tijdens de opleiding');
    expect(categoryLabel('wage-loss')).toBe(inSentence(caseLabels.costCategoryLabels['wage-loss']));
    expect(valueLabel('work.status', 'a-new-code')).toBe('a-new-code');
  });

  it('the PDF explains a kind with the same word the screen shows', () => {
    expect(schemeKindForClient('grant')).toBe(`${schemeKindLabels.grant}, ${schemeKindMeaning.grant}`);
    expect(schemeKindForClient('offer')).toBe(schemeKindLabels.offer);
  });

  const texts = [...new Set(tables.flatMap(([, , table]) => Object.values(table)))].filter((t) => !general.has(t));
  const files = ['shared', 'electron', 'db', 'renderer'].flatMap(sourceFiles);
  const where = new Map<string, string[]>();
  for (const file of files) {
    const src = readFileSync(path.join(root, file), 'utf8');
    for (const text of texts) {
      if (src.includes(`'${text}'`) || src.includes(`\`${text}\``)) where.set(text, [...(where.get(text) ?? []), file]);
    }
  }

  it('each label text is typed in one source file only', () => {
    const copies = [...where].map(([text, in_]) => [text, in_.filter((f) => !pending.has(f))] as const).filter(([, in_]) => in_.length !== 1);
    expect(copies).toEqual([]);
  });

  it('the old, drifting words are gone from shared/ and electron/', () => {
    const old = ['loonderving', 'Gemist loon', 'Loonkosten tijdens de opleiding', 'Subsidie, hoeft u niet terug te betalen'];
    for (const file of files.filter((f) => f.startsWith('shared/') || f.startsWith('electron/'))) {
      const src = readFileSync(path.join(root, file), 'utf8');
      for (const text of old) expect(src.includes(`'${text}'`), `${text} in ${file}`).toBe(false);
    }
  });

  it('the files still pending a switch do still hold copies (remove them from the list once switched)', () => {
    const holding = new Set([...where.values()].flat());
    for (const file of pending) expect(holding.has(file), file).toBe(true);
  });
});
