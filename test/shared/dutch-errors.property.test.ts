// Issue 13.6: 137 of 10,000 fuzzed inputs gave "[object Object] is hier niet toegestaan", and a
// long list was echoed whole. Property: whatever JSON arrives, in a contract input or anywhere
// inside a pack or case file, every message describes values in Dutch words and stays short.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { contract, opNames } from '../../shared/contract/index.ts';
import { parseCase, parsePack, type FileIssue } from '../../shared/packs/parse.ts';
import { describeFound, describeValue, dutchErrorMap, installDutchZodMessages, valueAsSubject } from '../../shared/validation/dutch.ts';

const root = path.resolve(import.meta.dirname, '../..');
const readJson = (rel: string): unknown => JSON.parse(readFileSync(path.join(root, rel), 'utf8'));

// The longest honest message lists every fact a rule may name ("Kies een van: ...").
const MAX_MESSAGE = 1200;
const MAX_FOUND = 120;
const RUNS = 400;

const json = fc.jsonValue({ maxDepth: 3 });
// Long texts and long lists are what used to be echoed whole.
const nasty = fc.oneof(json, fc.string({ minLength: 100, maxLength: 2000 }), fc.array(fc.integer(), { minLength: 40, maxLength: 500 }), fc.constant({}), fc.constant([]));

/** Texts in the input long enough that echoing them whole would be the bug. */
function longTexts(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string' && v.trim().length > 60) out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => longTexts(x, out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) longTexts(x, longTexts(k, out));
  return out;
}

function expectPlain(text: string, max: number, input?: unknown): void {
  expect(text).not.toContain('[object Object]');
  expect(text).not.toContain('undefined');
  expect(text.length).toBeLessThanOrEqual(max);
  for (const long of longTexts(input)) expect(text.includes(long), 'a long text is echoed whole').toBe(false);
}

/** Every path to a value in a JSON tree, so a fuzzed value can replace any one of them. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

function replaced(doc: unknown, at: readonly (string | number)[], value: unknown): unknown {
  if (at.length === 0) return value;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[at[at.length - 1]!] = value;
  return copy;
}

function checkIssues(issues: readonly FileIssue[], input: unknown): void {
  for (const i of issues) {
    expectPlain(i.message, MAX_MESSAGE, input);
    expectPlain(i.found, MAX_FOUND, input);
    expect(i.path.length).toBeLessThanOrEqual(MAX_MESSAGE);
  }
}

describe('describing values in Dutch', () => {
  it('names objects and lists, and shortens text', () => {
    expect(describeValue({ a: 1 })).toBe('een object');
    expect(describeValue(Array.from({ length: 40 }, (_, i) => i))).toBe('een lijst met 40 waarden');
    expect(describeFound('x'.repeat(100))).toBe(`"${'x'.repeat(40)}…"`);
    expect(valueAsSubject({ a: 1 })).toBe('Een object');
    expect(valueAsSubject('grnt')).toBe('"grnt"');
  });

  it('an object where a choice belongs is described, not printed as [object Object]', () => {
    const r = parseCase({ ...(readJson('assets/examples/tel-mee-met-taal.json') as object), work: { ...((readJson('assets/examples/tel-mee-met-taal.json') as { work: object }).work), status: { a: 1 } } }, 'casus.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.message)).toContain('Een object is hier niet toegestaan. Kies een van: "employed", "self-employed", "job-seeker", "not-working".');
  });
});

describe('the Dutch error map on contract inputs', () => {
  beforeAll(() => installDutchZodMessages());

  it('is the global map (no zod default text gets through)', () => {
    const r = z.object({ n: z.number() }).safeParse({ n: 'x' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe(dutchErrorMap({ code: 'invalid_type', expected: 'number', input: 'x', path: ['n'] } as never));
  });

  it('random JSON into every operation: messages in words, never raw, never long', () => {
    fc.assert(
      fc.property(fc.constantFrom(...opNames), nasty, (op, input) => {
        const r = contract[op].input.safeParse(input);
        if (!r.success) for (const issue of r.error.issues) expectPlain(issue.message, MAX_MESSAGE, input);
      }),
      { numRuns: RUNS },
    );
  });

  it('random values in the fields of every operation', () => {
    const shapes = opNames.flatMap((op) => {
      const schema = contract[op].input;
      return schema instanceof z.ZodObject && Object.keys(schema.shape).length > 0 ? [[op, Object.keys(schema.shape)] as const] : [];
    });
    expect(shapes.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(
        fc.constantFrom(...shapes).chain(([op, keys]) =>
          fc.tuple(fc.constant(op), fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 300 })), nasty, { maxKeys: 8 })),
        ),
        ([op, input]) => {
          const r = contract[op].input.safeParse(input);
          if (!r.success) for (const issue of r.error.issues) expectPlain(issue.message, MAX_MESSAGE, input);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('pack and case file reports', () => {
  const pack = readJson('assets/packs/nl.json');
  const caseFile = readJson('assets/examples/tel-mee-met-taal.json');
  const packPaths = paths(pack);
  const casePaths = paths(caseFile);

  it('random JSON as a whole file', () => {
    fc.assert(
      fc.property(nasty, (input) => {
        const p = parsePack(input, 'pakket.json');
        if (!p.ok) checkIssues(p.issues, input);
        const c = parseCase(input, 'casus.json');
        if (!c.ok) checkIssues(c.issues, input);
      }),
      { numRuns: RUNS },
    );
  });

  it('random JSON in place of any one value of a shipped pack', () => {
    fc.assert(
      fc.property(fc.constantFrom(...packPaths), nasty, (at, value) => {
        const p = parsePack(replaced(pack, at, value), 'pakket.json');
        if (!p.ok) checkIssues(p.issues, value);
      }),
      { numRuns: RUNS },
    );
  });

  it('random JSON in place of any one value of an example case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...casePaths), nasty, (at, value) => {
        const c = parseCase(replaced(caseFile, at, value), 'casus.json');
        if (!c.ok) checkIssues(c.issues, value);
      }),
      { numRuns: RUNS },
    );
  });
});
