// Deterministic generator of benchmark packs and cases. The shape follows the real world the
// matcher will meet: many sector funds and regions, each with a few schemes, so for any one
// client most schemes fail on the first rules (wrong fund, wrong region) and only a handful are
// eligible; rule trees nest all/any/not over the same facts the reference packs use; figures are
// dated parameters; some schemes are exclusive, remainder-only or loans.
import type { CaseFile, CostCategory } from '../shared/case/schema.ts';
import { regions } from '../shared/regions/index.ts';

/** Small deterministic PRNG (mulberry32), so every run measures the same data. */
export const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const chance = (r: Rand, p: number): boolean => r() < p;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const subset = <T>(r: Rand, xs: readonly T[], min: number): T[] => {
  const out = xs.filter(() => chance(r, 0.5));
  while (out.length < min) {
    const x = pick(r, xs);
    if (!out.includes(x)) out.push(x);
  }
  return out;
};
const pad = (n: number): string => String(n).padStart(2, '0');
const isoDate = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(Math.min(d, 28))}`;

/** Sixty sector funds: the real ones first, then plausible made-up ids. */
export const benchSectorFunds: readonly string[] = [
  'sfb-bakkers', 'retail-non-food', 'a-o-metalektro', 'oom', 'colland-hoveniers',
  ...Array.from({ length: 55 }, (_, i) => `fonds-${String(i + 1).padStart(2, '0')}`),
];
const regionIds = regions.map((r) => r.id);
const recognitionValues = ['ocw-diploma', 'ocw-certificaat', 'nrto-keurmerk', 'nlqf', 'branche-erkend', 'evc-erkend', 'ontwikkelpad', 'nl-leert-door'] as const;
const levels = ['mbo1', 'mbo2', 'mbo3', 'mbo4', 'hbo', 'wo'] as const;
const kinds = ['mbo-diploma', 'ho-diploma', 'ho-module', 'certificate', 'course', 'basic-skills', 'evc'] as const;
const grantCategories = ['tuition', 'exam', 'materials', 'protective-gear', 'travel', 'other'] as const;

type Json = Record<string, unknown>;

interface SchemeBuilder {
  readonly params: Record<string, Json>;
  param(name: string, unit: string, values: Array<[string, number | null]>, verified?: boolean): { param: string };
}

const builder = (): SchemeBuilder => {
  const params: Record<string, Json> = {};
  return {
    params,
    param(name, unit, values, verified = true) {
      const hasNull = values.some(([, v]) => v === null);
      params[name] = {
        label: `Parameter ${name}`,
        unit,
        values: values.map(([from, value]) => ({ from, value })),
        source: 'bench',
        lastVerified: '2026-11-01',
        verified: verified && !hasNull,
      };
      return { param: name };
    },
  };
};

const leaf = (id: string, fact: string, op: string, value?: unknown, on?: 'trainingStart'): Json => ({
  id,
  fact,
  op,
  ...(value === undefined ? {} : { value }),
  ...(on ? { on } : {}),
  pass: `Voorwaarde ${id} is vervuld.`,
  fail: `Voorwaarde ${id} is niet vervuld.`,
  source: 'bench',
});

/** A money figure that changed once: a realistic dated parameter. */
const datedMoney = (r: Rand, b: SchemeBuilder, name: string): { param: string } => {
  const base = pick(r, [15000, 20000, 50000, 80000, 100000, 150000, 250000, 500000]);
  if (chance(r, 0.3)) return b.param(name, 'cents', [['2018-01-01', base], ['2023-01-01', Math.round(base * 1.2)]]);
  if (chance(r, 0.05)) return b.param(name, 'cents', [['2018-01-01', null]], false);
  return b.param(name, 'cents', [['2018-01-01', base]]);
};

const trainingRules = (r: Rand, b: SchemeBuilder, n: number): Json[] => {
  const out: Json[] = [];
  const options = [
    () => leaf(`soort-${n}`, 'training.kind', 'in', subset(r, kinds, 2)),
    () => leaf(`erkend-${n}`, 'training.recognitions', 'containsAny', subset(r, recognitionValues, 1)),
    () => leaf(`niveau-${n}`, 'training.level', 'in', subset(r, levels, 2)),
    () => leaf(`duur-${n}`, 'training.durationMonths', 'lte', b.param(`duur-${n}`, 'months', [['2018-01-01', pick(r, [6, 12, 24, 48])]])),
    () => leaf(`doel-${n}`, 'training.purpose', 'neq', 'personal-development'),
  ];
  for (const make of options) if (chance(r, 0.35)) out.push(make());
  return out;
};

const sectorScheme = (r: Rand, packId: string, i: number): Json => {
  const b = builder();
  const fund = pick(r, benchSectorFunds);
  const rules: Json[] = [leaf('sectorfonds', 'work.sectorFund', 'eq', fund), leaf('in-loondienst', 'work.status', 'eq', 'employed')];
  if (chance(r, 0.4)) rules.push(leaf('uren', 'work.hoursPerWeek', 'gte', b.param('uren', 'hours', [['2018-01-01', pick(r, [12, 16, 20, 24])]])));
  if (chance(r, 0.3)) rules.push(leaf('dienstjaren', 'work.yearsInService', 'gte', b.param('dienstjaren', 'years', [['2018-01-01', pick(r, [1, 2])]])));
  if (chance(r, 0.3)) rules.push({ not: leaf('uitzend', 'work.contract', 'eq', 'agency') });
  if (chance(r, 0.3)) rules.push(leaf('leeftijd', 'client.age', 'lt', b.param('leeftijd', 'years', [['2018-01-01', 55], ['2021-01-01', 57]]), 'trainingStart'));
  const t = trainingRules(r, b, 1);
  if (t.length > 1 && chance(r, 0.5)) rules.push({ any: t });
  else rules.push(...t);
  return scheme(r, b, `${packId}.sector-${i}`, `Sectorregeling ${i} (${fund})`, { all: rules });
};

const regionScheme = (r: Rand, packId: string, i: number): Json => {
  const b = builder();
  const region = pick(r, regionIds);
  const rules: Json[] = [leaf('regio', 'client.region', 'eq', region)];
  if (chance(r, 0.6)) rules.push(leaf('kansberoep', 'training.kansberoep', 'isTrue'));
  if (chance(r, 0.5)) {
    rules.push({
      any: [
        leaf('werkzoekend', 'work.status', 'eq', 'job-seeker'),
        leaf('uitkering', 'work.benefit', 'in', ['ww', 'bijstand']),
        { all: [leaf('ontslag', 'work.dismissalNotice', 'isTrue'), leaf('geen-startkwalificatie', 'client.hasStartkwalificatie', 'isFalse')] },
      ],
    });
  }
  rules.push(...trainingRules(r, b, 2));
  return scheme(r, b, `${packId}.regio-${i}`, `Regionale regeling ${i} (${region})`, { all: rules });
};

const nationalScheme = (r: Rand, packId: string, i: number): Json => {
  const b = builder();
  const rules: Json[] = [
    leaf('minimumleeftijd', 'client.age', 'gte', b.param('minimumleeftijd', 'years', [['2018-01-01', 18]])),
    leaf('aow', 'client.ageMonths', 'lt', b.param('aow', 'months', [['2018-01-01', 792], ['2022-01-01', 799], ['2023-01-01', 802], ['2024-01-01', 804]], false)),
    leaf('arbeidsmarkt', 'work.status', 'in', ['employed', 'self-employed', 'job-seeker']),
    leaf('geen-sf', 'studentFinance.studiefinanciering', 'isFalse'),
  ];
  if (chance(r, 0.5)) rules.push(leaf('eenmaal-per-jaar', 'history.usedThisSchemeThisYear', 'isFalse'));
  if (chance(r, 0.3)) rules.push(leaf('basisvaardigheden', 'basicSkills.anyInsufficient', 'isTrue'));
  rules.push(...trainingRules(r, b, 3));
  return scheme(r, b, `${packId}.landelijk-${i}`, `Landelijke regeling ${i}`, { all: rules });
};

function scheme(r: Rand, b: SchemeBuilder, id: string, name: string, eligibility: Json): Json {
  const roll = r();
  const kind = roll < 0.06 ? 'loan' : roll < 0.1 ? 'offer' : 'grant';
  const mode = kind === 'loan' ? pick(r, ['stacks', 'remainder-only']) : roll < 0.22 ? 'exclusive' : roll < 0.32 ? 'remainder-only' : 'stacks';
  const categories = kind === 'loan' ? ['tuition'] : ['tuition', ...subset(r, grantCategories.slice(1), 0)];
  const caps: Json[] = [];
  if (kind !== 'loan' && chance(r, 0.85)) {
    const cap: Json = { per: chance(r, 0.3) ? 'calendar-year' : 'case', amount: datedMoney(r, b, 'maximum') };
    if (chance(r, 0.1)) cap.proRataByHours = b.param('voltijd', 'hours', [['2018-01-01', pick(r, [36, 38, 40])]]);
    caps.push(cap);
  }
  const coverage: Json = { categories, caps };
  if (kind !== 'loan' && chance(r, 0.5)) coverage.percent = b.param('percentage', 'percent', [['2018-01-01', pick(r, [50, 67, 75, 80, 90])]]);
  const stacking: Json = { mode };
  if (kind === 'grant' && mode === 'stacks' && chance(r, 0.03)) {
    stacking.cofinancing = { share: b.param('cofinanciering', 'percent', [['2018-01-01', 33]]), payer: 'Werkgever' };
  }
  const from = int(r, 2017, 2023);
  const validTo = chance(r, 0.25) ? isoDate(from + int(r, 1, 5), 12, 31) : null;
  return {
    id,
    name,
    funder: 'Benchfonds',
    kind,
    application: { applicant: kind === 'loan' ? 'client' : 'employer', how: 'Aanvragen bij het fonds.' },
    budget: { status: 'open', checkedOn: '2026-11-01' },
    validFrom: isoDate(from, int(r, 1, 12), 1),
    validTo,
    eligibility,
    coverage,
    stacking,
    parameters: b.params,
  };
}

/** A pack with `size` schemes: 60% sector, 30% regional, 10% national. */
export function generatePack(size: number, seed = 1): Json {
  const r = prng(seed * 7919 + size);
  const id = `bench.n${size}`;
  const schemes: Json[] = [];
  for (let i = 0; i < size; i++) {
    const roll = r();
    schemes.push(roll < 0.6 ? sectorScheme(r, id, i) : roll < 0.9 ? regionScheme(r, id, i) : nationalScheme(r, id, i));
  }
  return {
    formatVersion: 1,
    id,
    title: `Benchmarkpakket met ${size} regelingen`,
    publisher: 'Arrangeur benchmark',
    version: '1.0.0',
    minAppVersion: '0.1.0',
    published: '2026-11-23',
    scope: { kind: 'national' },
    sources: { bench: { title: 'Gegenereerde benchmarkgegevens' } },
    schemes,
  };
}

const costItem = (r: Rand, category: CostCategory, lo: number, hi: number) => ({
  category,
  amountCents: int(r, lo, hi) * 100,
  vatIncluded: true,
});

/** `count` valid case files (case file v1) spread over 2018-2026, all regions and funds. */
export function generateCases(count: number, seed = 1): CaseFile[] {
  const r = prng(seed * 104729 + count);
  const out: CaseFile[] = [];
  for (let i = 0; i < count; i++) {
    const year = int(r, 2018, 2026);
    const referenceDate = isoDate(year, int(r, 1, 12), int(r, 1, 28));
    const status = pick(r, ['employed', 'employed', 'employed', 'self-employed', 'job-seeker', 'not-working'] as const);
    const employed = status === 'employed';
    const startYear = year + (chance(r, 0.8) ? 0 : 1);
    const startDate = isoDate(startYear, int(r, 1, 12), int(r, 1, 28));
    const endDate = isoDate(startYear + int(r, 0, 3), 12, 28);
    const costs = [costItem(r, 'tuition', 150, 6000)];
    if (chance(r, 0.5)) costs.push(costItem(r, 'exam', 50, 600));
    if (chance(r, 0.4)) costs.push(costItem(r, 'materials', 20, 800));
    if (chance(r, 0.15)) costs.push(costItem(r, 'travel', 20, 500));
    if (chance(r, 0.1)) costs.push(costItem(r, 'protective-gear', 20, 300));
    const insufficient = () => pick(r, ['sufficient', 'sufficient', 'sufficient', 'insufficient', 'unknown'] as const);
    out.push({
      formatVersion: 1,
      referenceDate,
      client: {
        birthDate: isoDate(year - int(r, 17, 68), int(r, 1, 12), int(r, 1, 28)),
        educationLevel: pick(r, ['vmbo', 'havo', 'mbo1', 'mbo2', 'mbo3', 'mbo4', 'hbo-bachelor', 'wo-bachelor', 'master'] as const),
        region: pick(r, regionIds),
      },
      work: {
        status,
        contract: employed ? pick(r, ['permanent', 'temporary', 'flex', 'agency'] as const) : 'none',
        hoursPerWeek: employed ? int(r, 8, 40) : 0,
        employmentStartDate: employed ? isoDate(year - int(r, 0, 20), int(r, 1, 12), int(r, 1, 28)) : null,
        employerSize: employed ? int(r, 1, 5000) : null,
        sectorFund: employed && chance(r, 0.8) ? pick(r, benchSectorFunds) : null,
        benefit: status === 'job-seeker' ? pick(r, ['ww', 'bijstand', 'none'] as const) : 'none',
        dismissalNotice: employed && chance(r, 0.05),
      },
      studentFinance: { studiefinanciering: chance(r, 0.05), wtos: chance(r, 0.02), lerarenbeurs: false },
      basicSkills: { language: insufficient(), numeracy: insufficient(), digital: insufficient() },
      schemesUsed: [],
      training: {
        title: `Opleiding ${i}`,
        provider: 'Benchopleider',
        kind: pick(r, kinds),
        mboPathway: chance(r, 0.3) ? pick(r, ['bol', 'bbl', 'derde-leerweg'] as const) : null,
        level: chance(r, 0.8) ? pick(r, levels) : null,
        recognitions: subset(r, recognitionValues, 0).slice(0, 3),
        purpose: pick(r, ['current-job', 'future-occupation', 'personal-development', 'basic-skills'] as const),
        kansberoep: chance(r, 0.4),
        jobGuarantee: chance(r, 0.1),
        startDate,
        endDate,
        costs,
      },
    });
  }
  return out;
}
