// Runs a pack's scheme tests (in the spirit of OpenFisca's YAML tests): each test's case is
// merged over the pack's testBaseCase, validated like any case file, matched against this pack
// alone, and compared with what the test expects. Failures are Dutch sentences a regional team
// can act on: which scheme, what was expected, what came out. Pure: no I/O.
// It sits with the matcher, not in shared/packs: it runs the matcher, and packs are the layer
// below it (the pack format may not depend on the code that evaluates it).
import { formatEuro } from '../money.ts';
import type { Pack, SchemeTest } from '../packs/format.ts';
import { formatIssues, parseCase } from '../packs/parse.ts';
import { match } from './index.ts';
import type { ArrangementResult, FundingLine } from './result.ts';

export interface PackTestOutcome {
  readonly name: string;
  readonly passed: boolean;
  readonly failures: string[];
}

export interface RunPackTestsOptions {
  /** Run only the tests with these names (e.g. the one test an editor is looking at). */
  readonly names?: readonly string[];
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Objects merge key by key; arrays and other values replace what the base had. */
export const mergeCase = (base: unknown, patch: unknown): unknown => {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch === undefined ? base : patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) out[key] = mergeCase(base[key], value);
  return out;
};

const list = (ids: readonly string[]): string => (ids.length === 0 ? '(geen)' : ids.join(', '));

const lineText = (l: { schemeId: string; amountCents: number; kind?: string | undefined }): string =>
  `${l.schemeId}${l.kind ? ` (${l.kind})` : ''} ${formatEuro(l.amountCents)}`;

const compareLines = (expected: NonNullable<SchemeTest['expect']['lines']>, actual: readonly FundingLine[]): string[] => {
  const left = [...actual];
  const missing: string[] = [];
  // Lines with a kind first, so an expectation without a kind cannot take the line another
  // expectation names exactly.
  const ordered = [...expected].sort((a, b) => (a.kind ? 0 : 1) - (b.kind ? 0 : 1));
  for (const want of ordered) {
    const i = left.findIndex((l) => l.schemeId === want.schemeId && l.amountCents === want.amountCents && (!want.kind || l.kind === want.kind));
    if (i === -1) missing.push(lineText(want));
    else left.splice(i, 1);
  }
  if (missing.length === 0 && left.length === 0) return [];
  const found = actual.length === 0 ? '(geen)' : actual.map(lineText).join('; ');
  const out: string[] = [];
  if (missing.length > 0) out.push(`Verwachte financieringsregel ontbreekt: ${missing.join('; ')}. Gevonden regels: ${found}.`);
  if (left.length > 0) out.push(`Onverwachte financieringsregel: ${left.map(lineText).join('; ')}. Gevonden regels: ${found}.`);
  return out;
};

/** Compares one result with a test's expectations; returns Dutch failure sentences. */
export const compareExpectations = (expect: SchemeTest['expect'], result: ArrangementResult): string[] => {
  const failures: string[] = [];
  const byId = new Map(result.evaluations.map((e) => [e.schemeId, e]));
  for (const [id, want] of Object.entries(expect.eligible ?? {})) {
    const e = byId.get(id);
    if (!e) failures.push(`Regeling ${id} staat niet in het resultaat.`);
    else if (e.eligible !== want) {
      const failed = e.reasons.filter((r) => !r.passed).map((r) => r.rule);
      failures.push(
        want
          ? `Regeling ${id}: verwacht "komt in aanmerking", maar de cliënt komt er niet voor in aanmerking (niet gehaald: ${list(failed)}).`
          : `Regeling ${id}: verwacht "komt niet in aanmerking", maar de cliënt komt er wel voor in aanmerking.`,
      );
    }
  }
  for (const [id, want] of Object.entries(expect.failedRules ?? {})) {
    const e = byId.get(id);
    if (!e) {
      failures.push(`Regeling ${id} staat niet in het resultaat.`);
      continue;
    }
    const got = [...new Set(e.reasons.filter((r) => !r.passed).map((r) => r.rule))].sort();
    const exp = [...new Set(want)].sort();
    if (got.join('\n') !== exp.join('\n')) {
      failures.push(`Regeling ${id}: verwacht niet gehaalde regels ${list(exp)}, gevonden ${list(got)}.`);
    }
  }
  if (expect.lines) failures.push(...compareLines(expect.lines, result.lines));
  if (expect.ownContributionCents !== undefined && expect.ownContributionCents !== result.ownContributionCents) {
    failures.push(`Eigen bijdrage: verwacht ${formatEuro(expect.ownContributionCents)}, berekend ${formatEuro(result.ownContributionCents)}.`);
  }
  if (expect.loanCents !== undefined && expect.loanCents !== result.loanCents) {
    failures.push(`Lening: verwacht ${formatEuro(expect.loanCents)}, berekend ${formatEuro(result.loanCents)}.`);
  }
  return failures;
};

export const runPackTests = (pack: Pack, options: RunPackTestsOptions = {}): PackTestOutcome[] => {
  const tests = options.names ? pack.tests.filter((t) => options.names!.includes(t.name)) : pack.tests;
  return tests.map((test, index): PackTestOutcome => {
    const where = `test ${index + 1} "${test.name}"`;
    if (!pack.testBaseCase) {
      return { name: test.name, passed: false, failures: [`Het pakket heeft geen testBaseCase, dus ${where} heeft geen casus.`] };
    }
    const parsed = parseCase(mergeCase(pack.testBaseCase, test.case), `${pack.id}: ${where}`);
    if (!parsed.ok) {
      return { name: test.name, passed: false, failures: [`De casus van ${where} is ongeldig.`, ...parsed.issues.map((i) => formatIssues([i]))] };
    }
    let result: ArrangementResult;
    try {
      result = match(parsed.caseFile, [pack]);
    } catch (err) {
      return { name: test.name, passed: false, failures: [`De berekening van ${where} liep vast: ${err instanceof Error ? err.message : String(err)}.`] };
    }
    const failures = compareExpectations(test.expect, result);
    return { name: test.name, passed: failures.length === 0, failures };
  });
};
