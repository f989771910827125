// Reads our zod schemas as data, to tell an author what belongs at a JSON path: the keys
// allowed there (for "bedoelde u ...?") and a Dutch description of the expected value.
// Only used to word error messages, never to decide validity.
// Uses zod's public schema API only (instanceof the classic classes and their accessors:
// shape, element, options, unwrap(), minLength, ...), never the private `_zod.def`, so a zod
// upgrade that reshapes its internals cannot silently change the messages. String patterns,
// which zod keeps no public accessor for, are read from z.toJSONSchema().
import { z } from 'zod';
import { isoDateSchema } from '../dates/index.ts';
import { regionIdSchema } from '../regions/index.ts';
import { valueInline } from '../validation/dutch.ts';
import { idPattern, leafRuleSchema, localIdPattern, ruleNodeSchema } from './format.ts';

type Schema = z.core.$ZodType;
// Every schema in this app is built with zod's classic API; the walker narrows with instanceof.
const classic = (s: Schema): z.ZodType => s as unknown as z.ZodType;

const groupKeys = ['all', 'any', 'not'] as const;
/** The schemas that stand for a whole concept and are described as such, not looked into. */
const opaque = (s: Schema): boolean => s === ruleNodeSchema || s === isoDateSchema || s === regionIdSchema;

/** One wrapper that does not change the shape of the input (optional, default, lazy, pipe, ...) peeled off, or null. */
const inner = (s: z.ZodType): z.ZodType | null => {
  if (
    s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault || s instanceof z.ZodPrefault ||
    s instanceof z.ZodReadonly || s instanceof z.ZodCatch || s instanceof z.ZodNonOptional || s instanceof z.ZodLazy
  ) {
    return s.unwrap() as z.ZodType;
  }
  if (s instanceof z.ZodPipe) return s.in as z.ZodType;
  return null;
};

/** Strips wrappers that do not change the shape of the input. */
const unwrap = (schema: Schema): z.ZodType => {
  let s = classic(schema);
  for (let guard = 0; guard < 50 && !opaque(s); guard++) {
    const next = inner(s);
    if (!next) return s;
    s = next;
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

// The group arrays inside a rule node, so walking into "all": [...] works.
const arrayOfRules = z.array(ruleNodeSchema);

/** The discriminator of a discriminated union (zod keeps it in the public `def`). */
const discriminatorOf = (u: z.ZodUnion): string | undefined => {
  const def = u.def as { discriminator?: unknown };
  return typeof def.discriminator === 'string' ? def.discriminator : undefined;
};

const childSchemas = (schema: Schema, seg: PropertyKey, value: unknown): Schema[] => {
  const s = unwrap(schema);
  if (s === ruleNodeSchema) {
    if (seg === 'all' || seg === 'any') return [arrayOfRules];
    if (seg === 'not') return [ruleNodeSchema];
    return childSchemas(leafRuleSchema, seg, value);
  }
  if (s instanceof z.ZodObject) {
    const shape = s.shape as Record<string, Schema>;
    return Object.prototype.hasOwnProperty.call(shape, seg) ? [shape[seg as string]!] : [];
  }
  if (s instanceof z.ZodArray) return typeof seg === 'number' ? [s.element as Schema] : [];
  if (s instanceof z.ZodRecord) return [s.valueType as Schema];
  if (s instanceof z.ZodUnion) {
    const options = s.options as readonly Schema[];
    const disc = discriminatorOf(s);
    const picked = disc && isObj(value) ? options.filter((o) => literalOf(o, disc) === value[disc]) : [];
    return (picked.length > 0 ? picked : options).flatMap((o) => childSchemas(o, seg, value));
  }
  if (s instanceof z.ZodIntersection) {
    const { left, right } = s.def as { left: Schema; right: Schema };
    return [...childSchemas(left, seg, value), ...childSchemas(right, seg, value)];
  }
  return [];
};

const literalOf = (s: Schema, key: string): unknown => {
  const u = unwrap(s);
  if (!(u instanceof z.ZodObject)) return undefined;
  const field = (u.shape as Record<string, Schema>)[key];
  if (!field) return undefined;
  const f = unwrap(field);
  return f instanceof z.ZodLiteral ? [...f.values][0] : undefined;
};

/** Keys an object may have at this spot (union of all candidate schemas). */
export const keysAt = (root: Schema, path: readonly PropertyKey[], input: unknown): string[] => {
  const keys = new Set<string>();
  for (const schema of schemasAt(root, path, input)) {
    const s = unwrap(schema);
    if (s === ruleNodeSchema) {
      groupKeys.forEach((k) => keys.add(k));
      Object.keys(leafRuleSchema.shape).forEach((k) => keys.add(k));
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
  if (s instanceof z.ZodObject) {
    for (const [k, v] of Object.entries(s.shape as Record<string, Schema>)) {
      keys.add(k);
      if (deep) collectObjectKeys(v, keys, seen, deep);
    }
  } else if (s instanceof z.ZodUnion) {
    (s.options as readonly Schema[]).forEach((o) => collectObjectKeys(o, keys, seen, deep));
  } else if (s instanceof z.ZodIntersection) {
    const { left, right } = s.def as { left: Schema; right: Schema };
    collectObjectKeys(left, keys, seen, deep);
    collectObjectKeys(right, keys, seen, deep);
  } else if (s instanceof z.ZodArray) {
    if (deep) collectObjectKeys(s.element as Schema, keys, seen, deep);
  } else if (s instanceof z.ZodRecord) {
    if (deep) collectObjectKeys(s.valueType as Schema, keys, seen, deep);
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

const patternText = (source: string): string => {
  if (source === idPattern.source) return 'een id van kleine letters en cijfers, met punten of streepjes ertussen (zoals nl.stap)';
  if (source === localIdPattern.source) return 'een id van kleine letters en cijfers, met streepjes ertussen (zoals max-bedrag)';
  if (source.startsWith('^\\d+\\.\\d+\\.\\d+')) return 'een versienummer als 1.2.3';
  return `tekst volgens het patroon ${source}`;
};

/** The regex a string schema checks, from its JSON Schema (zod has no public accessor for it). */
const patternOf = (s: z.ZodString): string | null => {
  const json = z.toJSONSchema(s, { unrepresentable: 'any' }) as { pattern?: unknown };
  return typeof json.pattern === 'string' ? json.pattern : null;
};

/** A short Dutch description of what the schema accepts, for "verwacht: ...". */
export const describe = (schema: Schema, depth = 0): string => {
  if (depth > 4) return 'een waarde';
  let nullable = false;
  let s = classic(schema);
  // Look through wrappers, remembering whether null is allowed.
  for (let guard = 0; guard < 50 && !opaque(s); guard++) {
    if (s instanceof z.ZodNullable) nullable = true;
    const next = inner(s);
    if (!next) break;
    s = next;
  }
  const text = describeCore(s, depth);
  return nullable ? `${text}, of null` : text;
};

const describeCore = (s: z.ZodType, depth: number): string => {
  if (s === isoDateSchema) return 'een datum als jjjj-mm-dd, zoals 2026-03-01';
  if (s === regionIdSchema) return "een id van een van de 35 arbeidsmarktregio's, zoals twente";
  if (s === ruleNodeSchema) return 'een regel: een voorwaarde met id, fact, op, pass, fail en source, of een groep {"all": [...]}, {"any": [...]} of {"not": {...}}';
  if (s instanceof z.ZodURL || (s instanceof z.ZodString && s.format === 'url')) return 'een webadres dat begint met https://';
  if (s instanceof z.ZodString) {
    const pattern = patternOf(s);
    if (pattern) return patternText(pattern);
    const { minLength: min, maxLength: max } = s;
    if (min && min > 0 && max) return `tekst (niet leeg, hoogstens ${max} tekens)`;
    if (max) return `tekst (hoogstens ${max} tekens)`;
    return 'tekst';
  }
  if (s instanceof z.ZodNumber) {
    const base = s.isInt ? 'een heel getal' : 'een getal';
    // zod reports the safe-integer range as the bounds of a plain int(); those are no real limit.
    const lo = s.minValue !== null && Number.isFinite(s.minValue) && s.minValue > Number.MIN_SAFE_INTEGER ? s.minValue : null;
    const hi = s.maxValue !== null && Number.isFinite(s.maxValue) && s.maxValue < Number.MAX_SAFE_INTEGER ? s.maxValue : null;
    if (lo !== null && hi !== null) return `${base} van ${lo} tot en met ${hi}`;
    if (lo !== null) return `${base} van ${lo} of meer`;
    return base;
  }
  if (s instanceof z.ZodBoolean) return 'true of false';
  if (s instanceof z.ZodEnum) return `een van: ${(s.options as unknown[]).map(valueInline).join(', ')}`;
  if (s instanceof z.ZodLiteral) return [...s.values].map(valueInline).join(' of ');
  if (s instanceof z.ZodArray) return 'een lijst [...]';
  if (s instanceof z.ZodObject) {
    const keys = Object.keys(s.shape);
    return keys.length <= 2 ? `een object {${keys.map((k) => `"${k}": ...`).join(', ')}}` : 'een object {...}';
  }
  if (s instanceof z.ZodRecord) return 'een object {...}';
  if (s instanceof z.ZodUnion) {
    const disc = discriminatorOf(s);
    const options = s.options as readonly Schema[];
    if (disc) return `een object met "${disc}": ${options.map((o) => valueInline(literalOf(o, disc))).join(', ')}`;
    return [...new Set(options.map((o) => describe(o, depth + 1)))].join(', of ');
  }
  if (s instanceof z.ZodNull) return 'null';
  return 'een waarde';
};
