// The report's tables on screen: one section per table with its chart (when a supervisor would
// rather look than read) and the table beside or below it. The table is the accessible source:
// a header per column, the first cell of each row as its row header, totals marked, and a
// suppressed cell written "x" with words for a screen reader.
import { lazy, Suspense, useId } from 'react';
import type { ReportTable } from '../../../shared/contract/reports.ts';
import { cellText } from '../../../shared/reports/document.ts';
import { t } from '../../i18n/nl.ts';
import { chartPoints, hasChart } from './reportForm.ts';

const ReportChart = lazy(() => import('./ReportChart.tsx'));

function Cell({ table, value, column }: { table: ReportTable; value: ReportTable['rows'][number]['cells'][number]; column: number }) {
  const kind = table.columns[column]!.kind;
  if (value === null) {
    return (
      <>
        <span aria-hidden="true">x</span>
        <span className="arr-visually-hidden">{t('reports.table.suppressed')}</span>
      </>
    );
  }
  return <>{cellText(value, kind)}</>;
}

export function ReportTableView({ table, labelledBy }: { table: ReportTable; labelledBy: string }) {
  const body = table.rows.filter((r) => !r.total);
  if (body.length === 0) return <p className="arr-muted">{t('reports.table.empty')}</p>;
  return (
    // A wide table scrolls sideways on a narrow window; the region can then take focus, so the
    // keyboard can scroll it too.
    <div className="arr-table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="utrecht-table arr-table arr-report-table" aria-labelledby={labelledBy}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {table.columns.map((c, i) => (
              <th key={i} scope="col" className={`utrecht-table__header-cell${c.kind === 'text' ? '' : ' arr-num'}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {table.rows.map((row, r) => (
            <tr key={r} className={`utrecht-table__row${row.total ? ' arr-report-table__total' : ''}`}>
              {row.cells.map((cell, i) => {
                const className = `utrecht-table__cell${table.columns[i]!.kind === 'text' ? '' : ' arr-num'}`;
                return i === 0 ? (
                  <th key={i} scope="row" className={className}>
                    <Cell table={table} value={cell} column={i} />
                  </th>
                ) : (
                  <td key={i} className={className}>
                    <Cell table={table} value={cell} column={i} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ReportSection({ table }: { table: ReportTable }) {
  const headingId = useId();
  const chart = hasChart(table);
  // Narrow tables with short labels sit beside their chart on a wide screen; wide ones (months ×
  // statuses) and long scheme names go below it, so the chart has the width to name each bar.
  const beside = chart && table.chart === 'bar' && table.columns.length <= 3 && chartPoints(table).every((p) => p.label.length <= 30);
  const layout = chart ? (beside ? ' arr-report-figure--beside' : ' arr-report-figure--below') : '';
  return (
    <section className="arr-panel arr-report-section" aria-labelledby={headingId} data-table={table.id}>
      <h2 className="arr-section-title" id={headingId}>
        {table.title}
      </h2>
      <div className={`arr-report-figure${layout}`}>
        {chart ? (
          <Suspense fallback={<p className="arr-muted">{t('app.loading')}</p>}>
            <ReportChart table={table} wide={!beside} />
          </Suspense>
        ) : null}
        <ReportTableView table={table} labelledBy={headingId} />
      </div>
      {table.note ? <p className="arr-small arr-muted arr-report-note">{table.note}</p> : null}
    </section>
  );
}
