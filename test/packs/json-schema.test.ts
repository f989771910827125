// The published JSON Schemas: no drift from the zod schemas, a real definition for the
// recursive rule node, and the shipped packs and example cases fit them.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles } from '../../shared/packs/json-schema.ts';
import { ajv } from '../helpers/ajv.ts';
import { baseCase, leaf, packJson, scheme } from '../matcher/fixtures.ts';

const root = join(import.meta.dirname, '..', '..');
const committed = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, 'schemas', name), 'utf8'));
const jsonFiles = (dir: string): string[] =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => f.endsWith('.json')).map((f) => join(root, dir, f)) : [];

describe('published JSON Schemas', () => {
  it('schemas/ equals a fresh generation (run `npm run schemas` after changing a format)', () => {
    for (const [name, text] of Object.entries(jsonSchemaFiles())) {
      expect(readFileSync(join(root, 'schemas', name), 'utf8'), name).toBe(text);
    }
  });

  it('defines the recursive rule node as all / any / not / condition', () => {
    const pack = committed('pack.v1.schema.json') as { $defs: { ruleNode: { oneOf: Array<{ required?: string[] }> } } };
    const variants = pack.$defs.ruleNode.oneOf;
    expect(variants).toHaveLength(4);
    expect(variants.slice(0, 3).map((v) => v.required)).toEqual([['all'], ['any'], ['not']]);
    expect(variants[3]!.required).toEqual(expect.arrayContaining(['id', 'fact', 'op', 'pass', 'fail', 'source']));
    expect(JSON.stringify(pack)).toContain('"eligibility":{"$ref":"#/$defs/ruleNode"}');
  });

  it('shipped packs and example cases have the top-level keys the schemas require', () => {
    const packRequired = committed('pack.v1.schema.json').required as string[];
    const caseRequired = committed('case.v1.schema.json').required as string[];
    for (const file of jsonFiles('assets/packs')) {
      const data = JSON.parse(readFileSync(file, 'utf8'));
      for (const key of packRequired) expect(data, `${file} mist ${key}`).toHaveProperty(key);
    }
    for (const file of jsonFiles('assets/examples')) {
      const data = JSON.parse(readFileSync(file, 'utf8'));
      for (const key of caseRequired) expect(data, `${file} mist ${key}`).toHaveProperty(key);
    }
  });

  it.skipIf(ajv === null)('are valid draft 2020-12 and accept or refuse what the loader does', () => {
    const packValidate = ajv!.compile(committed('pack.v1.schema.json'));
    const caseValidate = ajv!.compile(committed('case.v1.schema.json'));
    const good = packJson([scheme('test.a', { eligibility: { all: [leaf('a', 'work.status', 'eq', 'employed'), { not: { any: [leaf('b', 'client.age', 'isSet')] } }] } })]);
    expect(packValidate(good), JSON.stringify(packValidate.errors)).toBe(true);
    expect(packValidate(packJson([scheme('test.a', { eligibility: { all: [{ ...leaf('a', 'work.status', 'eq', 'employed'), opp: 'x' }] } })]))).toBe(false);
    expect(packValidate(packJson([scheme('test.a', { eligibility: { all: [] } })]))).toBe(false);
    expect(caseValidate(baseCase()), JSON.stringify(caseValidate.errors)).toBe(true);
    expect(caseValidate({ ...baseCase(), referenceDate: '1-6-2023' })).toBe(false);
    expect(caseValidate({ ...baseCase(), client: { ...(baseCase().client as object), region: 'atlantis' } })).toBe(false);
    for (const file of jsonFiles('assets/packs')) expect(packValidate(JSON.parse(readFileSync(file, 'utf8'))), `${file}: ${JSON.stringify(packValidate.errors)?.slice(0, 500)}`).toBe(true);
    for (const file of jsonFiles('assets/examples')) expect(caseValidate(JSON.parse(readFileSync(file, 'utf8'))), `${file}: ${JSON.stringify(caseValidate.errors)?.slice(0, 500)}`).toBe(true);
  });
});
