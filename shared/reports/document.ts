// The report as one self-contained HTML page for the PDF (the same Chromium print path as the
// client document: printToPDF in the app, the renderer's print view in browser mode). Charts are
// static inline SVG drawn here: no script, no style attribute (the print view strips those, and
// a strict CSP would refuse them), only presentation attributes and classes from the one
// <style> element. Each chart has its table right below it, so nothing is only in a picture.
import type { Report, ReportCell, ReportTable } from '../contract/reports.ts';
import { formatEuro } from '../money.ts';
import { escapeHtml, printDocument } from '../print-document.ts';
import { metaLines } from './meta.ts';

const countNl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const percentNl = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const cellText = (cell: ReportCell, kind: ReportTable['columns'][number]['kind']): string => {
  if (cell === null) return 'x';
  if (typeof cell === 'string') return cell;
  if (kind === 'cents') return formatEuro(cell);
  if (kind === 'percent') return `${percentNl.format(cell)}%`;
  return countNl.format(cell);
};

const STYLE = `
@page { size: A4; margin: 16mm 16mm 18mm 16mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.45; color: #1b1b1b; }
main { max-width: 178mm; margin: 0 auto; }
h1 { font-size: 18pt; line-height: 1.2; margin: 0 0 3mm; color: #154273; }
h2 { font-size: 12.5pt; margin: 7mm 0 2mm; color: #154273; border-bottom: 1px solid #b4c6dc; padding-bottom: 1mm; break-after: avoid; }
p { margin: 0 0 2mm; }
dl.meta { display: grid; grid-template-columns: 42mm 1fr; gap: 0.5mm 3mm; margin: 0 0 3mm; font-size: 9.5pt; }
dl.meta dt { font-weight: 600; color: #4a4a4a; }
dl.meta dd { margin: 0; }
.suppressed { background: #eef3f9; border-left: 4px solid #154273; padding: 2mm 3mm; margin: 2mm 0 3mm; }
section { break-inside: avoid; }
svg.chart { display: block; width: 100%; height: auto; margin: 1mm 0 2mm; }
svg.chart text { font-family: inherit; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 2mm; }
th, td { text-align: left; vertical-align: top; padding: 1.2mm 1.6mm; border-bottom: 1px solid #d6dde6; }
th { font-size: 9pt; color: #4a4a4a; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: 700; border-top: 2px solid #154273; border-bottom: none; }
.note { font-size: 9pt; color: #4a4a4a; }
footer { margin-top: 8mm; font-size: 8.5pt; color: #4a4a4a; border-top: 1px solid #d6dde6; padding-top: 2mm; }
`;

const BAR = '#154273';
const AXIS = '#6b7785';

/** Rows a chart draws: not the total row, and only cells that are numbers (a suppressed one is a gap). */
const chartRows = (t: ReportTable) => t.rows.filter((r) => !r.total).map((r) => ({ label: String(r.cells[0] ?? ''), value: r.cells[t.chartColumn] ?? null }));

const trim = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Horizontal bars, one per row, with the value printed at the end of each bar. */
export function barChartSvg(t: ReportTable): string {
  const rows = chartRows(t);
  const kind = t.columns[t.chartColumn]!.kind;
  const max = Math.max(1, ...rows.map((r) => (typeof r.value === 'number' ? r.value : 0)));
  const rowH = 18;
  const labelW = 230;
  const barW = 330;
  const height = rows.length * rowH + 8;
  const bars = rows
    .map((r, i) => {
      const y = 4 + i * rowH;
      const v = typeof r.value === 'number' ? r.value : null;
      const w = v === null ? 0 : Math.max(v > 0 ? 1 : 0, Math.round((v / max) * barW));
      return `<text x="${labelW - 6}" y="${y + 12}" text-anchor="end" font-size="10" fill="#1b1b1b">${escapeHtml(trim(r.label, 42))}</text>` +
        (w > 0 ? `<rect x="${labelW}" y="${y + 2}" width="${w}" height="${rowH - 6}" fill="${BAR}"/>` : '') +
        `<text x="${labelW + w + 4}" y="${y + 12}" font-size="10" fill="#1b1b1b">${escapeHtml(cellText(v, kind))}</text>`;
    })
    .join('');
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${labelW + barW + 110} ${height}" role="img" aria-label="${escapeHtml(`Staafdiagram: ${t.title}`)}"><title>${escapeHtml(`Staafdiagram: ${t.title}`)}</title>${bars}</svg>`;
}

/** A line over the months; a suppressed month breaks the line rather than guessing a value. */
export function lineChartSvg(t: ReportTable): string {
  const rows = chartRows(t);
  const w = 640;
  const h = 200;
  const left = 44;
  const bottom = 28;
  const top = 10;
  const max = Math.max(1, ...rows.map((r) => (typeof r.value === 'number' ? r.value : 0)));
  const x = (i: number) => left + (rows.length <= 1 ? (w - left - 30) / 2 : (i * (w - left - 30)) / (rows.length - 1));
  const y = (v: number) => top + (h - top - bottom) * (1 - v / max);
  const segments: string[] = [];
  let current: string[] = [];
  rows.forEach((r, i) => {
    if (typeof r.value === 'number') current.push(`${x(i).toFixed(1)},${y(r.value).toFixed(1)}`);
    else if (current.length) {
      segments.push(current.join(' '));
      current = [];
    }
  });
  if (current.length) segments.push(current.join(' '));
  const lines = segments.map((p) => `<polyline points="${p}" fill="none" stroke="${BAR}" stroke-width="2"/>`).join('');
  const dots = rows
    .map((r, i) => (typeof r.value === 'number' ? `<circle cx="${x(i).toFixed(1)}" cy="${y(r.value).toFixed(1)}" r="2.5" fill="${BAR}"/>` : ''))
    .join('');
  const step = Math.max(1, Math.ceil(rows.length / 12));
  const ticks = rows
    .map((r, i) => (i % step === 0 ? `<text x="${x(i).toFixed(1)}" y="${h - 10}" text-anchor="middle" font-size="9" fill="${AXIS}">${escapeHtml(r.label)}</text>` : ''))
    .join('');
  const axis = `<line x1="${left}" y1="${h - bottom}" x2="${w - 30}" y2="${h - bottom}" stroke="${AXIS}" stroke-width="1"/>` +
    `<text x="${left - 6}" y="${top + 4}" text-anchor="end" font-size="9" fill="${AXIS}">${countNl.format(max)}</text>` +
    `<text x="${left - 6}" y="${h - bottom}" text-anchor="end" font-size="9" fill="${AXIS}">0</text>`;
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" role="img" aria-label="${escapeHtml(`Lijndiagram: ${t.title}`)}"><title>${escapeHtml(`Lijndiagram: ${t.title}`)}</title>${axis}${lines}${dots}${ticks}</svg>`;
}

const tableHtml = (t: ReportTable): string => {
  const head = t.columns.map((c) => `<th scope="col"${c.kind === 'text' ? '' : ' class="num"'}>${escapeHtml(c.label)}</th>`).join('');
  const body = t.rows.length
    ? t.rows
        .map((r) => `<tr${r.total ? ' class="total"' : ''}>${r.cells.map((cell, i) => `<td${t.columns[i]!.kind === 'text' ? '' : ' class="num"'}>${escapeHtml(cellText(cell, t.columns[i]!.kind))}</td>`).join('')}</tr>`)
        .join('')
    : `<tr><td colspan="${t.columns.length}">Geen arrangementen.</td></tr>`;
  return `<table><caption class="note">${escapeHtml(t.title)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
};

export function reportDocumentHtml(report: Report): string {
  const title = 'Rapportage arrangementen';
  const meta = metaLines(report)
    .filter(([label]) => label !== 'Rapportage' && label !== 'Weggelaten')
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('');
  const sections = report.tables
    .map((t) => {
      const hasData = t.rows.some((r) => !r.total);
      const chart = !hasData || t.chart === 'none' ? '' : t.chart === 'line' ? lineChartSvg(t) : barChartSvg(t);
      return `<section><h2>${escapeHtml(t.title)}</h2>${chart}${tableHtml(t)}${t.note ? `<p class="note">${escapeHtml(t.note)}</p>` : ''}</section>`;
    })
    .join('\n');
  return printDocument(title, STYLE, `<dl class="meta">${meta}</dl>
<p class="suppressed">${escapeHtml(report.suppressionNote)}</p>
${sections}
<footer>Gemaakt met Arrangeur. Zonder persoonsgegevens: geen namen, geboortedata of vrije tekst, en niets per adviseur. x = niet getoond om niemand herkenbaar te maken.</footer>
`);
}
