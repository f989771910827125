// The client's document: one self-contained HTML page in plain Dutch (B1) that Chromium turns
// into a PDF (printToPDF in the app, Playwright in the tests). Self-contained on purpose: inline
// CSS only, no scripts, no fonts or images from anywhere, and a CSP that forbids them anyway,
// so the same bytes print the same way everywhere and nothing can phone home.
import type { ArrangementVersion } from '../contract/arrangements.ts';
import { formatDateNl } from '../dates/index.ts';
import type { PossibleScheme, SourceRef } from '../matcher/result.ts';
import { formatEuro } from '../money.ts';
import { escapeHtml, printDocument } from '../print-document.ts';
import { costCategoryLabels } from '../labels/case.ts';
import { fundingLineKindForClient } from '../labels/packs.ts';
import { statusLabels } from './labels.ts';
import type { ParameterStatus } from '../packs/format.ts';

export interface DocumentInput {
  arrangement: ArrangementVersion;
  /** The client's name or pseudonym as in the dossier; omitted = not printed. */
  clientName?: string;
  /** The adviser's contact details from the settings; omitted or all empty = no contact block. */
  adviser?: AdviserContact;
}

export interface AdviserContact {
  name: string;
  organisation: string;
  phone: string;
  email: string;
  address: string;
  website: string;
}

const euro = (cents: number): string => `<span class="amount">${escapeHtml(formatEuro(cents))}</span>`;

/** Only web addresses become links; anything else is printed as text. */
const link = (url: string): string => {
  const safe = /^https?:\/\/[^\s<>"']+$/i.test(url);
  return safe ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(url);
};

const STYLE = `
@page { size: A4; margin: 18mm 18mm 20mm 18mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.5; color: #1b1b1b; }
main { max-width: 170mm; margin: 0 auto; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 4mm; color: #154273; }
h2 { font-size: 13.5pt; margin: 8mm 0 2mm; color: #154273; border-bottom: 1px solid #b4c6dc; padding-bottom: 1mm; break-after: avoid; }
p { margin: 0 0 2.5mm; }
.lead { font-size: 12pt; }
.meta { color: #4a4a4a; font-size: 10pt; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm; break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 1.6mm 2mm; border-bottom: 1px solid #d6dde6; }
th { font-size: 10pt; color: #4a4a4a; font-weight: 600; }
td.num, th.num { text-align: right; }
.amount { white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: 700; border-top: 2px solid #154273; border-bottom: none; }
tr.own td { background: #eef3f9; font-weight: 600; }
.callout { background: #eef3f9; border-left: 4px solid #154273; padding: 3mm 4mm; margin: 2mm 0 3mm; break-inside: avoid; }
.callout p:last-child { margin-bottom: 0; }
ol.actions { padding-left: 6mm; margin: 0; }
ol.actions > li { margin: 0 0 4mm; break-inside: avoid; }
ol.actions .deadline { font-weight: 700; }
ul { margin: 1mm 0 2mm; padding-left: 6mm; }
.note { font-size: 10pt; color: #4a4a4a; }
.unverified { font-size: 10pt; color: #7a4b00; }
a { color: #154273; text-decoration: underline; word-break: break-all; }
footer { margin-top: 10mm; font-size: 9pt; color: #4a4a4a; border-top: 1px solid #d6dde6; padding-top: 2mm; }
`;

export function documentHtml({ arrangement: a, clientName, adviser }: DocumentInput): string {
  const t = a.case.training;
  const r = a.result;
  const byLine = r.lines.filter((l) => l.amountCents > 0);
  const anyUnverified = byLine.some((l) => l.unverified);

  const costRows = t.costs
    .map((c) => `<tr><td>${escapeHtml(c.label?.trim() || costCategoryLabels[c.category])}</td><td class="num">${euro(c.amountCents)}</td></tr>`)
    .join('');

  const lineRows = byLine
    .map(
      (l) =>
        `<tr><td>${escapeHtml(l.payer)}</td><td>${escapeHtml(l.name)}${l.unverified ? ' *' : ''}${l.status && l.status !== 'verified' ? `<br><span class="unverified">${escapeHtml(figureStatusLabels[l.status])}</span>` : ''}${l.explanation ? `<br><span class="note">${escapeHtml(l.explanation)}</span>` : ''}</td><td>${escapeHtml(fundingLineKindForClient(l, r.lines))}</td><td class="num">${euro(l.amountCents)}</td></tr>`,
    )
    .join('');
  // One sentence per uncertain amount (a disputed maximum says which values the sources give
  // and that the lowest is used), so the printed plan never reads surer than the sources are.
  const uncertainties = [...new Map(byLine.filter((l) => l.uncertainty).map((l) => [l.schemeId, l])).values()]
    .map((l) => `<li><strong>${escapeHtml(l.name)}</strong>: ${escapeHtml(l.uncertainty!)}</li>`)
    .join('');

  const pays: string[] = [];
  if (r.ownContributionCents > 0) pays.push(`<p>U betaalt zelf <strong>${euro(r.ownContributionCents)}</strong>.</p>`);
  else pays.push('<p>U hoeft <strong>zelf niets</strong> te betalen.</p>');
  if (r.loanCents > 0) pays.push(`<p>Daarnaast leent u ${euro(r.loanCents)}. Dat geld moet u later terugbetalen.</p>`);

  const actions = a.actions
    .map((x) => {
      const docs = x.documents.length
        ? `<p>Dit is nodig:</p><ul>${x.documents.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>`
        : '';
      return `<li>
<p><strong>${escapeHtml(x.what)}</strong></p>
${x.applyBefore ? `<p class="deadline">Doe dit uiterlijk op ${escapeHtml(formatDateNl(x.applyBefore))}.</p>` : ''}
<p>${escapeHtml(x.timing)}</p>
<p>${escapeHtml(x.how)}</p>
${x.url ? `<p>Waar: ${link(x.url)}</p>` : ''}
${docs}
${x.budgetNote ? `<p class="note">${escapeHtml(x.budgetNote)}</p>` : ''}
</li>`;
    })
    .join('');

  const sources = collectSources(a);
  const title = `Zo betaalt u de opleiding ${t.title}`;

  return printDocument(title, STYLE, `<p class="lead">${clientName ? `Voor ${escapeHtml(clientName)}. ` : ''}Opleiding: ${escapeHtml(t.title)}${t.provider ? ` bij ${escapeHtml(t.provider)}` : ''}. Van ${escapeHtml(formatDateNl(t.startDate))} tot ${escapeHtml(formatDateNl(t.endDate))}.</p>
<p class="meta">De bedragen gelden op ${escapeHtml(formatDateNl(a.referenceDate))}. Gemaakt op ${escapeHtml(formatDateNl(a.savedAt.slice(0, 10)))}${a.savedBy ? ` door ${escapeHtml(a.savedBy)}` : ''}.</p>

<h2>Wat kost de opleiding?</h2>
<table>
<thead><tr><th>Kosten</th><th class="num">Bedrag</th></tr></thead>
<tbody>${costRows}<tr class="total"><td>Totaal</td><td class="num">${euro(r.totalCostCents)}</td></tr></tbody>
</table>

<h2>Wie betaalt wat?</h2>
${
  byLine.length
    ? `<table>
<thead><tr><th>Wie betaalt</th><th>Regeling</th><th>Soort</th><th class="num">Bedrag</th></tr></thead>
<tbody>${lineRows}<tr class="own"><td>U zelf</td><td>Eigen bijdrage</td><td>Betaalt u zelf</td><td class="num">${euro(r.ownContributionCents)}</td></tr>
<tr class="total"><td colspan="3">Totaal</td><td class="num">${euro(r.totalCostCents)}</td></tr></tbody>
</table>`
    : '<p>Er is geen regeling gevonden die (een deel van) de opleiding betaalt.</p>'
}
${anyUnverified ? '<p class="unverified">* Dit bedrag is nog niet zeker. Uw adviseur controleert het.</p>' : ''}
${uncertainties ? `<ul class="unverified">${uncertainties}</ul>` : ''}

${possibleBlock(r.alsoPossible ?? [])}
<h2>Wat betaalt u zelf?</h2>
<div class="callout">${pays.join('')}</div>

<h2>Wat moet er nu gebeuren?</h2>
${actions ? `<ol class="actions">${actions}</ol>` : '<p>Niemand hoeft iets aan te vragen.</p>'}

<h2>Wat doet u zelf?</h2>
<ul>${ownSteps(a).map((x) => `<li>${x}</li>`).join('')}</ul>

${contactBlock(adviser)}
<h2>Waar komt deze informatie vandaan?</h2>
${sources.length ? `<ul>${sources.map((s) => `<li>${escapeHtml(s.title)}${s.url ? `: ${link(s.url)}` : ''}</li>`).join('')}</ul>` : '<p>Geen bronnen.</p>'}

<footer>
<p>Status: ${escapeHtml(statusLabels[a.status])}. Versie ${a.version}. De organisatie achter elke regeling beslist zelf over de aanvraag. Aan dit overzicht kunt u geen rechten ontlenen.</p>
</footer>
`);
}

/**
 * Eligible schemes whose amount nobody could tell ("Mogelijk ook"): not in the sums above, but
 * the client must hear of them and know whom to ask.
 */
function possibleBlock(list: readonly PossibleScheme[]): string {
  if (list.length === 0) return '';
  const items = list
    .map((p) => `<li><strong>${escapeHtml(p.name)}</strong> (${escapeHtml(p.funder)}). ${escapeHtml(p.todo)}${p.url ? ` Meer informatie: ${link(p.url)}` : ''}</li>`)
    .join('');
  return `<h2>Mogelijk ook</h2>
<p>Voor deze regelingen komt u waarschijnlijk ook in aanmerking. Het bedrag is niet bekend, dus ze staan niet in de berekening hierboven.</p>
<ul>${items}</ul>
`;
}

/**
 * What the client does, whoever applies for the money: enrol, pay what is left, and, when the
 * employer pays or applies, read the repayment clause before signing. Returned as HTML items.
 */
function ownSteps(a: ArrangementVersion): string[] {
  const t = a.case.training;
  const r = a.result;
  const steps: string[] = [];
  const where = t.provider ? ` bij ${escapeHtml(t.provider)}` : ' bij de opleider';
  const deadlines = a.actions.some((x) => x.applyBefore);
  steps.push(`<strong>Schrijf u in</strong>${where}.${deadlines ? ' Let op de datums hierboven: soms moet de aanvraag klaar zijn voordat u zich inschrijft of voordat de opleiding begint.' : ''}`);
  if (r.ownContributionCents > 0) {
    steps.push(`<strong>Betaal zelf wat overblijft:</strong> ${euro(r.ownContributionCents)}. Vraag de opleider wanneer en hoe u dat betaalt.`);
  } else {
    steps.push('<strong>U hoeft zelf niets te betalen.</strong> Bewaar wel alle rekeningen en brieven over de opleiding.');
  }
  if (r.loanCents > 0) steps.push(`<strong>Vergeet de lening niet:</strong> de ${euro(r.loanCents)} die u leent, betaalt u later terug.`);
  const employerPays = r.lines.some((l) => l.amountCents > 0 && /werkgever/i.test(l.payer)) || a.actions.some((x) => x.applicant === 'employer');
  if (employerPays) {
    steps.push(
      '<strong>Lees de afspraak met uw werkgever</strong> voordat u tekent. Staat erin dat u geld moet terugbetalen als u stopt met de opleiding of binnen een bepaalde tijd weggaat? Zo\'n afspraak heet een terugbetalingsregeling of studiekostenbeding. Vraag dan hoeveel u terugbetaalt en hoe lang die afspraak geldt. Zo\'n afspraak moet op papier staan.',
    );
  }
  return steps;
}

/** Whom the client can ask: the adviser's name, organisation and contact details, one per line. */
function contactBlock(c: AdviserContact | undefined): string {
  if (!c) return '';
  const lines = [
    c.name && `<strong>${escapeHtml(c.name)}</strong>`,
    c.organisation && escapeHtml(c.organisation),
    c.address && escapeHtml(c.address),
    c.phone && `Telefoon: ${escapeHtml(c.phone)}`,
    c.email && `E-mail: ${escapeHtml(c.email)}`,
    c.website && `Website: ${link(c.website)}`,
  ].filter(Boolean);
  return lines.length ? `<h2>Heeft u vragen?</h2>\n<p>Neem contact op met uw adviseur:<br>${lines.join('<br>')}</p>\n` : '';
}

/** Plain words for how sure an amount is (the status of the figures behind it). */
const figureStatusLabels: Record<ParameterStatus, string> = {
  verified: 'Bevestigd in een officiële bron',
  unverified: 'Niet zeker: nog niet bevestigd in een officiële bron',
  disputed: 'Niet zeker: de bronnen noemen verschillende bedragen',
  unknown: 'Niet zeker: een deel van het bedrag is niet bekend',
};

/** The sources behind the funding lines: each rule's source, and each figure's, of the schemes that pay. */
function collectSources(a: ArrangementVersion): SourceRef[] {
  const paying = new Set(a.result.lines.map((l) => l.schemeId));
  const seen = new Map<string, SourceRef>();
  for (const l of a.result.lines) {
    for (const f of l.figures ?? []) {
      for (const s of [f.source, ...(f.claims ?? []).map((c) => c.source)]) {
        if (s && !seen.has(s.url ?? s.title)) seen.set(s.url ?? s.title, s);
      }
    }
  }
  for (const e of a.result.evaluations) {
    if (!paying.has(e.schemeId)) continue;
    for (const reason of e.reasons) {
      const s = reason.source;
      if (!s) continue;
      const key = s.url ?? s.title;
      if (!seen.has(key)) seen.set(key, s);
    }
  }
  return [...seen.values()];
}
