// The Rapportages screen's pure parts: the filter form as typed (months as mm-jjjj, the
// threshold as text) read into a report request with Dutch messages, and what a chart draws and
// says about itself. No React here, so the unit tests can reach every branch.
import { MIN_SUPPRESSION_THRESHOLD, type ReportFilters, type ReportTable } from '../../../shared/contract/reports.ts';
import { cellText } from '../../../shared/reports/document.ts';
import { t } from '../../i18n/nl.ts';

export interface FilterDraft {
  readonly from: string;
  readonly to: string;
  readonly region: string;
  readonly schemeId: string;
  readonly status: string;
  readonly trainingKind: string;
  readonly threshold: string;
}

export type FilterErrors = Partial<Record<'from' | 'to' | 'threshold', string>>;

/** "2026-03" → "03-2026", the way the app writes months. */
export const monthText = (month: string | undefined): string => (month ? `${month.slice(5, 7)}-${month.slice(0, 4)}` : '');

export const draftOf = (filters: ReportFilters, threshold: number): FilterDraft => ({
  from: monthText(filters.from),
  to: monthText(filters.to),
  region: filters.region ?? '',
  schemeId: filters.schemeId ?? '',
  status: filters.status ?? '',
  trainingKind: filters.trainingKind ?? '',
  threshold: String(threshold),
});

/** "3-2026", "03-2026" or "03/2026" → "2026-03"; '' → null (no bound); anything else → an error. */
export const readMonth = (text: string): { month: string | null } | { error: string } => {
  const trimmed = text.trim();
  if (trimmed === '') return { month: null };
  const m = /^(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(trimmed);
  if (!m) return { error: t('reports.filters.month.format') };
  const month = Number(m[1]);
  const year = Number(m[2]);
  if (month < 1 || month > 12) return { error: t('reports.filters.month.notAMonth') };
  if (year < 1900 || year > 2200) return { error: t('reports.filters.month.year') };
  return { month: `${year}-${String(month).padStart(2, '0')}` };
};

/** The draft as filters and threshold, or the Dutch message per field; nothing is applied on errors. */
export const readDraft = (draft: FilterDraft): { ok: true; filters: ReportFilters; threshold: number } | { ok: false; errors: FilterErrors } => {
  const errors: FilterErrors = {};
  const from = readMonth(draft.from);
  const to = readMonth(draft.to);
  if ('error' in from) errors.from = from.error;
  if ('error' in to) errors.to = to.error;
  if ('month' in from && 'month' in to && from.month && to.month && from.month > to.month) errors.to = t('reports.filters.month.order');
  const thresholdText = draft.threshold.trim();
  const threshold = Number(thresholdText);
  if (thresholdText === '' || !/^\d+$/.test(thresholdText)) errors.threshold = t('reports.filters.threshold.whole');
  else if (threshold < MIN_SUPPRESSION_THRESHOLD) errors.threshold = t('reports.filters.threshold.min', { min: MIN_SUPPRESSION_THRESHOLD });
  else if (threshold > 1000) errors.threshold = t('reports.filters.threshold.max');
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const filters: ReportFilters = {};
  if ('month' in from && from.month) filters.from = from.month;
  if ('month' in to && to.month) filters.to = to.month;
  if (draft.region) filters.region = draft.region;
  if (draft.schemeId) filters.schemeId = draft.schemeId;
  if (draft.status) filters.status = draft.status as NonNullable<ReportFilters['status']>;
  if (draft.trainingKind) filters.trainingKind = draft.trainingKind as NonNullable<ReportFilters['trainingKind']>;
  return { ok: true, filters, threshold };
};

export interface ChartPoint {
  readonly label: string;
  /** null = suppressed ("x"): no bar, a gap in the line. */
  readonly value: number | null;
  /** The value as the table writes it (€, %, count, or "x"). */
  readonly text: string;
}

/** The rows a chart draws: every row but the total, at the table's chart column. */
export const chartPoints = (table: ReportTable): ChartPoint[] => {
  const kind = table.columns[table.chartColumn]?.kind ?? 'count';
  return table.rows
    .filter((r) => !r.total)
    .map((r) => {
      const cell = r.cells[table.chartColumn] ?? null;
      const value = typeof cell === 'number' ? cell : null;
      return { label: String(r.cells[0] ?? ''), value, text: cellText(value, kind) };
    });
};

const SUMMARY_POINTS = 12;

/**
 * What the chart shows, in one sentence for a screen reader (the chart's aria-label). The table
 * beside it stays the full source; this says what a sighted reader takes from the picture.
 */
export const chartSummary = (table: ReportTable): string => {
  const points = chartPoints(table);
  const kind = table.chart === 'line' ? t('reports.chart.line') : t('reports.chart.bar');
  const column = table.columns[table.chartColumn]?.label ?? '';
  const shown = points.slice(0, SUMMARY_POINTS).map((p) => `${p.label}: ${p.text}`);
  const more = points.length > SUMMARY_POINTS ? t('reports.chart.more', { count: points.length - SUMMARY_POINTS }) : '';
  const hidden = points.some((p) => p.value === null) ? t('reports.chart.hidden') : '';
  return [`${kind}: ${table.title} (${column.toLowerCase()}).`, `${shown.join('; ')}.`, more, hidden, t('reports.chart.table')].filter(Boolean).join(' ');
};

/** Whether a table gets a chart: it asks for one and has at least one number to draw. */
export const hasChart = (table: ReportTable): boolean => table.chart !== 'none' && chartPoints(table).some((p) => p.value !== null);
