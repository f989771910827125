// What the supervisor chose on the Rapportages screen (issue 10): the source (this laptop or the
// imported bundles), the filters and the suppression threshold of the report shown. Kept while
// the app runs, so the print view and the way back show the same report.
import { create } from 'zustand';
import { DEFAULT_SUPPRESSION_THRESHOLD, type ReportFilters, type ReportRequest, type ReportSource } from '../../shared/contract/reports.ts';

export interface ReportChoice {
  /** null until chosen: the screen starts on the bundles when there are any, else on this laptop. */
  readonly source: ReportSource | null;
  readonly filters: ReportFilters;
  readonly threshold: number;
}

export const useReportChoice = create<ReportChoice>()(() => ({ source: null, filters: {}, threshold: DEFAULT_SUPPRESSION_THRESHOLD }));

export const setReportSource = (source: ReportSource): void => useReportChoice.setState({ source });

export const applyReportFilters = (filters: ReportFilters, threshold: number): void => useReportChoice.setState({ filters, threshold });

/** The request for the report on screen (and its exports), once the source is known. */
export const reportRequest = (choice: ReportChoice, source: ReportSource): ReportRequest => ({
  source,
  filters: choice.filters,
  threshold: choice.threshold,
});
