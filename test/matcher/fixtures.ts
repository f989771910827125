// Small inline packs and cases for the matcher and loader tests. Built as plain JSON-like
// objects and run through packSchema/caseFileSchema, exactly as a file from disk would be.
import { caseFileSchema, type CaseFile } from '../../shared/case/schema.ts';
import { packSchema, type Pack } from '../../shared/packs/format.ts';

export const baseCase = (): Record<string, unknown> => ({
  formatVersion: 1,
  referenceDate: '2023-06-01',
  client: { birthDate: '1980-05-15', educationLevel: 'mbo2', region: 'twente' },
  work: {
    status: 'employed',
    contract: 'permanent',
    hoursPerWeek: 38,
    employmentStartDate: '2015-01-01',
    employerSize: 40,
    sectorFund: null,
    benefit: 'none',
    dismissalNotice: false,
  },
  studentFinance: { studiefinanciering: false, wtos: false, lerarenbeurs: false },
  basicSkills: { language: 'sufficient', numeracy: 'sufficient', digital: 'sufficient' },
  schemesUsed: [],
  training: {
    title: 'Vakopleiding',
    provider: 'ROC',
    kind: 'course',
    mboPathway: null,
    level: 'mbo3',
    recognitions: ['nrto-keurmerk'],
    purpose: 'future-occupation',
    kansberoep: true,
    jobGuarantee: false,
    startDate: '2023-09-01',
    endDate: '2024-06-30',
    costs: [{ category: 'tuition', amountCents: 150_000, vatIncluded: true }],
  },
});

type Json = Record<string, unknown>;

/** Deep merge: objects merge, arrays and values replace (as the pack tests' case overrides). */
export const merge = (base: Json, over: Json): Json => {
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b) ? merge(b as Json, v as Json) : v;
  }
  return out;
};

export const makeCase = (over: Json = {}): CaseFile => caseFileSchema.parse(merge(baseCase(), over));

export const leaf = (id: string, fact: string, op: string, value?: unknown, extra: Json = {}): Json => ({
  id,
  fact,
  op,
  ...(value === undefined ? {} : { value }),
  pass: `Voldaan: ${id} ({actual}).`,
  fail: `Niet voldaan: ${id}: {actual}, nodig {expected}.`,
  source: 'bron',
  ...extra,
});

export const param = (label: string, unit: string, values: Array<[string, number | null]>, verified = true): Json => ({
  label,
  unit,
  values: values.map(([from, value]) => ({ from, value })),
  source: 'bron',
  lastVerified: '2026-11-01',
  verified: verified && values.every(([, v]) => v !== null),
});

/** A valid scheme; `over` merges in, except `eligibility`, which replaces the default rule. */
export const scheme = (id: string, over: Json = {}): Json => ({
  ...merge(
    {
      id,
      name: `Regeling ${id}`,
      funder: 'Fonds',
      kind: 'grant',
      application: { applicant: 'client', how: 'Online aanvragen.' },
      budget: { status: 'open', checkedOn: '2026-11-01' },
      validFrom: '2020-01-01',
      validTo: null,
      eligibility: { all: [leaf('werkend', 'work.status', 'eq', 'employed')] },
      coverage: { categories: ['tuition'], caps: [] },
      stacking: { mode: 'stacks' },
      parameters: {},
      sources: ['bron'],
    },
    over,
  ),
  ...(over.eligibility ? { eligibility: over.eligibility } : {}),
});

export const packJson = (schemes: Json[], over: Json = {}): Json =>
  merge(
    {
      formatVersion: 1,
      id: 'test',
      title: 'Testpakket',
      publisher: 'Arrangeur',
      version: '1.0.0',
      minAppVersion: '0.1.0',
      published: '2026-11-01',
      scope: { kind: 'national' },
      sources: { bron: { title: 'Testbron', url: 'https://example.org/bron' } },
      schemes,
    },
    over,
  );

export const makePack = (schemes: Json[], over: Json = {}): Pack => packSchema.parse(packJson(schemes, over));

/** A pack that uses most of the format: groups, params, caps, cofinancing, tijdvakken, tests. */
export const richPackJson = (): Json =>
  packJson(
    [
      scheme('test.taal', {
        summary: 'Basisvaardigheden op het werk.',
        application: { applicant: 'employer', how: 'De werkgever vraagt aan.', url: 'https://example.org/aanvragen', documents: ['Toetsuitslag'], deadline: { rule: 'in-tijdvak', text: 'In januari en februari.' } },
        tijdvakken: [{ opens: '2023-01-01', closes: '2023-02-28' }],
        budget: { status: 'open', allocation: 'lottery', checkedOn: '2026-11-01' },
        validFrom: '2021-01-01',
        validTo: '2024-12-31',
        eligibility: {
          all: [
            leaf('werkend', 'work.status', 'eq', 'employed'),
            { any: [leaf('taal', 'basicSkills.language', 'eq', 'insufficient'), leaf('rekenen', 'basicSkills.numeracy', 'in', ['insufficient'])] },
            { not: leaf('studie', 'studentFinance.studiefinanciering', 'isTrue') },
            leaf('leeftijd', 'client.age', 'lt', { param: 'aow' }, { on: 'trainingStart' }),
            leaf('erkend', 'training.recognitions', 'containsAny', ['nrto-keurmerk', 'nlqf']),
            leaf('start', 'training.startDate', 'onOrAfter', '2021-01-01'),
          ],
        },
        coverage: { categories: ['tuition', 'exam', 'materials'], percent: { param: 'pct' }, caps: [{ per: 'case', amount: { param: 'max' }, when: [{ fact: 'training.jobGuarantee', op: 'isFalse' }] }, { per: 'calendar-year', amount: { param: 'jaar' }, proRataByHours: { param: 'voltijd' } }] },
        stacking: { mode: 'stacks', cofinancing: { share: { param: 'werkgever' }, payer: 'Werkgever' }, source: 'bron' },
        parameters: {
          pct: param('subsidie', 'percent', [['2021-01-01', 67]]),
          werkgever: param('werkgeversdeel', 'percent', [['2021-01-01', 33]]),
          max: param('maximum', 'cents', [['2021-01-01', 12_500_000]]),
          jaar: param('jaarmaximum', 'cents', [['2021-01-01', 500_000], ['2023-01-01', null]], false),
          voltijd: param('voltijd', 'hours', [['2021-01-01', 38]]),
          aow: param('AOW-leeftijd', 'years', [['2021-01-01', 67]]),
        },
      }),
      scheme('test.lening', { kind: 'loan', coverage: { categories: ['tuition'] }, stacking: { mode: 'remainder-only' } }),
      scheme('test.voucher', { stacking: { mode: 'exclusive' }, coverage: { categories: ['tuition'], caps: [{ per: 'case', amount: { param: 'v' } }] }, parameters: { v: param('voucher', 'cents', [['2018-01-01', 20_000]]) } }),
    ],
    {
      description: 'Testpakket voor de laadtests.',
      scope: { kind: 'region', regions: ['twente'] },
      testBaseCase: baseCase(),
      tests: [{ name: 'Taal werkt', case: { basicSkills: { language: 'insufficient' } }, expect: { eligible: { 'test.taal': true }, failedRules: { 'test.voucher': [] }, lines: [{ schemeId: 'test.taal', amountCents: 100_500, kind: 'grant' }], ownContributionCents: 0 } }],
    },
  );
