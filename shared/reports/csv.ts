// The report as CSV for Dutch Excel: UTF-8 with a byte-order mark (else Excel reads it as
// Windows-1252 and breaks "cliënt"), ';' between fields (Dutch Excel's list separator, since the
// comma is the decimal sign), amounts as plain numbers with a decimal comma and no euro sign or
// thousands dot (so Excel keeps them as numbers), dates as dd-mm-jjjj. A suppressed cell is "x".
import type { Report, ReportCell, ReportColumnKind } from '../contract/reports.ts';
import { metaLines } from './meta.ts';

const quote = (field: string): string => (/[;"\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);

/** 123456 cents → "1234,56"; 42.5 % → "42,5". */
export const decimalComma = (value: number, decimals: number): string => {
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(decimals);
  return `${negative ? '-' : ''}${fixed.replace('.', ',')}`;
};

export const csvCell = (cell: ReportCell, kind: ReportColumnKind): string => {
  if (cell === null) return 'x';
  if (typeof cell === 'string') return cell;
  if (kind === 'cents') return decimalComma(cell / 100, 2);
  if (kind === 'percent') return decimalComma(cell, 1);
  return String(cell);
};

export function reportCsv(report: Report): string {
  const out: string[][] = [];
  for (const [label, value] of metaLines(report)) out.push([label, value]);
  for (const table of report.tables) {
    out.push([]);
    out.push([table.title]);
    out.push(table.columns.map((c) => (c.kind === 'cents' ? `${c.label} (euro)` : c.kind === 'percent' ? `${c.label} (%)` : c.label)));
    for (const row of table.rows) out.push(row.cells.map((cell, i) => csvCell(cell, table.columns[i]!.kind)));
    if (table.note) out.push([table.note]);
  }
  return `\uFEFF${out.map((fields) => fields.map(quote).join(';')).join('\r\n')}\r\n`;
}
