// Validation problems in a pack or case file, worded for the person who edits the file: which
// file, which JSON path, what was found there, what was expected, and a plain Dutch sentence
// (with "bedoelde u ...?" for typos). Every zod 4 issue code is mapped here; zod's English
// default texts never reach the user.
import type { z } from 'zod';
import { regions } from '../regions/index.ts';
import { clip, describeFound, describeValue, quoteText, typeName, valueAsSubject, valueInline } from '../validation/dutch.ts';
import { didYouMean } from './suggest.ts';
import { allKeys, describe, keysAt, schemasAt } from './schema-walk.ts';
import { idPattern, localIdPattern, ruleNodeSchema } from './format.ts';

export interface FileIssue {
  readonly file: string;
  /** JSON path from the root, e.g. `$.schemes[2].eligibility.all[0].op`. */
  readonly path: string;
  /** Short rendering of the value found there, or "(ontbreekt)". */
  readonly found: string;
  readonly expected: string;
  /** Plain Dutch. */
  readonly message: string;
  /** For JSON syntax errors: where in the text (1-based). */
  readonly line?: number;
  readonly column?: number;
}

type Schema = z.core.$ZodType;
type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** Per-parse error map: marks zod's default texts so they can be told apart from our own. */
export const DEFAULT_MESSAGE = '\u0000default';
export const markDefaultMessages = (): string => DEFAULT_MESSAGE;

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
export const jsonPath = (path: Path): string =>
  // A key can come from the file itself: shortened like every other value a message shows.
  '$' + path.map((seg) => (typeof seg === 'number' ? `[${seg}]` : typeof seg === 'string' && IDENT.test(seg) ? `.${clip(seg)}` : `[${JSON.stringify(clip(String(seg)))}]`)).join('');

export const formatIssues = (issues: readonly FileIssue[]): string =>
  issues.map((i) => `${i.file}: ${i.path}: ${i.message} (gevonden: ${i.found}; verwacht: ${i.expected})`).join('\n');

const hasOwn = (o: object, k: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(o, k);

const valueAt = (input: unknown, path: Path): unknown => {
  let v = input;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || !hasOwn(v, seg)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg as string];
  }
  return v;
};

const patternText = (pattern: string | undefined): string | null => {
  if (pattern === String(idPattern)) return 'een id van kleine letters en cijfers, met punten of streepjes ertussen (zoals nl.stap)';
  if (pattern === String(localIdPattern)) return 'een id van kleine letters en cijfers, met streepjes ertussen (zoals max-bedrag)';
  return null;
};

const DATE_MESSAGE = 'Vul een geldige datum in (dd-mm-jjjj).';
const REGION_MESSAGE = "Kies een van de 35 arbeidsmarktregio's.";
const MAX_ISSUES = 200;

interface Ctx {
  readonly file: string;
  readonly root: Schema;
  readonly input: unknown;
}

const expectedAt = (ctx: Ctx, path: Path, fallback: string): string => {
  const schemas = schemasAt(ctx.root, path, ctx.input);
  if (schemas.length === 0) return fallback;
  return [...new Set(schemas.map((s) => describe(s)))].join(', of ');
};

const make = (ctx: Ctx, path: Path, found: string, expected: string, message: string): FileIssue => ({
  file: ctx.file,
  path: jsonPath(path),
  found,
  expected,
  message,
});

const isRuleNodeAt = (ctx: Ctx, path: Path): boolean => schemasAt(ctx.root, path, ctx.input).some((s) => s === (ruleNodeSchema as unknown));
const groupKeyOf = (v: unknown): string | null => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return null;
  return ['all', 'any', 'not'].find((k) => hasOwn(v, k)) ?? null;
};

const lastKey = (path: Path): string | null => {
  const k = path[path.length - 1];
  return typeof k === 'string' ? k : null;
};

const mapIssue = (issue: Issue, base: Path, ctx: Ctx): FileIssue[] => {
  const path: Path = [...base, ...issue.path];
  const at = valueAt(ctx.input, path);
  // Our own cross-reference checks name the offending value themselves (e.g. a test's scheme
  // id, which is a key); zod fills in the whole object when a check names nothing.
  const named = issue.code === 'custom' && 'input' in issue && issue.input !== undefined && (issue.input === null || typeof issue.input !== 'object');
  const value = named ? (issue as { input?: unknown }).input : at;
  const found = describeFound(value);
  // Texts starting with NUL are markers for zod's defaults (ours, or the rule node's inner
  // parse, whose nested union branches keep their marker); anything else is our own Dutch.
  const custom = issue.message && !issue.message.startsWith('\u0000') ? issue.message : null;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedAt(ctx, path, typeName(issue.expected));
      if (value === undefined) {
        const key = lastKey(path);
        return [make(ctx, path, found, expected, custom ?? (key ? `Het veld "${key}" ontbreekt.` : 'Hier ontbreekt een waarde.'))];
      }
      return [make(ctx, path, found, expected, custom ?? `Hier hoort ${typeName(issue.expected)}, maar er staat ${describeValue(value)}.`)];
    }
    case 'invalid_value': {
      const values = issue.values as unknown[];
      const expected = values.length === 1 ? valueInline(values[0]) : `een van: ${values.map(valueInline).join(', ')}`;
      if (custom) return [make(ctx, path, found, expected, custom)];
      if (lastKey(path) === 'formatVersion' && typeof value === 'number') {
        return [make(ctx, path, found, expected, `Deze versie van Arrangeur leest formatVersion ${values.map(String).join(' of ')}; dit bestand heeft ${value}.`)];
      }
      if (value === undefined) return [make(ctx, path, found, expected, `Het veld "${lastKey(path) ?? ''}" ontbreekt.`)];
      const hint = didYouMean(value, values.filter((v): v is string => typeof v === 'string'));
      const list = values.length > 1 && values.length <= 15 ? ` Kies een van: ${values.map(valueInline).join(', ')}.` : '';
      return [make(ctx, path, found, expected, `${valueAsSubject(value)} is hier niet toegestaan.${hint}${hint ? '' : list}`)];
    }
    case 'unrecognized_keys': {
      const allowed = keysAt(ctx.root, path, ctx.input);
      const group = isRuleNodeAt(ctx, path) ? groupKeyOf(value) : null;
      if (group) {
        // A rule node is either a group or a condition; mixing them is the usual mistake.
        return issue.keys.map((key) =>
          make(ctx, [...path, key], `het veld ${quoteText(key)}`, `alleen "${group}", of een losse voorwaarde zonder "${group}"`,
            `Een regel is óf een groep ("all", "any" of "not") óf een voorwaarde (id, fact, op, ...), niet allebei. Zet de voorwaarde als aparte regel in de lijst van "${group}".`),
        );
      }
      return issue.keys.map((key) => {
        // A key that is valid here in another variant gets no "did you mean".
        const hint = allowed.includes(key) ? '' : didYouMean(key, allowed) || didYouMean(key, allKeys(ctx.root));
        const list = hint || allowed.length === 0 ? '' : ` Toegestaan zijn: ${allowed.join(', ')}.`;
        return make(
          ctx,
          [...path, key],
          `het veld ${quoteText(key)}`,
          allowed.length > 0 ? `alleen de velden ${allowed.join(', ')}` : 'geen extra velden',
          `Onbekend veld ${quoteText(key)}.${hint}${list}`,
        );
      });
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      const incl = issue.inclusive !== false;
      if (issue.origin === 'string') {
        const expected = min <= 1 ? 'tekst die niet leeg is' : `minstens ${min} tekens`;
        return [make(ctx, path, found, expected, custom ?? (min <= 1 ? 'Dit veld mag niet leeg zijn.' : `Deze tekst is te kort: minstens ${min} tekens.`))];
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        const expected = `minstens ${min} ${min === 1 ? 'waarde' : 'waarden'}`;
        return [make(ctx, path, found, expected, custom ?? (min <= 1 ? 'Deze lijst mag niet leeg zijn.' : `Deze lijst is te kort: minstens ${min} waarden.`))];
      }
      const expected = incl ? `${min} of meer` : `meer dan ${min}`;
      return [make(ctx, path, found, expected, custom ?? `Dit getal is te klein: het moet ${expected} zijn.`)];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      const incl = issue.inclusive !== false;
      if (issue.origin === 'string') {
        const length = typeof value === 'string' ? ` (${value.length} tekens)` : '';
        return [make(ctx, path, found, `hoogstens ${max} tekens`, custom ?? `Deze tekst is te lang${length}: hoogstens ${max} tekens.`)];
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return [make(ctx, path, found, `hoogstens ${max} waarden`, custom ?? `Deze lijst is te lang: hoogstens ${max} waarden.`)];
      }
      const expected = incl ? `${max} of minder` : `minder dan ${max}`;
      return [make(ctx, path, found, expected, custom ?? `Dit getal is te groot: het moet ${expected} zijn.`)];
    }
    case 'invalid_format': {
      const pattern = 'pattern' in issue ? (issue.pattern as string | undefined) : undefined;
      const expected = patternText(pattern) ?? expectedAt(ctx, path, issue.format === 'url' ? 'een webadres dat begint met https://' : `tekst in de vorm ${issue.format}`);
      if (custom) return [make(ctx, path, found, expected, custom)];
      if (issue.format === 'url') return [make(ctx, path, found, expected, 'Dit is geen geldig webadres.')];
      let hint = '';
      if (typeof value === 'string' && pattern) {
        const fixed = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
        const re = pattern === String(idPattern) ? idPattern : pattern === String(localIdPattern) ? localIdPattern : null;
        if (re && fixed !== value && re.test(fixed)) hint = ` Schrijf bijvoorbeeld "${fixed}".`;
      }
      return [make(ctx, path, found, expected, `Deze tekst heeft niet de goede vorm.${hint}`)];
    }
    case 'invalid_union': {
      if ('note' in issue && issue.note === 'No matching discriminator') {
        const disc = (issue as { discriminator?: string }).discriminator ?? lastKey(path) ?? '';
        const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
        const expected = `een van: ${options.map(valueInline).join(', ')}`;
        // Zod puts the discriminator at the end of the path; older versions put it on the object.
        const at = lastKey(path) === disc ? path : [...path, disc];
        const v = valueAt(ctx.input, at);
        const msg = v === undefined ? `Het veld "${disc}" ontbreekt.` : `Onbekende soort ${valueInline(v)}.${didYouMean(v, options)} Kies een van: ${options.map(valueInline).join(', ')}.`;
        return [make(ctx, at, describeFound(v), expected, msg)];
      }
      const branches = (issue.errors ?? []) as Issue[][];
      // A branch whose type matched (no type error at the union's own spot) is what the author
      // meant; report its problems instead of "matches none of the alternatives".
      const matched = branches.filter((b) => b.length > 0 && !b.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value')));
      if (matched.length > 0) {
        const best = [...matched].sort((a, b) => a.length - b.length)[0]!;
        return best.flatMap((i) => mapIssue(i, path, ctx));
      }
      const expected = expectedAt(ctx, path, 'een andere soort waarde');
      return [make(ctx, path, found, expected, custom ?? (value === undefined ? `Het veld "${lastKey(path) ?? ''}" ontbreekt.` : `Deze waarde heeft niet de goede soort: er staat ${describeValue(value)}.`))];
    }
    case 'invalid_key': {
      const key = lastKey(path) ?? String(issue.input ?? '');
      const inner = (issue.issues ?? []) as Issue[];
      const pattern = inner.map((i) => ('pattern' in i ? (i.pattern as string) : undefined)).find(Boolean);
      const expected = patternText(pattern) ?? 'een andere naam';
      return [make(ctx, path, `de naam ${quoteText(key)}`, expected, `De naam ${quoteText(key)} is hier niet toegestaan.`)];
    }
    case 'invalid_element':
      return [make(ctx, path, found, expectedAt(ctx, path, 'een geldige waarde'), custom ?? 'Een waarde in deze verzameling klopt niet.')];
    case 'not_multiple_of':
      return [make(ctx, path, found, `een veelvoud van ${String(issue.divisor)}`, custom ?? `Dit getal moet een veelvoud van ${String(issue.divisor)} zijn.`)];
    case 'custom': {
      const params = (issue.params ?? {}) as { expected?: unknown };
      if (custom === DATE_MESSAGE) {
        return [make(ctx, path, found, 'een datum als jjjj-mm-dd, zoals 2026-03-01', 'Dit is geen geldige datum.')];
      }
      if (custom === REGION_MESSAGE) {
        return [
          make(ctx, path, found, "een id van een van de 35 arbeidsmarktregio's, zoals twente", `Onbekende arbeidsmarktregio ${valueInline(value)}.${didYouMean(value, regions.map((r) => r.id))}`),
        ];
      }
      const expected = typeof params.expected === 'string' ? params.expected : expectedAt(ctx, path, 'een andere waarde');
      return [make(ctx, path, found, expected, custom ?? 'Deze waarde klopt niet.')];
    }
    default: {
      const unknownIssue = issue as { code?: string };
      return [make(ctx, path, found, expectedAt(ctx, path, 'een geldige waarde'), custom ?? `Deze waarde klopt niet (${String(unknownIssue.code)}).`)];
    }
  }
};

/** Maps zod issues (parsed with reportInput and markDefaultMessages) to file issues. */
export const fileIssuesFromZod = (issues: readonly Issue[], file: string, root: Schema, input: unknown): FileIssue[] => {
  const ctx: Ctx = { file, root, input };
  const out: FileIssue[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    for (const fi of mapIssue(issue, [], ctx)) {
      const key = `${fi.path}\u0000${fi.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(fi);
    }
  }
  if (out.length > MAX_ISSUES) {
    const rest = out.length - MAX_ISSUES;
    return [
      ...out.slice(0, MAX_ISSUES),
      { file, path: '$', found: `${out.length} fouten`, expected: 'een bestand zonder fouten', message: `Er zijn nog ${rest} fouten meer. Los eerst de fouten hierboven op.` },
    ];
  }
  return out;
};
