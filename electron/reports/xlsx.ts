// The report as an Excel workbook (exceljs, Node-side only: it needs Node's streams and zip).
// Real numbers, not text: counts as integers, amounts in euros with a euro number format,
// shares as fractions with a percent format, so a supervisor can add up and chart in Excel.
// A suppressed cell stays a text "x" (as CBS publishes it), never a 0. One sheet per table,
// and a first sheet that states the period, filters, bundles, pack versions and the date.
import ExcelJS from 'exceljs';
import type { Report, ReportTable } from '../../shared/contract/reports.ts';
import { metaLines } from '../../shared/reports/meta.ts';

const EURO_FORMAT = '"€" #,##0.00;"€" -#,##0.00';
const COUNT_FORMAT = '#,##0';
const PERCENT_FORMAT = '0.0%';

/** Excel allows 31 characters and no []:*?/\ in a sheet name; names must be unique. */
const sheetName = (title: string, used: Set<string>): string => {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim();
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} ${i}`;
  used.add(name.toLowerCase());
  return name;
};

const addTableSheet = (wb: ExcelJS.Workbook, t: ReportTable, used: Set<string>) => {
  const ws = wb.addWorksheet(sheetName(t.title, used));
  ws.addRow([t.title]).font = { bold: true, size: 13 };
  const header = ws.addRow(t.columns.map((c) => c.label));
  header.font = { bold: true };
  for (const r of t.rows) {
    const row = ws.addRow(
      r.cells.map((cell, i) => {
        if (cell === null) return 'x';
        if (typeof cell === 'string') return cell;
        const kind = t.columns[i]!.kind;
        // Cents → euros and tenths of a percent → a fraction: Excel's formats do the rest.
        return kind === 'cents' ? cell / 100 : kind === 'percent' ? cell / 100 : cell;
      }),
    );
    if (r.total) row.font = { bold: true };
    t.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if (typeof cell.value !== 'number') {
        if (cell.value === 'x') cell.alignment = { horizontal: 'right' };
        return;
      }
      cell.numFmt = c.kind === 'cents' ? EURO_FORMAT : c.kind === 'percent' ? PERCENT_FORMAT : COUNT_FORMAT;
    });
  }
  if (t.note) ws.addRow([]).getCell(1);
  if (t.note) ws.addRow([t.note]).font = { italic: true };
  t.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.kind === 'text' ? Math.min(60, Math.max(14, ...t.rows.map((r) => String(r.cells[i] ?? '').length + 2), c.label.length + 2)) : Math.max(14, c.label.length + 2);
  });
  ws.views = [{ state: 'frozen', ySplit: 2 }];
};

export async function reportXlsx(report: Report): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Arrangeur';
  wb.created = new Date(report.madeAt);
  const used = new Set<string>();
  const about = wb.addWorksheet(sheetName('Over deze rapportage', used));
  for (const [label, value] of metaLines(report)) {
    const row = about.addRow([label, value]);
    row.getCell(1).font = { bold: true };
  }
  about.getColumn(1).width = 30;
  about.getColumn(2).width = 110;
  for (const t of report.tables) addTableSheet(wb, t, used);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
