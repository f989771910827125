// What every export of a report states (issue 10.4): when it was made, from which source, the
// period and filters, the bundles it is based on, the pack versions and the suppression line.
// One list of label/value pairs, so CSV, XLSX and PDF say exactly the same.
import type { Report } from '../contract/reports.ts';
import { formatDateNl } from '../dates/index.ts';

export const sourceLabel = (report: Report): string =>
  report.source === 'local' ? 'De arrangementen op deze laptop' : 'Ingelezen rapportagebestanden van adviseurs';

export function metaLines(report: Report): [string, string][] {
  const lines: [string, string][] = [
    ['Rapportage', 'Arrangementen (Arrangeur)'],
    ['Gemaakt op', formatDateNl(report.madeAt.slice(0, 10))],
    ['Bron', sourceLabel(report)],
  ];
  for (const f of report.filterLines) lines.push(['Filter', f]);
  if (report.source === 'bundles') {
    if (report.bundles.length === 0) lines.push(['Bestanden', 'Nog geen rapportagebestanden ingelezen']);
    for (const b of report.bundles) {
      lines.push([
        'Bestand',
        `${b.fileName}: periode ${formatDateNl(b.from)} tot en met ${formatDateNl(b.to)}, ${b.count} ${b.count === 1 ? 'arrangement' : 'arrangementen'}, gemaakt op ${formatDateNl(b.exportedOn)}, ingelezen op ${formatDateNl(b.importedAt.slice(0, 10))}`,
      ]);
    }
  }
  lines.push(['Regelingenpakketten', report.packs.length ? report.packs.map((p) => `${p.id} ${p.version}`).join(', ') : 'geen']);
  lines.push(['Arrangementen in de rapportage', report.total === null ? 'x (minder dan de drempel)' : String(report.total)]);
  lines.push(['Drempel', `cellen met minder dan ${report.threshold} arrangementen worden niet getoond`]);
  lines.push(['Weggelaten', report.suppressionNote]);
  return lines;
}
