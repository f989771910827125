// Robustness of the loader: randomly mutated packs (deleted keys, changed types, unknown keys,
// broken references, swapped enum values, deep random values, broken JSON text) never crash
// parsePack. Each is accepted, or refused with issues that each name a JSON path from `$`.
// An accepted pack must also match a case without crashing.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePack } from '../../shared/packs/parse.ts';
import { match } from '../../shared/matcher/index.ts';
import { arrangementResultSchema } from '../../shared/matcher/result.ts';
import { allOperators, factNames } from '../../shared/packs/facts.ts';
import { costCategories, educationLevels, recognitions, workStatuses } from '../../shared/case/schema.ts';
import { schemeKinds, stackingModes } from '../../shared/packs/format.ts';
import { makeCase, richPackJson } from '../matcher/fixtures.ts';

type Json = unknown;
type Path = Array<string | number>;

const root = join(import.meta.dirname, '..', '..');
const packDir = join(root, 'assets', 'packs');
const shipped: Array<{ name: string; json: Json }> = existsSync(packDir)
  ? readdirSync(packDir).filter((f) => f.endsWith('.json')).sort().map((f) => ({ name: f, json: JSON.parse(readFileSync(join(packDir, f), 'utf8')) }))
  : [];
const bases: Array<{ name: string; json: Json }> = [{ name: 'rijk.json', json: richPackJson() }, ...shipped];

const known = [...factNames, ...allOperators, ...costCategories, ...educationLevels, ...recognitions, ...workStatuses, ...schemeKinds, ...stackingModes, 'referenceDate', 'trainingStart', 'national', 'sector', 'region', 'bron', 'nl.stap', '2024-02-30', '', 'x'];

const paths = (v: Json, at: Path = [], out: Path[] = []): Path[] => {
  out.push(at);
  if (Array.isArray(v)) v.forEach((c, i) => paths(c, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) paths(c, [...at, k], out);
  return out;
};
const get = (v: Json, p: Path): Json => p.reduce<Json>((o, k) => (o as Record<string | number, Json>)[k], v);

interface Mutation {
  readonly kind: 'delete' | 'retype' | 'addKey' | 'breakRef' | 'swapEnum' | 'deep' | 'duplicate' | 'number';
  readonly pick: number;
  readonly value: Json;
  readonly key: string;
  readonly word: number;
  readonly n: number;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'retype', 'addKey', 'breakRef', 'swapEnum', 'deep', 'duplicate', 'number'),
  pick: fc.nat(),
  value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(null, '', 0, -1, 1.5, 1e308, [], {}, true, 'nl.stap', '2024-02-30', { param: 'x' }, { all: [] }, { not: {} })),
  key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'validfrom', 'all', 'param', 'id')),
  word: fc.nat(),
  n: fc.integer({ min: -1_000_000, max: 1_000_000_000 }),
});

/** Applies one mutation in place to a deep copy; returns a short description. */
const apply = (doc: Json, m: Mutation): string => {
  const all = paths(doc).filter((p) => p.length > 0);
  if (all.length === 0) return 'leeg';
  const p = all[m.pick % all.length]!;
  const parent = get(doc, p.slice(0, -1)) as Record<string | number, Json> | Json[];
  const last = p[p.length - 1]!;
  const current = (parent as Record<string | number, Json>)[last];
  const set = (v: Json) => ((parent as Record<string | number, Json>)[last] = v);
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete (parent as Record<string, Json>)[last as string];
      break;
    case 'retype':
      set(typeof current === 'string' ? 42 : typeof current === 'number' ? String(current) : Array.isArray(current) ? {} : current && typeof current === 'object' ? [] : m.value);
      break;
    case 'addKey': {
      const target = current && typeof current === 'object' && !Array.isArray(current) ? (current as Record<string, Json>) : (parent as Record<string, Json>);
      // defineProperty so "__proto__" becomes a real own key, as JSON.parse would make it
      Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      break;
    }
    case 'breakRef':
      set(typeof current === 'string' ? `${current}x` : 'bestaat-niet');
      break;
    case 'swapEnum':
      set(known[m.word % known.length]);
      break;
    case 'deep':
      set(m.value);
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(current));
      else set([current, current]);
      break;
    case 'number':
      set(m.n);
      break;
  }
  return `${m.kind} ${JSON.stringify(p)}`;
};

const caseFile = makeCase({ referenceDate: '2023-06-01', basicSkills: { language: 'insufficient' } });

describe('loader robustness', () => {
  it(`never crashes on ${1_200} randomly mutated packs (fixture${shipped.length ? ` + ${shipped.map((s) => s.name).join(', ')}` : ''})`, () => {
    let accepted = 0;
    let refused = 0;
    let asText = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: bases.length - 1 }),
        fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
        // One in five also breaks the JSON text; the rest test the schema and the checks.
        fc.oneof(
          { arbitrary: fc.constant(null), weight: 4 },
          { arbitrary: fc.record({ at: fc.nat(), ch: fc.constantFrom('', ',', '}', '"', "'", '\n', '{', ']', '/', 'x', '0') }), weight: 1 },
        ),
        (bi, mutations, textEdit) => {
          const base = bases[bi]!;
          const doc = structuredClone(base.json);
          mutations.forEach((m) => apply(doc, m));
          let input: unknown = doc;
          if (textEdit) {
            // Break the JSON text itself: insert or delete one character.
            const text = JSON.stringify(doc, null, 2);
            const at = textEdit.at % (text.length + 1);
            input = textEdit.ch === '' ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + textEdit.ch + text.slice(at);
            asText++;
          }
          const r = parsePack(input, base.name);
          if (r.ok) {
            accepted++;
            const result = match(caseFile, [r.pack]);
            expect(arrangementResultSchema.safeParse(result).success).toBe(true);
            return;
          }
          refused++;
          expect(r.issues.length).toBeGreaterThan(0);
          for (const issue of r.issues) {
            expect(issue.file).toBe(base.name);
            expect(issue.path).toMatch(/^\$/);
            expect(issue.message.length).toBeGreaterThan(0);
            expect(issue.message).not.toContain('\u0000');
            expect(issue.message).not.toMatch(/Invalid input|expected .* received|Unrecognized key/);
            expect(typeof issue.found).toBe('string');
            expect(issue.expected.length).toBeGreaterThan(0);
          }
        },
      ),
      { seed: 1123, numRuns: 1_200 },
    );
    expect(accepted + refused).toBe(1_200);
    // Both outcomes must really occur, or the test proves little.
    expect(refused).toBeGreaterThan(500);
    expect(accepted).toBeGreaterThan(50);
    expect(asText).toBeGreaterThan(100);
  }, 120_000);
});
