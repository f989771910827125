// The three exports of a report, read back the way a supervisor's tools read them: the CSV
// parsed as Dutch Excel would (BOM, ';', decimal comma, dd-mm-jjjj), the XLSX opened with
// exceljs (real numbers, euro formats, one sheet per table), and the PDF printed by Chromium and
// read with pdftotext. Each states the period, filters, bundles, pack versions and the date.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/contract/reports.ts';
import { canPrint, printToPdf } from '../helpers/print-pdf.ts';
import { sessionServices } from '../session/helpers.ts';
import { buildLaptop } from './fixtures.ts';


type Supervisor = ReturnType<typeof sessionServices>;
const request = { source: 'bundles' as const, threshold: 10, filters: { region: 'twente' } };

let c: Supervisor;
let report: Report;
let fileNames: string[];

// The test stores close after each test (test/helpers/store.ts), so each test builds its own.
beforeEach(async () => {
  const a = await buildLaptop('Adviseur Merel Spreeuw', 34, 1);
  const b = await buildLaptop('Adviseur Joost Zwaluw', 26, 5);
  c = sessionServices();
  fileNames = [];
  for (const laptop of [a, b]) {
    const exported = await laptop.s.must('reports.exportBundle', { from: '2026-01-01', to: '2026-12-31' });
    fileNames.push(exported.fileName.replace('.json', `-${fileNames.length + 1}.json`));
    await c.must('reports.importBundle', { fileName: fileNames[fileNames.length - 1]!, json: exported.json });
  }
  report = await c.must('reports.run', request);
}, 120_000);

/** A ';'-separated line with "..." quoting, as Excel writes and reads it. */
const splitCsvLine = (line: string): string[] => {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
};

describe('the report as CSV for Dutch Excel', () => {
  it('has a BOM, ; separators, decimal commas, dd-mm-jjjj dates and every table with its figures', async () => {
    const { fileName, csv } = await c.must('reports.exportCsv', request);
    expect(fileName).toMatch(/^rapportage-bundels-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    const rows = lines.map(splitCsvLine);
    const meta = new Map(rows.filter((r) => r.length === 2).map((r) => [r[0], r[1]]));
    expect(meta.get('Gemaakt op')).toMatch(/^\d{2}-\d{2}-\d{4}$/);
    expect(rows.some((r) => r[0] === 'Filter' && r[1] === 'Regio: Twente')).toBe(true);
    const bundleLines = rows.filter((r) => r[0] === 'Bestand').map((r) => r[1]);
    for (const name of fileNames) expect(bundleLines.some((l) => l!.startsWith(`${name}: periode 01-01-2026 tot en met 31-12-2026`))).toBe(true);
    expect(meta.get('Regelingenpakketten')).toMatch(/nl \d+\.\d+\.\d+/);
    expect(meta.get('Weggelaten')).toBe(report.suppressionNote);

    // Each table: its title, header and rows, with the same figures as reports.run.
    for (const t of report.tables) {
      const at = rows.findIndex((r) => r.length === 1 && r[0] === t.title);
      expect(at, t.title).toBeGreaterThan(0);
      t.rows.forEach((row, i) => {
        const fields = rows[at + 2 + i]!;
        row.cells.forEach((cell, j) => {
          const kind = t.columns[j]!.kind;
          const text = fields[j]!;
          if (cell === null) expect(text).toBe('x');
          else if (typeof cell === 'string') expect(text).toBe(cell);
          else if (kind === 'cents') {
            expect(text).toMatch(/^-?\d+,\d{2}$/);
            expect(Math.round(Number(text.replace(',', '.')) * 100)).toBe(cell);
          } else if (kind === 'percent') expect(Number(text.replace(',', '.'))).toBe(cell);
          else expect(Number(text)).toBe(cell);
        });
      });
    }
    const money = report.tables.find((t) => t.id === 'per-regeling')!;
    expect(rows.find((r) => r[0] === money.columns[0]!.label)).toEqual(['Regeling', 'Soort geld', 'Arrangementen', 'Bedrag (euro)']);
  });
});

describe('the report as XLSX', () => {
  it('has one sheet per table with real numbers and euro formats, and a sheet about the report', async () => {
    const { fileName, base64 } = await c.must('reports.exportXlsx', request);
    expect(fileName.endsWith('.xlsx')).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBe(report.tables.length + 1);
    const about = wb.worksheets[0]!;
    const aboutRows = new Map<string, string[]>();
    about.eachRow((r) => {
      const key = String(r.getCell(1).value);
      aboutRows.set(key, [...(aboutRows.get(key) ?? []), String(r.getCell(2).value)]);
    });
    expect(aboutRows.get('Filter')).toContain('Regio: Twente');
    expect(aboutRows.get('Bestand')!.length).toBe(2);
    expect(aboutRows.get('Gemaakt op')![0]).toMatch(/^\d{2}-\d{2}-\d{4}$/);
    expect(aboutRows.get('Regelingenpakketten')![0]).toMatch(/nl \d/);

    let euros = 0;
    report.tables.forEach((t, k) => {
      const ws = wb.worksheets[k + 1]!;
      expect(ws.getCell(1, 1).value).toBe(t.title);
      t.rows.forEach((row, i) => {
        row.cells.forEach((cell, j) => {
          const x = ws.getCell(3 + i, j + 1);
          const kind = t.columns[j]!.kind;
          if (cell === null) expect(x.value).toBe('x');
          else if (typeof cell === 'string') expect(x.value).toBe(cell);
          else {
            expect(typeof x.value).toBe('number');
            if (kind === 'cents') {
              expect(Math.round((x.value as number) * 100)).toBe(cell);
              expect(x.numFmt).toContain('€');
              euros++;
            } else if (kind === 'percent') {
              expect(x.value).toBeCloseTo(cell / 100, 6);
              expect(x.numFmt).toContain('%');
            } else expect(x.value).toBe(cell);
          }
        });
      });
    });
    expect(euros).toBeGreaterThan(0);
  });
});

describe('the report as a document and PDF', () => {
  it('is one self-contained page: no script, no style attribute, static SVG charts', async () => {
    const { html, fileName } = await c.must('reports.document', request);
    expect(fileName.endsWith('.pdf')).toBe(true);
    expect(html).not.toMatch(/<script|\sstyle\s*=|\son[a-z]+\s*=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
    expect(html).toContain('<svg class="chart"');
    expect(html).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    // Each chart has its table right after it.
    expect(html.match(/<svg /g)!.length).toBeLessThanOrEqual(html.match(/<table>/g)!.length);
  });

  it('prints in Chromium and pdftotext reads the period, filters, bundles, packs, date and figures', { timeout: 60_000 }, async (ctx) => {
    if (!canPrint) ctx.skip();
    const { html } = await c.must('reports.document', request);
    const { pdf, requests } = await printToPdf(html);
    expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'arrangeur-report-'));
    try {
      const file = join(dir, 'rapportage.pdf');
      writeFileSync(file, pdf);
      const flat = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(flat).toContain('Rapportage arrangementen');
      expect(flat).toContain('Regio: Twente');
      expect(flat).toContain('Periode (peildatum): vanaf het begin tot en met nu');
      for (const name of fileNames) expect(flat).toContain(name);
      expect(flat).toMatch(/Regelingenpakketten nl \d+\.\d+\.\d+/);
      expect(flat).toMatch(/Gemaakt op \d{2}-\d{2}-\d{4}/);
      expect(flat).toContain('Weggelaten (x)');
      for (const t of report.tables) expect(flat).toContain(t.title);
      const status = report.tables.find((t) => t.id === 'per-status')!;
      expect(flat).toContain(`Totaal ${status.rows.find((r) => r.total)!.cells[1]}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers "unavailable" for the PDF outside the desktop app', async () => {
    expect((await c.refused('reports.exportPdf', request)).code).toBe('unavailable');
  });
});
