// The Rapportages screen's pure parts (renderer/features/reports/reportForm.ts): the filter form
// read into a request with Dutch messages (bad input applies nothing), and what a chart draws
// and says about itself for a screen reader.
import { describe, expect, it } from 'vitest';
import type { ReportTable } from '../../shared/contract/reports.ts';
import { chartPoints, chartSummary, draftOf, hasChart, readDraft, readMonth } from '../../renderer/features/reports/reportForm.ts';

const empty = draftOf({}, 10);

describe('report filter form', () => {
  it('reads months as mm-jjjj into yyyy-mm, and an empty month as no bound', () => {
    expect(readMonth('03-2026')).toEqual({ month: '2026-03' });
    expect(readMonth(' 3/2026 ')).toEqual({ month: '2026-03' });
    expect(readMonth('')).toEqual({ month: null });
    expect(readMonth('2026-03')).toEqual({ error: 'Schrijf de maand als mm-jjjj, bijvoorbeeld 03-2026.' });
    expect(readMonth('13-2026')).toEqual({ error: 'Deze maand bestaat niet. Kies 01 tot en met 12.' });
    expect(readMonth('00-2026')).toEqual({ error: 'Deze maand bestaat niet. Kies 01 tot en met 12.' });
    expect(readMonth('01-1800')).toEqual({ error: 'Controleer het jaar.' });
  });

  it('turns a full draft into filters and a threshold, and back', () => {
    const read = readDraft({ from: '01-2026', to: '03-2026', region: 'twente', schemeId: 'nl.stap', status: 'toegekend', trainingKind: 'course', threshold: '12' });
    expect(read).toEqual({
      ok: true,
      filters: { from: '2026-01', to: '2026-03', region: 'twente', schemeId: 'nl.stap', status: 'toegekend', trainingKind: 'course' },
      threshold: 12,
    });
    if (read.ok) expect(draftOf(read.filters, read.threshold)).toEqual({ from: '01-2026', to: '03-2026', region: 'twente', schemeId: 'nl.stap', status: 'toegekend', trainingKind: 'course', threshold: '12' });
    expect(readDraft(empty)).toEqual({ ok: true, filters: {}, threshold: 10 });
  });

  it('refuses a period that runs backwards and a threshold under 5, naming the field', () => {
    expect(readDraft({ ...empty, from: '04-2026', to: '03-2026' })).toEqual({ ok: false, errors: { to: 'De laatste maand ligt vóór de eerste maand.' } });
    expect(readDraft({ ...empty, threshold: '4' })).toEqual({ ok: false, errors: { threshold: 'De drempel is minstens 5.' } });
    expect(readDraft({ ...empty, threshold: '7,5' })).toEqual({ ok: false, errors: { threshold: 'Vul een heel getal in, bijvoorbeeld 10.' } });
    expect(readDraft({ ...empty, threshold: '' })).toEqual({ ok: false, errors: { threshold: 'Vul een heel getal in, bijvoorbeeld 10.' } });
    expect(readDraft({ ...empty, threshold: '1001' })).toEqual({ ok: false, errors: { threshold: 'De drempel is hoogstens 1000.' } });
    expect(readDraft({ ...empty, from: 'maart', threshold: '2' })).toEqual({
      ok: false,
      errors: { from: 'Schrijf de maand als mm-jjjj, bijvoorbeeld 03-2026.', threshold: 'De drempel is minstens 5.' },
    });
  });
});

const money: ReportTable = {
  id: 'per-regeling',
  title: 'Geld per regeling',
  columns: [
    { label: 'Regeling', kind: 'text' },
    { label: 'Arrangementen', kind: 'count' },
    { label: 'Bedrag', kind: 'cents' },
  ],
  rows: [
    { cells: ['STAP-budget', 29, 2_742_500], total: false },
    { cells: ['Persoonlijke Trainingstoelage', null, null], total: false },
    { cells: ['Totaal', 39, 3_556_885], total: true },
  ],
  chart: 'bar',
  chartColumn: 2,
  note: null,
};

describe('report charts', () => {
  it('draws every row but the total, a suppressed cell as a gap written "x"', () => {
    expect(chartPoints(money)).toEqual([
      { label: 'STAP-budget', value: 2_742_500, text: '€ 27.425,00' },
      { label: 'Persoonlijke Trainingstoelage', value: null, text: 'x' },
    ]);
  });

  it('says in one sentence what the chart shows, and that the table has every figure', () => {
    expect(chartSummary(money)).toBe(
      'Staafdiagram: Geld per regeling (bedrag). STAP-budget: € 27.425,00; Persoonlijke Trainingstoelage: x. x is niet getoond. Alle cijfers staan in de tabel.',
    );
    const months: ReportTable = {
      ...money,
      title: 'Arrangementen per maand',
      columns: [{ label: 'Maand', kind: 'text' }, { label: 'Totaal', kind: 'count' }],
      rows: Array.from({ length: 14 }, (_, i) => ({ cells: [`${String(i + 1).padStart(2, '0')}-2026`, 10 + i], total: false })),
      chart: 'line',
      chartColumn: 1,
    };
    const summary = chartSummary(months);
    expect(summary.startsWith('Lijndiagram: Arrangementen per maand (totaal). 01-2026: 10; 02-2026: 11;')).toBe(true);
    expect(summary).toContain('En nog 2 meer.');
  });

  it('draws no chart when the table asks for none or every value is hidden', () => {
    expect(hasChart(money)).toBe(true);
    expect(hasChart({ ...money, chart: 'none' })).toBe(false);
    expect(hasChart({ ...money, rows: [{ cells: ['A', null, null], total: false }] })).toBe(false);
  });
});
