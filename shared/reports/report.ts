// From the SQL aggregates to the report's tables, with disclosure control applied. The counting
// itself happened in SQLite (db/repositories/reports.ts); this file only names, orders and
// suppresses the few result rows, so the same shaping serves the screen, CSV, XLSX and PDF.
import { trainingKinds, trainingLevels } from '../case/schema.ts';
import { arrangementStatuses, type ArrangementStatus } from '../contract/arrangements.ts';
import type { BundleInfo, Report, ReportCell, ReportFilters, ReportSource, ReportTable } from '../contract/reports.ts';
import type { PackRef } from '../contract/packs.ts';
import { statusLabels } from '../arrangements/labels.ts';
import { trainingKindLabels, trainingLevelLabels } from '../labels/case.ts';
import { schemeKindLabels } from '../labels/packs.ts';
import type { Pack, RuleNode } from '../packs/format.ts';
import { regionName } from '../regions/index.ts';
import { formatEuro } from '../money.ts';
import type { PayerKind } from './bundle.ts';
import {
  addCounts,
  guardAmount,
  noSuppression,
  suppressGrid,
  suppressionNote,
  suppressUnlinked,
  type SuppressionCounts,
} from './suppress.ts';

/** What the SQL returns (db/repositories/reports.ts aggregate()). */
export interface Aggregates {
  total: number;
  byMonthStatus: { month: string; status: string; n: number }[];
  byPayerKind: { payerKind: string; n: number; cents: number }[];
  byScheme: { schemeId: string; kind: string; n: number; cents: number }[];
  own: { n: number; zero: number; medianCents: number | null };
  refusedSchemes: { schemeId: string; n: number }[];
  refusedRules: { schemeId: string; ruleId: string; n: number }[];
  trainings: { kind: string; level: string; n: number }[];
}

export const payerKindLabels: Readonly<Record<PayerKind, string>> = {
  rijk: 'Rijk (landelijke regelingen)',
  sectorfonds: 'Sectorfondsen',
  regio: 'Regio en gemeenten',
  werkgever: 'Werkgevers',
  overig: 'Overig',
};

const TOP_REFUSED = 10;
const RULES_PER_SCHEME = 5;

/** "2026-03" → "03-2026": months as the rest of the app writes dates (dd-mm-jjjj). */
export const monthNl = (month: string): string => `${month.slice(5, 7)}-${month.slice(0, 4)}`;

const nextMonth = (m: string): string => {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
};

/** Every month from first to last, so a month without arrangements shows as 0, not as a gap. */
const monthsBetween = (first: string, last: string): string[] => {
  const out: string[] = [];
  for (let m = first; m <= last && out.length < 1200; m = nextMonth(m)) out.push(m);
  return out;
};

// ---------------------------------------------------------------------------------------------
// Rule and scheme names from the packs in use.

const findRule = (node: RuleNode, id: string): Extract<RuleNode, { id: string }> | null => {
  if ('all' in node) return node.all.reduce<ReturnType<typeof findRule>>((hit, n) => hit ?? findRule(n, id), null);
  if ('any' in node) return node.any.reduce<ReturnType<typeof findRule>>((hit, n) => hit ?? findRule(n, id), null);
  if ('not' in node) return findRule(node.not, id);
  return node.id === id ? node : null;
};

/** The figure a rule compares with, as the pack states it now (its latest dated value). */
const expectedText = (scheme: Pack['schemes'][number], rule: Extract<RuleNode, { id: string }>): string | null => {
  const ref = rule.value;
  if (!ref || typeof ref !== 'object' || Array.isArray(ref)) return null;
  const param = scheme.parameters[ref.param];
  const latest = param ? [...param.values].sort((a, b) => (a.from < b.from ? -1 : 1)).pop() : undefined;
  if (!param || !latest || latest.value === null) return null;
  const v = latest.value;
  switch (param.unit) {
    case 'cents':
      return formatEuro(v);
    case 'percent':
      return `${v}%`;
    case 'years':
      return `${v} jaar`;
    case 'months':
      return `${v} maanden`;
    case 'hours':
      return `${v} uur`;
    default:
      return String(v);
  }
};

/**
 * The parts of a rule text that hold without a case: sentences (and bracketed parts) that need
 * the client's own value ({actual}) go; the rule's figure ({expected}) is filled in when known.
 */
const withoutCaseValues = (text: string, expected: string | null): string =>
  text
    .replace(/\s*\([^)]*\{actual\}[^)]*\)/g, '')
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !sentence.includes('{actual}') && (expected !== null || !sentence.includes('{expected}')))
    .map((sentence) => (expected === null ? sentence : sentence.replaceAll('{expected}', expected)))
    .join(' ')
    .trim();

/**
 * A failed rule in plain Dutch, from the pack's own sentences: its fail text when that needs no
 * case values; else its pass text quoted as the condition not met when that needs none; else the fail text
 * without the client's values and with the rule's figure filled in.
 */
export function ruleLabel(packs: readonly Pack[], schemeId: string, ruleId: string): string {
  if (ruleId === 'parameter') return 'Een bedrag of grens van de regeling is niet bekend.';
  if (ruleId === 'validity') return 'De regeling gold niet op de peildatum.';
  for (const pack of packs) {
    const scheme = pack.schemes.find((s) => s.id === schemeId);
    if (!scheme) continue;
    const rule = findRule(scheme.eligibility, ruleId);
    if (!rule) break;
    if (!rule.fail.includes('{')) return rule.fail;
    // Quoted, so a pass sentence ("De mbo-opleiding is in de bol.") reads as the condition that
    // was not met instead of as a statement of fact.
    if (!rule.pass.includes('{')) return `Voorwaarde niet vervuld: ‘${rule.pass.replace(/\.$/, '')}’.`;
    const rest = withoutCaseValues(rule.fail, expectedText(scheme, rule));
    if (rest) return rest;
    break;
  }
  return `Regel ‘${ruleId}’ niet voldaan.`;
}

export const schemeNameIn = (packs: readonly Pack[], schemeId: string): string => {
  for (const pack of packs) {
    const scheme = pack.schemes.find((s) => s.id === schemeId);
    if (scheme) return scheme.name;
  }
  return schemeId;
};

export const filterLines = (f: ReportFilters, packs: readonly Pack[]): string[] => {
  const lines = [
    `Periode (peildatum): ${f.from ? monthNl(f.from) : 'vanaf het begin'} tot en met ${f.to ? monthNl(f.to) : 'nu'}`,
  ];
  if (f.region) lines.push(`Regio: ${regionName(f.region)}`);
  if (f.schemeId) lines.push(`Regeling: ${schemeNameIn(packs, f.schemeId)}`);
  if (f.status) lines.push(`Status: ${statusLabels[f.status]}`);
  if (f.trainingKind) lines.push(`Soort opleiding: ${trainingKindLabels[f.trainingKind]}`);
  if (lines.length === 1) lines.push('Geen andere filters: alle regio’s, regelingen, statussen en soorten opleiding.');
  return lines;
};

// ---------------------------------------------------------------------------------------------

export interface ReportContext {
  source: ReportSource;
  filters: ReportFilters;
  threshold: number;
  packsInUse: readonly Pack[];
  bundles: BundleInfo[];
  packRefs: PackRef[];
  madeAt: string;
}

const row = (cells: ReportCell[], total = false) => ({ cells, total });

export function buildReport(a: Aggregates, c: ReportContext): Report {
  const th = c.threshold;
  let counts: SuppressionCounts = noSuppression();
  const tables: ReportTable[] = [];
  const schemeName = (id: string) => schemeNameIn(c.packsInUse, id);

  // Per month and status: a two-way table with totals both ways (secondary suppression).
  const present = [...new Set(a.byMonthStatus.map((r) => r.month))].sort();
  const months = present.length === 0 ? [] : monthsBetween(c.filters.from && c.filters.from < present[0]! ? c.filters.from : present[0]!, c.filters.to && c.filters.to > present[present.length - 1]! ? c.filters.to : present[present.length - 1]!);
  const statuses = arrangementStatuses;
  const at = new Map(a.byMonthStatus.map((r) => [`${r.month}|${r.status}`, r.n]));
  const grid = suppressGrid(months.map((m) => statuses.map((s) => at.get(`${m}|${s}`) ?? 0)), th, statuses.length);
  counts = addCounts(counts, grid.counts);
  tables.push({
    id: 'per-maand',
    title: 'Arrangementen per maand en status',
    columns: [{ label: 'Maand (peildatum)', kind: 'text' }, ...statuses.map((s) => ({ label: statusLabels[s], kind: 'count' as const })), { label: 'Totaal', kind: 'count' }],
    rows: [
      ...months.map((m, i) => row([monthNl(m), ...grid.cells[i]!, grid.rowTotals[i]!])),
      row(['Totaal', ...grid.colTotals, grid.grandTotal], true),
    ],
    chart: 'line',
    chartColumn: statuses.length + 1,
    note: null,
  });
  // Per status: the column totals of the table above, suppressed there, so both agree.
  tables.push({
    id: 'per-status',
    title: 'Arrangementen per status',
    columns: [{ label: 'Status', kind: 'text' }, { label: 'Arrangementen', kind: 'count' }],
    rows: [...statuses.map((s, j) => row([statusLabels[s as ArrangementStatus], grid.colTotals[j]!])), row(['Totaal', grid.grandTotal], true)],
    chart: 'bar',
    chartColumn: 1,
    note: null,
  });

  // Money per payer kind and per scheme: an arrangement can have lines of several kinds, so
  // the counts add up to nothing shown; amounts are hidden when too few arrangements are behind them.
  const payer = suppressUnlinked(a.byPayerKind.map((r) => r.n), th);
  counts = addCounts(counts, payer.counts);
  const payerRows = a.byPayerKind.map((r, i) => row([payerKindLabels[r.payerKind as PayerKind] ?? r.payerKind, payer.cells[i]!, guardAmount(r.cents, r.n, th, counts)]));
  tables.push({
    id: 'per-financier',
    title: 'Geld per soort financier',
    columns: [{ label: 'Financier', kind: 'text' }, { label: 'Arrangementen', kind: 'count' }, { label: 'Bedrag', kind: 'cents' }],
    rows: payerRows,
    chart: 'bar',
    chartColumn: 2,
    note: null,
  });
  const schemes = suppressUnlinked(a.byScheme.map((r) => r.n), th);
  counts = addCounts(counts, schemes.counts);
  tables.push({
    id: 'per-regeling',
    title: 'Geld per regeling',
    columns: [{ label: 'Regeling', kind: 'text' }, { label: 'Soort geld', kind: 'text' }, { label: 'Arrangementen', kind: 'count' }, { label: 'Bedrag', kind: 'cents' }],
    rows: a.byScheme.map((r, i) => row([
      r.kind === 'cofinancing' ? `${schemeName(r.schemeId)} (verplichte bijdrage)` : schemeName(r.schemeId),
      schemeKindLabels[r.kind as keyof typeof schemeKindLabels] ?? r.kind,
      schemes.cells[i]!,
      guardAmount(r.cents, r.n, th, counts),
    ])),
    chart: 'bar',
    chartColumn: 3,
    note: null,
  });

  // The client's own contribution: median and share of cases without one.
  const ownN = suppressUnlinked([a.own.n], th);
  counts = addCounts(counts, ownN.counts);
  const share = a.own.n === 0 ? null : Math.round((a.own.zero / a.own.n) * 1000) / 10;
  tables.push({
    id: 'eigen-bijdrage',
    title: 'Eigen bijdrage van de cliënt',
    columns: [{ label: 'Arrangementen', kind: 'count' }, { label: 'Mediaan eigen bijdrage', kind: 'cents' }, { label: 'Zonder eigen bijdrage', kind: 'percent' }],
    rows: [row([ownN.cells[0]!, guardAmount(a.own.medianCents, a.own.n, th, counts), guardAmount(share, a.own.n, th, counts)])],
    chart: 'none',
    chartColumn: 1,
    note: 'De mediaan is het middelste bedrag: de helft van de cliënten betaalt zelf minder, de helft meer.',
  });

  // The schemes most often refused, and the rules they failed.
  const top = a.refusedSchemes.slice(0, TOP_REFUSED);
  const refused = suppressUnlinked(top.map((r) => r.n), th);
  counts = addCounts(counts, refused.counts);
  tables.push({
    id: 'afgewezen-regelingen',
    title: 'Regelingen die het vaakst niet passen',
    columns: [{ label: 'Regeling', kind: 'text' }, { label: 'Arrangementen', kind: 'count' }],
    rows: top.map((r, i) => row([schemeName(r.schemeId), refused.cells[i]!])),
    chart: 'bar',
    chartColumn: 1,
    note: 'Een regeling past niet als de cliënt of de opleiding niet aan een voorwaarde voldoet.',
  });
  const ruleRows = top.flatMap((s) => a.refusedRules.filter((r) => r.schemeId === s.schemeId).slice(0, RULES_PER_SCHEME));
  const rules = suppressUnlinked(ruleRows.map((r) => r.n), th);
  counts = addCounts(counts, rules.counts);
  tables.push({
    id: 'afwijsredenen',
    title: 'Waarom die regelingen niet passen',
    columns: [{ label: 'Regeling', kind: 'text' }, { label: 'Voorwaarde waaraan niet is voldaan', kind: 'text' }, { label: 'Keer', kind: 'count' }],
    rows: ruleRows.map((r, i) => row([schemeName(r.schemeId), ruleLabel(c.packsInUse, r.schemeId, r.ruleId), rules.cells[i]!])),
    chart: 'none',
    chartColumn: 2,
    note: 'Een regeling kan om meer dan één reden niet passen; de aantallen tellen daarom niet op.',
  });

  // Trainings by kind and level: a two-way table with totals (secondary suppression).
  const levelKeys = [...trainingLevels, ''] as const;
  const tAt = new Map(a.trainings.map((r) => [`${r.kind}|${r.level}`, r.n]));
  const usedLevels = levelKeys.filter((l) => trainingKinds.some((k) => (tAt.get(`${k}|${l}`) ?? 0) > 0));
  const usedKinds = trainingKinds.filter((k) => levelKeys.some((l) => (tAt.get(`${k}|${l}`) ?? 0) > 0));
  const tGrid = suppressGrid(usedKinds.map((k) => usedLevels.map((l) => tAt.get(`${k}|${l}`) ?? 0)), th, usedLevels.length);
  counts = addCounts(counts, tGrid.counts);
  tables.push({
    id: 'opleidingen',
    title: 'Opleidingen naar soort en niveau',
    columns: [
      { label: 'Soort opleiding', kind: 'text' },
      ...usedLevels.map((l) => ({ label: l === '' ? 'Geen niveau' : trainingLevelLabels[l], kind: 'count' as const })),
      { label: 'Totaal', kind: 'count' },
    ],
    rows: [
      ...usedKinds.map((k, i) => row([trainingKindLabels[k], ...tGrid.cells[i]!, tGrid.rowTotals[i]!])),
      row(['Totaal', ...tGrid.colTotals, tGrid.grandTotal], true),
    ],
    chart: 'bar',
    chartColumn: usedLevels.length + 1,
    note: null,
  });

  const totalShown = a.total > 0 && a.total < th ? null : a.total;
  return {
    source: c.source,
    filters: c.filters,
    filterLines: filterLines(c.filters, c.packsInUse),
    bundles: c.bundles,
    packs: c.packRefs,
    madeAt: c.madeAt,
    threshold: th,
    total: totalShown,
    suppressionNote: suppressionNote(counts, th),
    tables,
  };
}

/** Re-exported for the exports, which print suppressed cells as CBS does. */
export const SUPPRESSED_MARK = 'x';
