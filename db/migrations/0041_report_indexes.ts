import type { Migration } from './migration.ts';

// Faster supervisor reports (issue 10.5). A report first collects the records that count into
// a temporary table keyed by their integer seq (db/repositories/reports.ts); these indexes make
// that and the largest groupings cheap:
// - report_records_counted covers every column a report filters on or reads, for the records
//   that count, so collecting them reads the index alone (it replaces report_records_current,
//   which held the month only and sent every row back to the table).
// - "Which schemes are refused most, and why" groups ~800,000 refusals for 100,000 records by
//   scheme and rule. Driven from the records, SQLite sorted all of them in a temporary B-tree,
//   most of a report's time. report_refusals_by_rule holds them in (scheme, rule) order, so the
//   grouping reads them sorted and only looks each record up in the counted set by its key.
// - The money per scheme and per payer kind do the same over the funding lines.
// When a filter leaves few records, the report still starts from those records instead (the
// *_by_record indexes of 0040): then reading every refusal would cost more than sorting a few.
export const m0041ReportIndexes: Migration = {
  name: '0041_report_indexes',
  up(db) {
    db.exec(`
      CREATE INDEX report_records_counted ON report_records
        (reference_month, region, status, training_kind, training_level, own_contribution_cents) WHERE current = 1;
      DROP INDEX report_records_current;
      CREATE INDEX report_refusals_by_rule ON report_refusals (scheme_id, rule_id, record_seq, first);
      CREATE INDEX report_lines_by_scheme ON report_lines (scheme_id, kind, record_seq, amount_cents);
      CREATE INDEX report_lines_by_payer ON report_lines (payer_kind, record_seq, amount_cents);
    `);
  },
};
