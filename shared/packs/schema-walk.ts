// Reads our zod schemas as data, to tell an author what belongs at a JSON path: the keys
// allowed there (for "bedoelde u ...?") and a Dutch description of the expected value.
// Only used to word error messages, never to decide validity.
import type { z } from 'zod';
import { isoDateSchema } from '../dates/index.ts';
import { regionIdSchema } from '../regions/index.ts';
import { idPattern, leafRuleSchema, localIdPattern, ruleNodeSchema } from './format.ts';

type Schema = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string };
const defOf = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

const groupKeys = ['all', 'any', 'not'] as const;

/** Strips wrappers that do not change the shape of the input (optional, default, lazy, ...). */
const unwrap = (s: Schema): Schema => {
  for (let guard = 0; guard < 50; guard++) {
    if (s === ruleNodeSchema || s === isoDateSchema || s === regionIdSchema) return s;
    const d = defOf(s);
    switch (d.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
      case 'nonoptional':
        s = d.innerType as Schema;
        break;
      case 'lazy':
        s = (d.getter as () => Schema)();
        break;
      case 'pipe':
        s = d.in as Schema;
        break;
      default:
        return s;
    }
  }
  return s;
};

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schemas that describe the value at `path` (more than one inside a plain union). */
export const schemasAt = (root: Schema, path: readonly PropertyKey[], input: unknown): Schema[] => {
  let current: Array<{ s: Schema; v: unknown }> = [{ s: root, v: input }];
  for (const seg of path) {
    const next: Array<{ s: Schema; v: unknown }> = [];
    for (const { s, v } of current) {
      const child = isObj(v) || Array.isArray(v) ? (v as Record<PropertyKey, unknown>)[seg as string] : undefined;
      for (const c of childSchemas(s, seg, v)) next.push({ s: c, v: child });
    }
    current = next;
    if (current.length === 0) break;
  }
  return current.map((c) => c.s);
};

const childSchemas = (schema: Schema, seg: PropertyKey, value: unknown): Schema[] => {
  const s = unwrap(schema);
  if (s === ruleNodeSchema) {
    if (seg === 'all' || seg === 'any') return [arrayOfRules];
    if (seg === 'not') return [ruleNodeSchema];
    return childSchemas(leafRuleSchema, seg, value);
  }
  const d = defOf(s);
  switch (d.type) {
    case 'object': {
      const shape = d.shape as Record<string, Schema>;
      return Object.prototype.hasOwnProperty.call(shape, seg) ? [shape[seg as string]!] : [];
    }
    case 'array':
      return typeof seg === 'number' ? [d.element as Schema] : [];
    case 'record':
      return [d.valueType as Schema];
    case 'union': {
      const options = d.options as Schema[];
      const disc = d.discriminator as string | undefined;
      const picked = disc && isObj(value) ? options.filter((o) => literalOf(o, disc) === value[disc]) : [];
      return (picked.length > 0 ? picked : options).flatMap((o) => childSchemas(o, seg, value));
    }
    case 'intersection':
      return [...childSchemas(d.left as Schema, seg, value), ...childSchemas(d.right as Schema, seg, value)];
    default:
      return [];
  }
};

// Stand-in for the group arrays inside a rule node, so walking into "all": [...] works.
const arrayOfRules = { _zod: { def: { type: 'array', element: ruleNodeSchema } } } as unknown as Schema;

const literalOf = (s: Schema, key: string): unknown => {
  const u = unwrap(s);
  const d = defOf(u);
  if (d.type !== 'object') return undefined;
  const field = (d.shape as Record<string, Schema>)[key];
  if (!field) return undefined;
  const fd = defOf(unwrap(field));
  return fd.type === 'literal' ? (fd.values as unknown[])[0] : undefined;
};

/** Keys an object may have at this spot (union of all candidate schemas). */
export const keysAt = (root: Schema, path: readonly PropertyKey[], input: unknown): string[] => {
  const keys = new Set<string>();
  for (const schema of schemasAt(root, path, input)) {
    const s = unwrap(schema);
    if (s === ruleNodeSchema) {
      groupKeys.forEach((k) => keys.add(k));
      Object.keys(defOf(leafRuleSchema).shape as object).forEach((k) => keys.add(k));
      continue;
    }
    collectObjectKeys(s, keys, new Set(), false);
  }
  return [...keys].sort();
};

const collectObjectKeys = (schema: Schema, keys: Set<string>, seen: Set<Schema>, deep: boolean): void => {
  const s = unwrap(schema);
  if (seen.has(s)) return;
  seen.add(s);
  if (s === ruleNodeSchema) {
    groupKeys.forEach((k) => keys.add(k));
    collectObjectKeys(leafRuleSchema, keys, seen, deep);
    return;
  }
  if (s === isoDateSchema || s === regionIdSchema) return;
  const d = defOf(s);
  switch (d.type) {
    case 'object':
      for (const [k, v] of Object.entries(d.shape as Record<string, Schema>)) {
        keys.add(k);
        if (deep) collectObjectKeys(v, keys, seen, deep);
      }
      break;
    case 'union':
      (d.options as Schema[]).forEach((o) => collectObjectKeys(o, keys, seen, deep));
      break;
    case 'intersection':
      collectObjectKeys(d.left as Schema, keys, seen, deep);
      collectObjectKeys(d.right as Schema, keys, seen, deep);
      break;
    case 'array':
      if (deep) collectObjectKeys(d.element as Schema, keys, seen, deep);
      break;
    case 'record':
      if (deep) collectObjectKeys(d.valueType as Schema, keys, seen, deep);
      break;
  }
};

const allKeysCache = new WeakMap<object, string[]>();
/** Every key that appears anywhere in the format: the fallback for "bedoelde u ...?". */
export const allKeys = (root: Schema): string[] => {
  let keys = allKeysCache.get(root);
  if (!keys) {
    const set = new Set<string>();
    collectObjectKeys(root, set, new Set(), true);
    keys = [...set].sort();
    allKeysCache.set(root, keys);
  }
  return keys;
};

const patternText = (pattern: RegExp): string => {
  if (pattern.source === idPattern.source) return 'een id van kleine letters en cijfers, met punten of streepjes ertussen (zoals nl.stap)';
  if (pattern.source === localIdPattern.source) return 'een id van kleine letters en cijfers, met streepjes ertussen (zoals max-bedrag)';
  if (pattern.source.startsWith('^\\d+\\.\\d+\\.\\d+')) return 'een versienummer als 1.2.3';
  return `tekst volgens het patroon ${pattern.source}`;
};

const checksOf = (d: Def): Array<Record<string, unknown>> =>
  ((d.checks as Array<{ _zod: { def: Record<string, unknown> } }> | undefined) ?? []).map((c) => c._zod.def);

const quote = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : String(v));

/** A short Dutch description of what the schema accepts, for "verwacht: ...". */
export const describe = (schema: Schema, depth = 0): string => {
  if (depth > 4) return 'een waarde';
  let nullable = false;
  let s = schema;
  // Look through wrappers, remembering whether null is allowed.
  for (let guard = 0; guard < 50; guard++) {
    if (s === ruleNodeSchema || s === isoDateSchema || s === regionIdSchema) break;
    const d = defOf(s);
    if (d.type === 'nullable') nullable = true;
    if (['nullable', 'optional', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(d.type)) s = d.innerType as Schema;
    else if (d.type === 'lazy') s = (d.getter as () => Schema)();
    else if (d.type === 'pipe') s = d.in as Schema;
    else break;
  }
  const text = describeCore(s, depth);
  return nullable ? `${text}, of null` : text;
};

const describeCore = (s: Schema, depth: number): string => {
  if (s === isoDateSchema) return 'een datum als jjjj-mm-dd, zoals 2026-03-01';
  if (s === regionIdSchema) return "een id van een van de 35 arbeidsmarktregio's, zoals twente";
  if (s === ruleNodeSchema) return 'een regel: een voorwaarde met id, fact, op, pass, fail en source, of een groep {"all": [...]}, {"any": [...]} of {"not": {...}}';
  const d = defOf(s);
  switch (d.type) {
    case 'string': {
      if (d.format === 'url') return 'een webadres dat begint met https://';
      const checks = checksOf(d);
      const regex = checks.find((c) => c.format === 'regex');
      if (regex) return patternText(regex.pattern as RegExp);
      const min = checks.find((c) => c.check === 'min_length')?.minimum as number | undefined;
      const max = checks.find((c) => c.check === 'max_length')?.maximum as number | undefined;
      if (min && min > 0 && max) return `tekst (niet leeg, hoogstens ${max} tekens)`;
      if (max) return `tekst (hoogstens ${max} tekens)`;
      return 'tekst';
    }
    case 'number': {
      const checks = checksOf(d);
      const int = checks.some((c) => c.format === 'safeint' || c.format === 'int32');
      const lo = checks.find((c) => c.check === 'greater_than');
      const hi = checks.find((c) => c.check === 'less_than');
      const base = int ? 'een heel getal' : 'een getal';
      if (lo && hi) return `${base} van ${lo.value} tot en met ${hi.value}`;
      if (lo) return `${base} van ${lo.value} of meer`;
      return base;
    }
    case 'boolean':
      return 'true of false';
    case 'enum':
      return `een van: ${Object.values(d.entries as Record<string, string>).map(quote).join(', ')}`;
    case 'literal':
      return (d.values as unknown[]).map(quote).join(' of ');
    case 'array':
      return 'een lijst [...]';
    case 'object': {
      const keys = Object.keys(d.shape as object);
      return keys.length <= 2 ? `een object {${keys.map((k) => `"${k}": ...`).join(', ')}}` : 'een object {...}';
    }
    case 'record':
      return 'een object {...}';
    case 'union': {
      const disc = d.discriminator as string | undefined;
      const options = d.options as Schema[];
      if (disc) return `een object met "${disc}": ${options.map((o) => quote(literalOf(o, disc))).join(', ')}`;
      return [...new Set(options.map((o) => describe(o, depth + 1)))].join(', of ');
    }
    case 'null':
      return 'null';
    default:
      return 'een waarde';
  }
};
