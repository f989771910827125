// Inzage (AVG art. 15) as a document the client can read: everything Arrangeur holds about
// them, in plain Dutch (B1), as one self-contained HTML page that prints to PDF the same way as
// the arrangement document (inline CSS, no scripts, nothing loaded from anywhere). The JSON
// export next to it is the complete, machine-readable form (art. 20); this page leaves out only
// the computed detail an arrangement version carries (rule evaluations, sources), which the
// arrangement's own document shows.
import type { ApkAnswer } from '../apk/checklist.ts';
import { auditActionLabels, auditFieldLabels } from '../contract/audit.ts';
import type { ClientExport } from '../contract/privacy.ts';
import { formatDateNl } from '../dates/index.ts';
import { apkAnswerLabels } from '../labels/apk.ts';
import {
  benefitLabels,
  contractLabels,
  costCategoryLabels,
  educationLevelLabels,
  skillLabels,
  trainingKindLabels,
  workStatusLabels,
} from '../labels/case.ts';
import { formatEuro } from '../money.ts';
import { escapeHtml, printDocument } from '../print-document.ts';
import { regionName } from '../regions/index.ts';
import { statusLabels } from './labels.ts';

export interface ClientExportDocumentInput {
  data: ClientExport;
  /** The statement texts of the checklist in use, by statement id; others show their id. */
  statementTexts?: Readonly<Record<string, string>>;
}

const date = (iso: string | null | undefined): string => (iso ? escapeHtml(formatDateNl(iso.slice(0, 10))) : '');
const yesNo = (b: boolean | undefined): string => (b ? 'Ja' : 'Nee');
const row = (label: string, value: string): string => `<tr><th scope="row">${escapeHtml(label)}</th><td>${value}</td></tr>`;
const text = (s: string | null | undefined): string => (s ? escapeHtml(s) : '<span class="none">(leeg)</span>');

const signalLabels: Readonly<Record<string, string>> = {
  'basic-skills-insufficient': 'Basisvaardigheden zijn nog niet voldoende',
  'dismissal-notice': 'Ontslag of einde contract is aangezegd',
  'wants-kansberoep': 'Wil een opleiding voor een kansberoep',
  'needs-ontwikkeladvies': 'Een ontwikkeladvies kan helpen',
};

const STYLE = `
@page { size: A4; margin: 18mm 18mm 20mm 18mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.5; color: #1b1b1b; }
main { max-width: 170mm; margin: 0 auto; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 4mm; color: #154273; }
h2 { font-size: 13.5pt; margin: 8mm 0 2mm; color: #154273; border-bottom: 1px solid #b4c6dc; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 5mm 0 1mm; break-after: avoid; }
p { margin: 0 0 2.5mm; }
.lead { font-size: 12pt; }
.meta, .none { color: #4a4a4a; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm; }
tr { break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 1.4mm 2mm; border-bottom: 1px solid #d6dde6; }
th { font-size: 10pt; color: #4a4a4a; font-weight: 600; }
th[scope="row"] { width: 38%; }
td.num, th.num { text-align: right; }
ul { margin: 1mm 0 2mm; padding-left: 6mm; }
footer { margin-top: 10mm; font-size: 9pt; color: #4a4a4a; border-top: 1px solid #d6dde6; padding-top: 2mm; }
`;

export function clientExportDocumentHtml({ data: d, statementTexts = {} }: ClientExportDocumentInput): string {
  const c = d.client;
  const holder = d.organisation ? escapeHtml(d.organisation) : 'uw adviseur';

  const dossier = `<table><tbody>
${row('Naam of schuilnaam', text(c.displayName))}
${row('Geboortedatum', date(c.birthDate))}
${row('Regio', escapeHtml(regionName(c.region)))}
${row('Kenmerk van uw adviseur', text(c.adviserReference))}
${row('Notitie', text(c.note))}
${row('Dossier gemaakt op', date(c.createdAt))}
${row('Laatst gewijzigd op', date(c.updatedAt))}
${row('Gearchiveerd', c.archivedAt ? `Ja, op ${date(c.archivedAt)}` : 'Nee')}
</tbody></table>`;

  const i = d.intake;
  const intake = i
    ? `<table><tbody>
${row('Hoogst afgeronde opleiding', escapeHtml(educationLevelLabels[i.educationLevel]))}
${row('Werk', escapeHtml(workStatusLabels[i.work.status]))}
${row('Contract', escapeHtml(contractLabels[i.work.contract]))}
${row('Uren per week', escapeHtml(String(i.work.hoursPerWeek)))}
${row('In dienst sinds', i.work.employmentStartDate ? date(i.work.employmentStartDate) : text(null))}
${row('Aantal medewerkers van de werkgever', i.work.employerSize === null ? text(null) : escapeHtml(String(i.work.employerSize)))}
${row('Sectorfonds', text(i.work.sectorFund))}
${row('Uitkering', escapeHtml(benefitLabels[i.work.benefit]))}
${row('Ontslag of einde contract aangezegd', yesNo(i.work.dismissalNotice))}
${row('Studiefinanciering', yesNo(i.studentFinance.studiefinanciering))}
${row('Tegemoetkoming studiekosten (WTOS)', yesNo(i.studentFinance.wtos))}
${row('Lerarenbeurs', yesNo(i.studentFinance.lerarenbeurs))}
${row('Taal', escapeHtml(skillLabels[i.basicSkills.language]))}
${row('Rekenen', escapeHtml(skillLabels[i.basicSkills.numeracy]))}
${row('Digitale vaardigheden', escapeHtml(skillLabels[i.basicSkills.digital]))}
${row('Eerder gebruikte regelingen', i.schemesUsed.length ? i.schemesUsed.map((u) => `${escapeHtml(u.schemeId)} (${date(u.date)}${u.amountCents === undefined ? '' : `, ${escapeHtml(formatEuro(u.amountCents))}`})`).join('<br>') : 'Geen')}
</tbody></table>`
    : '<p>Er is nog geen intake ingevuld.</p>';

  const trainings = d.trainings.length
    ? d.trainings
        .map(({ training: t }) => {
          const costs = t.costs.map((k) => `${escapeHtml(k.label?.trim() || costCategoryLabels[k.category])}: ${escapeHtml(formatEuro(k.amountCents))}`).join('<br>');
          return `<h3>${escapeHtml(t.title)}</h3><table><tbody>
${row('Opleider', text(t.provider))}
${row('Soort opleiding', escapeHtml(trainingKindLabels[t.kind]))}
${row('Van en tot', `${date(t.startDate)} tot ${date(t.endDate)}`)}
${row('Opleiding voor een kansberoep', yesNo(t.kansberoep))}
${row('Baangarantie', yesNo(t.jobGuarantee))}
${row('Kosten', costs || 'Geen')}
</tbody></table>`;
        })
        .join('\n')
    : '<p>Er zijn geen opleidingen vastgelegd.</p>';

  const answers = d.apk.answers.length
    ? `<table><thead><tr><th>Stelling</th><th>Antwoord</th><th>Notitie</th><th>Datum</th></tr></thead><tbody>${d.apk.answers
        .map(
          (a) =>
            `<tr><td>${escapeHtml(statementTexts[a.statementId] ?? a.statementId)}</td><td>${escapeHtml(apkAnswerLabels[a.answer as ApkAnswer])}</td><td>${text(a.note)}</td><td>${date(a.answeredAt)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p>Er zijn geen antwoorden van de Loopbaan APK vastgelegd.</p>';
  const confirmations = d.apk.confirmations.length
    ? `<p>Uw adviseur heeft deze signalen uit de Loopbaan APK overgenomen in uw situatie:</p><ul>${d.apk.confirmations
        .map((x) => `<li>${escapeHtml(signalLabels[x.signalId] ?? x.signalId)}: op ${date(x.confirmedAt)}${x.confirmedBy ? ` door ${escapeHtml(x.confirmedBy)}` : ''}.</li>`)
        .join('')}</ul>`
    : '';

  const arrangements = d.arrangements.length
    ? d.arrangements
        .map((a) => {
          const latest = a.versions.at(-1);
          const title = latest ? latest.case.training.title : 'Arrangement';
          const versions = a.versions
            .map(
              (v) =>
                `<tr><td class="num">${v.version}</td><td>${date(v.savedAt)}</td><td>${text(v.savedBy)}</td><td>${escapeHtml(statusLabels[v.status])}</td><td class="num">${escapeHtml(formatEuro(v.result.ownContributionCents))}</td></tr>`,
            )
            .join('');
          const overrides = latest?.overrides.length
            ? `<p>Aanpassingen door uw adviseur:</p><ul>${latest.overrides.map((o) => `<li>${escapeHtml(o.reason)} (${escapeHtml(o.by)}, ${date(o.at)})</li>`).join('')}</ul>`
            : '';
          return `<h3>${escapeHtml(title)}</h3>
<table><thead><tr><th class="num">Versie</th><th>Datum</th><th>Door</th><th>Status</th><th class="num">U betaalt zelf</th></tr></thead><tbody>${versions}</tbody></table>
${overrides}`;
        })
        .join('\n')
    : '<p>Er zijn geen arrangementen vastgelegd.</p>';

  const audit = d.audit.length
    ? `<table><thead><tr><th>Datum</th><th>Wie</th><th>Wat</th></tr></thead><tbody>${d.audit
        .map(
          (e) =>
            `<tr><td>${date(e.at)}</td><td>${escapeHtml(e.actor)}</td><td>${escapeHtml(auditActionLabels[e.action])}${e.fields.length ? `: ${escapeHtml(e.fields.map((f) => auditFieldLabels[f] ?? f).join(', '))}` : ''}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p>Er staat nog niets in het logboek.</p>';

  const title = 'Uw gegevens in Arrangeur';
  return printDocument(title, STYLE, `<p class="lead">Dit zijn alle gegevens die ${holder} over u heeft vastgelegd in Arrangeur. U heeft het recht om deze gegevens te zien (artikel 15 van de AVG).</p>
<p class="meta">Gemaakt op ${date(d.exportedAt)}${d.exportedBy ? ` door ${escapeHtml(d.exportedBy)}` : ''}.</p>

<h2>Uw dossier</h2>
${dossier}

<h2>Uw situatie</h2>
${intake}

<h2>Opleidingen</h2>
${trainings}

<h2>Loopbaan APK</h2>
${answers}
${confirmations}

<h2>Arrangementen</h2>
<p>Een arrangement is een plan om een opleiding te betalen. Bij elke wijziging wordt een nieuwe versie bewaard.</p>
${arrangements}

<h2>Wie heeft wat gedaan?</h2>
<p>Arrangeur houdt bij wie iets aan uw gegevens veranderde en wanneer. Daarin staat alleen wát er veranderde, niet de gegevens zelf.</p>
${audit}

<h2>Wat kunt u doen?</h2>
<p>Klopt er iets niet? Vraag uw adviseur om het te verbeteren. Wilt u dat uw gegevens worden gewist? Ook dat kunt u aan uw adviseur vragen.</p>
<p>Wilt u uw gegevens meenemen naar een andere organisatie? Vraag dan om het bestand met al uw gegevens (JSON). Dat bestand hoort bij dit overzicht.</p>

<footer>
<p>Overzicht van ${holder}, gemaakt met Arrangeur (formaat ${escapeHtml(d.format)} versie ${d.formatVersion}).</p>
</footer>
`);
}
