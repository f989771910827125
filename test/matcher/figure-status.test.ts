// The adviser sees how sure an amount is: each funding line carries the status of the figures
// behind it and a plain-Dutch sentence when it is not sure. A disputed maximum is applied at
// its lowest value. Also: maxima per study year, percentages by condition, yearly dates.
import { describe, expect, it } from 'vitest';
import { match } from '../../shared/matcher/index.ts';
import { leaf, makeCase, makePack, scheme } from './fixtures.ts';

const sources = {
  bron: { title: 'Testbron', url: 'https://example.org/bron' },
  a: { title: 'Bron A', url: 'https://example.org/a' },
  b: { title: 'Bron B', url: 'https://example.org/b' },
};
const p = (values: unknown[], status: string, extra: Record<string, unknown> = {}) => ({
  label: 'Maximale toelage',
  unit: 'cents',
  source: 'bron',
  lastVerified: '2026-11-29',
  status,
  values,
  note: 'Test.',
  ...extra,
});

describe('status of the figures behind a line', () => {
  const oom = (status: string, values: unknown[]) =>
    makePack(
      [
        scheme('test.oom', {
          funder: 'OOM',
          coverage: { categories: ['tuition'], percent: { param: 'pct' }, caps: [{ per: 'case', amount: { param: 'max' } }] },
          parameters: { pct: { ...p([{ from: '2020-01-01', value: 50 }], 'verified'), label: 'Deel', unit: 'percent' }, max: p(values, status) },
        }),
      ],
      { sources },
    );
  const costs = { training: { costs: [{ category: 'tuition', amountCents: 200_000, vatIncluded: true }] } };

  it('a disputed maximum is applied at its lowest value and the line says so in plain Dutch', () => {
    const pack = oom('disputed', [{ from: '2020-01-01', value: 75_000, claims: [{ value: 75_000, source: 'a' }, { value: 80_000, source: 'b' }] }]);
    const r = match(makeCase(costs), [pack]);
    expect(r.lines).toHaveLength(1);
    const line = r.lines[0]!;
    expect(line.amountCents).toBe(75_000);
    expect(line.status).toBe('disputed');
    expect(line.unverified).toBe(true);
    expect(line.uncertainty).toBe(
      'Dit bedrag is niet zeker: bronnen noemen € 750 en € 800. Vraag het na bij OOM. Arrangeur rekent met het laagste bedrag (€ 750), zodat de cliënt niet te veel wordt beloofd.',
    );
    const fig = line.figures!.find((f) => f.parameter === 'max')!;
    expect(fig).toMatchObject({ status: 'disputed', value: 75_000, usedFor: 'amount', lastVerified: '2026-11-29' });
    expect(fig.claims!.map((c) => [c.value, c.source?.url])).toEqual([[75_000, 'https://example.org/a'], [80_000, 'https://example.org/b']]);
    const e = r.evaluations.find((x) => x.schemeId === 'test.oom')!;
    expect(e.amountStatus).toBe('disputed');
    expect(e.notices.map((n) => n.kind)).toContain('disputed-figure');
  });

  it('a verified line says verified, with no sentence, and lists its figures with their sources', () => {
    const r = match(makeCase(costs), [oom('verified', [{ from: '2020-01-01', value: 80_000 }])]);
    const line = r.lines[0]!;
    expect(line).toMatchObject({ amountCents: 80_000, status: 'verified', uncertainty: null, unverified: false });
    expect(line.figures!.map((f) => [f.parameter, f.status, f.source?.title])).toEqual([['max', 'verified', 'Testbron'], ['pct', 'verified', 'Testbron']]);
  });

  it('an unverified figure gives a line marked unverified with the sentence to check it', () => {
    const r = match(makeCase(costs), [oom('unverified', [{ from: '2020-01-01', value: 80_000 }])]);
    expect(r.lines[0]!.status).toBe('unverified');
    expect(r.lines[0]!.uncertainty).toBe('Dit bedrag is niet zeker: "Maximale toelage" (€ 800) is niet bevestigd in een officiële bron. Vraag het na bij OOM voordat u de cliënt iets belooft.');
  });

  it('a dated change of status: the value that applies on the peildatum decides', () => {
    const pack = oom('verified', [{ from: '2020-01-01', value: 80_000 }, { from: '2025-01-01', value: null, status: 'unknown' }]);
    expect(match(makeCase(costs), [pack]).lines[0]!.status).toBe('verified');
    const later = match(makeCase({ ...costs, referenceDate: '2025-06-01' }), [pack]);
    expect(later.lines).toEqual([]);
    expect(later.evaluations[0]!.notices.map((n) => n.kind)).toContain('unknown-figure');
  });
});

describe('maximum per study year', () => {
  const lllk = makePack(
    [
      scheme('test.lllk', {
        funder: 'DUO',
        kind: 'loan',
        stacking: { mode: 'remainder-only' },
        coverage: { categories: ['tuition'], caps: [{ per: 'study-year', studyYearStart: '09-01', amount: { param: 'max' } }] },
        parameters: {
          max: p(
            [
              { from: '2023-09-01', value: 231_400 },
              { from: '2024-09-01', value: 253_000 },
              { from: '2025-09-01', value: null, status: 'unknown' },
            ],
            'verified',
          ),
        },
      }),
    ],
    { sources },
  );
  const training = (startDate: string, endDate: string, amountCents: number) => ({
    referenceDate: '2023-06-01',
    training: { startDate, endDate, costs: [{ category: 'tuition', amountCents, vatIncluded: true }] },
  });

  it('one study year: at most that year\'s maximum', () => {
    const r = match(makeCase(training('2023-09-01', '2024-06-30', 500_000)), [lllk]);
    expect(r.lines.map((l) => l.amountCents)).toEqual([231_400]);
    expect(r.lines[0]!.status).toBe('verified');
  });

  it('two study years: the maxima of both years add up', () => {
    const r = match(makeCase(training('2023-09-01', '2025-06-30', 900_000)), [lllk]);
    expect(r.lines.map((l) => l.amountCents)).toEqual([231_400 + 253_000]);
  });

  it('a year whose maximum is unknown counts for nothing, and the adviser is told', () => {
    const r = match(makeCase(training('2024-09-01', '2026-06-30', 900_000)), [lllk]);
    expect(r.lines.map((l) => l.amountCents)).toEqual([253_000]);
    expect(r.lines[0]!.status).toBe('unknown');
    expect(r.lines[0]!.uncertainty).toContain('Een deel van dit bedrag is niet bekend');
    const e = r.evaluations[0]!;
    expect(e.notices.find((n) => n.kind === 'unknown-figure')!.text).toBe(
      'Het getal "Maximale toelage" is voor studiejaar 2025-2026 niet bekend. Dat studiejaar telt daarom niet mee in dit bedrag. Vraag het na bij DUO.',
    );
  });

  it('a training that starts before 1 September belongs to the study year that started the year before', () => {
    const r = match(makeCase(training('2024-08-15', '2024-12-31', 900_000)), [lllk]);
    // Study years 2023-2024 (from 1 September 2023) and 2024-2025.
    expect(r.lines.map((l) => l.amountCents)).toEqual([231_400 + 253_000]);
  });
});

describe('percentage by condition and facts on a yearly date', () => {
  const pct = (v: number | null) => ({ label: 'Percentage', unit: 'percent', source: 'bron', lastVerified: '2026-11-29', status: v === null ? 'unknown' : 'unverified', values: [{ from: '2020-01-01', value: v }], note: 'Test.' });
  const slim = makePack([
    scheme('test.slim', {
      coverage: {
        categories: ['tuition'],
        percent: { param: 'overig' },
        percentRules: [
          { when: [{ fact: 'training.nlqfLevel', op: 'in', value: ['1', '2', '3'] }], percent: { param: 'laag' } },
          { when: [{ fact: 'training.nlqfLevel', op: 'eq', value: '4' }], percent: { param: 'vier' } },
        ],
      },
      parameters: { laag: pct(90), vier: pct(40), overig: pct(null) },
    }),
  ]);
  const c = (nlqfLevel: number | null) => makeCase({ training: { nlqfLevel, costs: [{ category: 'tuition', amountCents: 100_000, vatIncluded: true }] } });

  it('NLQF 1-3 gives 90%, NLQF 4 gives 40%, another level has no known percentage', () => {
    expect(match(c(2), [slim]).lines.map((l) => l.amountCents)).toEqual([90_000]);
    expect(match(c(4), [slim]).lines.map((l) => l.amountCents)).toEqual([40_000]);
    expect(match(c(6), [slim]).lines).toEqual([]);
    expect(match(c(null), [slim]).lines).toEqual([]);
  });

  it('years in service counted on the last 31 December before the peildatum', () => {
    const pack = makePack([
      scheme('test.rnf', {
        eligibility: { all: [leaf('dienstjaren', 'work.yearsInService', 'gte', { param: 'jaren' }, { onYearly: '12-31' })] },
        parameters: { jaren: { label: 'Jaren', unit: 'years', source: 'bron', lastVerified: '2026-11-29', status: 'verified', values: [{ from: '2019-12-31', value: 1 }] } },
      }),
    ]);
    // In service from 1 March 2022: on 31 December 2022 less than a year, on 31 December 2023 more.
    const onDate = (referenceDate: string) =>
      match(makeCase({ referenceDate, work: { employmentStartDate: '2022-03-01' }, training: { startDate: '2024-09-01', endDate: '2024-12-01' } }), [pack]).evaluations[0]!.eligible;
    expect(onDate('2023-06-01')).toBe(false); // a year in service on the peildatum, not on 31-12-2022
    expect(onDate('2023-12-31')).toBe(true);
    expect(onDate('2024-02-01')).toBe(true);
  });
});
