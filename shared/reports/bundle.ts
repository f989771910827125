// The report bundle (rapportagebestand), format version 1: what one adviser's laptop hands to a
// supervisor. One record per arrangement (its latest version), holding only codes, months and
// amounts. Every object is strict, so a field that is not in this schema (a name, a birth date,
// a note, a training title) makes the whole file refused: that is how "looks like personal data"
// is caught, rather than by guessing at values. Text fields are codes with a fixed pattern or
// enum, never free text. Published as JSON Schema in schemas/report-bundle.v1.schema.json.
import { z } from 'zod';
import { educationLevels, trainingKinds, trainingLevels, trainingPurposes, workStatuses } from '../case/schema.ts';
import { ageOn, isIsoDate } from '../dates/index.ts';
import { arrangementStatuses, type ArrangementVersion } from '../contract/arrangements.ts';
import type { PackRef } from '../contract/packs.ts';
import { schemeKinds } from '../packs/format.ts';

export const BUNDLE_FORMAT = 'arrangeur.report-bundle';
export const BUNDLE_FORMAT_VERSION = 1;

/** Who pays a funding line, as a kind (the funder's name is the pack's text, not needed here). */
export const payerKinds = ['rijk', 'sectorfonds', 'regio', 'werkgever', 'overig'] as const;
export type PayerKind = (typeof payerKinds)[number];

/** Age on the peildatum in bands wide enough not to single anyone out; never the birth date. */
export const ageBands = ['tot-25', '25-34', '35-44', '45-54', '55-64', '65-plus'] as const;
export type AgeBand = (typeof ageBands)[number];

export const ageBand = (age: number): AgeBand =>
  age < 25 ? 'tot-25' : age < 35 ? '25-34' : age < 45 ? '35-44' : age < 55 ? '45-54' : age < 65 ? '55-64' : '65-plus';

/** Codes only: lower-case ids with dots and dashes, as the packs and regions use. */
const code = (max: number) => z.string().max(max).regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isIsoDate, { message: 'Verwacht een datum als jjjj-mm-dd.' });
const cents = z.number().int().min(0).max(1_000_000_000);

export const bundleLineSchema = z.strictObject({
  schemeId: code(120),
  payerKind: z.enum(payerKinds),
  kind: z.enum(schemeKinds),
  amountCents: cents,
});

export const bundleRefusalSchema = z.strictObject({
  schemeId: code(120),
  /** The ids of the rules the scheme failed (the pack's rule ids, or 'parameter'). */
  rules: z.array(code(80)).max(100),
});

export const bundleRecordSchema = z.strictObject({
  /** HMAC-SHA-256 of the arrangement id with this installation's secret: stable, not traceable. */
  id: z.string().regex(/^[0-9a-f]{64}$/),
  /** The arrangement's version number: a later version of the same record replaces an earlier one. */
  version: z.number().int().min(1).max(1_000_000),
  referenceMonth: month,
  statusMonth: month,
  status: z.enum(arrangementStatuses),
  region: code(80),
  ageBand: z.enum(ageBands),
  educationLevel: z.enum(educationLevels),
  workStatus: z.enum(workStatuses),
  sectorFund: code(80).nullable(),
  trainingKind: z.enum(trainingKinds),
  trainingLevel: z.enum(trainingLevels).nullable(),
  trainingPurpose: z.enum(trainingPurposes),
  totalCostCents: cents,
  ownContributionCents: cents,
  loanCents: cents,
  lines: z.array(bundleLineSchema).max(200),
  refusals: z.array(bundleRefusalSchema).max(10_000),
});
export type BundleRecord = z.infer<typeof bundleRecordSchema>;

export const bundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  /** The period exported: arrangements whose peildatum lies in it. */
  period: z.strictObject({ from: isoDate, to: isoDate }),
  /** The day the bundle was made (a day, not a moment: nothing here needs to be finer). */
  exportedOn: isoDate,
  /** Every pack version the exported arrangements were computed with. */
  packs: z.array(z.strictObject({ id: code(120), version: z.string().regex(/^\d+\.\d+\.\d+$/) })).max(1000),
  records: z.array(bundleRecordSchema).max(1_000_000),
});
export type Bundle = z.infer<typeof bundleSchema>;

// ---------------------------------------------------------------------------------------------
// Building a record from an arrangement version (pure: the keyed hash and the pack lookup are
// passed in, because shared/ has no crypto and does not know which packs are loaded).

export interface RecordInputs {
  /** HMAC-SHA-256 (hex) of the arrangement id with the installation secret. */
  pseudonym: string;
  /** The month (yyyy-mm) the current status was set: the first version of the latest run of that status. */
  statusMonth: string;
  /** Scope kind of the pack that holds a scheme, when that pack is loaded. */
  scopeOf: (schemeId: string) => 'national' | 'sector' | 'region' | null;
}

const CODE = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

export const payerKindOf = (line: { kind: string; payer: string; schemeId: string }, scope: 'national' | 'sector' | 'region' | null): PayerKind => {
  // The employer's share (co-financing, the Werkgeversbijdrage, a cao budget the employer pays).
  if (line.kind === 'cofinancing' || /^werkgever\b/i.test(line.payer.trim())) return 'werkgever';
  if (scope === 'national') return 'rijk';
  if (scope === 'sector') return 'sectorfonds';
  if (scope === 'region') return 'regio';
  return 'overig';
};

export function toBundleRecord(
  v: Pick<ArrangementVersion, 'version' | 'referenceDate' | 'status' | 'case' | 'result'>,
  inputs: RecordInputs,
): BundleRecord {
  const c = v.case;
  const sector = c.work.sectorFund;
  return {
    id: inputs.pseudonym,
    version: v.version,
    referenceMonth: v.referenceDate.slice(0, 7),
    statusMonth: inputs.statusMonth,
    status: v.status,
    region: c.client.region,
    ageBand: ageBand(ageOn(c.client.birthDate, v.referenceDate)),
    educationLevel: c.client.educationLevel,
    workStatus: c.work.status,
    // Chosen from the packs' list in the intake; anything else is not passed on as text.
    sectorFund: sector === null ? null : CODE.test(sector) && sector.length <= 80 ? sector : 'overig',
    trainingKind: c.training.kind,
    trainingLevel: c.training.level,
    trainingPurpose: c.training.purpose,
    totalCostCents: v.result.totalCostCents,
    ownContributionCents: v.result.ownContributionCents,
    loanCents: v.result.loanCents,
    lines: v.result.lines
      .filter((l) => l.amountCents > 0)
      .map((l) => ({ schemeId: l.schemeId, payerKind: payerKindOf(l, inputs.scopeOf(l.schemeId)), kind: l.kind, amountCents: l.amountCents })),
    refusals: v.result.evaluations
      .filter((e) => e.status === 'ineligible')
      .map((e) => ({ schemeId: e.schemeId, rules: [...new Set(e.reasons.filter((r) => !r.passed).map((r) => r.rule))].filter((r) => CODE.test(r)) })),
  };
}

/** Every pack version behind the records, sorted, once each. */
export const packsOf = (versions: readonly { packs: readonly PackRef[] }[]): PackRef[] => {
  const seen = new Map<string, PackRef>();
  for (const v of versions) for (const p of v.packs) seen.set(`${p.id}@${p.version}`, { id: p.id, version: p.version });
  return [...seen.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.version < b.version ? -1 : a.version > b.version ? 1 : 0));
};

export const bundleFileName = (from: string, to: string, exportedOn: string): string =>
  `rapportage-${from}-tot-en-met-${to}-gemaakt-${exportedOn}.json`;

/**
 * The status month: walking back from the latest version, the first version of the run that
 * has the latest status (a re-save with the same status does not move it).
 */
export const statusMonthOf = (versions: readonly { status: string; savedAt: string }[]): string => {
  let i = versions.length - 1;
  while (i > 0 && versions[i - 1]!.status === versions[i]!.status) i--;
  return versions[i]!.savedAt.slice(0, 7);
};

// ---------------------------------------------------------------------------------------------
// Reading a bundle: refused whole, with the file and the field named, in Dutch.

export type BundleParse = { ok: true; bundle: Bundle } | { ok: false; message: string; field: string | null };

const describePath = (path: readonly PropertyKey[]): string => {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
};

export function parseBundle(fileName: string, json: string): BundleParse {
  const refuse = (why: string, field: string | null): BundleParse => ({
    ok: false,
    field,
    message: `Het bestand ‘${fileName}’ is niet ingelezen: ${why} Er is niets veranderd.`,
  });
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    // A file cut off half-way (a copy that did not finish) ends up here too.
    const trimmed = json.trim();
    if (trimmed.startsWith('{') && !trimmed.endsWith('}')) return refuse('het bestand is afgebroken (onvolledig gekopieerd of opgeslagen).', null);
    return refuse('dit is geen rapportagebestand van Arrangeur (geen geldige JSON).', null);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || (data as Record<string, unknown>).format !== BUNDLE_FORMAT) {
    return refuse('dit is geen rapportagebestand van Arrangeur.', 'format');
  }
  const version = (data as Record<string, unknown>).formatVersion;
  if (typeof version === 'number' && version > BUNDLE_FORMAT_VERSION) {
    return refuse(`het is gemaakt met een nieuwere versie van Arrangeur (formaat ${version}; deze versie leest formaat ${BUNDLE_FORMAT_VERSION}). Werk Arrangeur bij.`, 'formatVersion');
  }
  const parsed = bundleSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') {
      const field = describePath([...issue.path, issue.keys[0]!]);
      return refuse(`het veld ‘${field}’ hoort niet in een rapportagebestand. Zo'n veld kan persoonsgegevens bevatten.`, field);
    }
    const field = describePath(issue.path);
    return refuse(`het veld ‘${field || 'bestand'}’ klopt niet (${issue.message}).`, field || null);
  }
  const b = parsed.data;
  if (b.period.from > b.period.to) return refuse('de begindatum van de periode ligt na de einddatum.', 'period');
  const ids = new Set<string>();
  for (const [i, r] of b.records.entries()) {
    if (ids.has(r.id)) return refuse(`het arrangement in ‘records[${i}]’ staat twee keer in het bestand.`, `records[${i}].id`);
    ids.add(r.id);
  }
  return { ok: true, bundle: b };
}

/** The file as written: stable key order from the schema, one record per line for diffing. */
export const serializeBundle = (b: Bundle): string =>
  `{"format":${JSON.stringify(b.format)},"formatVersion":${b.formatVersion},"period":${JSON.stringify(b.period)},"exportedOn":${JSON.stringify(b.exportedOn)},"packs":${JSON.stringify(b.packs)},"records":[${b.records.length ? '\n' : ''}${b.records.map((r) => JSON.stringify(r)).join(',\n')}${b.records.length ? '\n' : ''}]}\n`;

export const bundleJsonSchema = (): Record<string, unknown> =>
  z.toJSONSchema(bundleSchema, { io: 'output', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;

export const bundleSchemaFiles = (): Record<string, string> => ({
  'report-bundle.v1.schema.json': `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`,
});
