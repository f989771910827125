// Issue 12, items 6, 7 and 11, through the services: the words on a funding line paid by the
// employer, eligible schemes with an unknown amount ("Mogelijk ook"), and the client document.
import { describe, expect, it } from 'vitest';
import { defaultIntakeFields } from '../../shared/contract/intake.ts';
import { contributionOf, fundingLineKindLabel } from '../../shared/labels/packs.ts';
import type { Training } from '../../shared/case/schema.ts';
import { basicSkillsTraining, sampleFields, sessionServices } from './helpers.ts';

/** The document's text without tags and with whitespace folded, as a reader sees it. */
const textOf = (html: string): string =>
  html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

const mboTraining = (over: Partial<Training> = {}): Training => ({
  title: 'Monteur elektrotechnische installaties',
  provider: 'ROC van Twente',
  kind: 'mbo-diploma',
  mboPathway: 'bbl',
  level: 'mbo3',
  recognitions: ['ocw-diploma'],
  purpose: 'future-occupation',
  kansberoep: true,
  jobGuarantee: false,
  startDate: '2026-09-01',
  endDate: '2027-06-30',
  costs: [{ category: 'tuition', amountCents: 120_000, vatIncluded: true }],
  ...over,
});

async function saved(opts: { region: string; training: Training; referenceDate: string; digital?: 'insufficient'; overrides?: unknown[] }) {
  const s = sessionServices();
  await s.must('settings.update', { adviserName: 'Fatima el Idrissi' });
  const client = await s.must('clients.create', sampleFields({ displayName: 'Jan Jansen', birthDate: '1975-06-01', region: opts.region }));
  const fields = defaultIntakeFields();
  if (opts.digital) fields.basicSkills.digital = opts.digital;
  await s.must('intake.save', { clientId: client.id, expectedVersion: 0, fields });
  const training = await s.addTraining(client.id, opts.training);
  const version = await s.must('arrangements.save', { clientId: client.id, trainingId: training.id, referenceDate: opts.referenceDate, overrides: (opts.overrides ?? []) as never });
  const html = (await s.must('arrangements.document', { id: version.id })).html;
  return { version, html, text: textOf(html) };
}

describe('item 6: an employer contribution is not a compulsory one', () => {
  it('the adviser\'s employer contribution is "Bijdrage werkgever"; Tel mee met Taal\'s employer share is compulsory, with a reason', async () => {
    const own = await saved({
      region: 'twente',
      training: mboTraining({ kansberoep: false }),
      referenceDate: '2026-03-02',
      overrides: [{ kind: 'employer-contribution', amountCents: 50_000, reason: 'Werkgever betaalt mee.' }],
    });
    const line = own.version.result.lines.find((l) => l.schemeId === 'nl.werkgever')!;
    expect(line).toMatchObject({ kind: 'cofinancing', contribution: 'promised', payer: 'Werkgever', amountCents: 50_000 });
    expect(fundingLineKindLabel(line, own.version.result.lines)).toBe('Bijdrage werkgever');
    expect(own.text).toContain('Bijdrage werkgever');
    expect(own.text).toContain('Dit bedrag heeft de werkgever zelf toegezegd.');
    expect(own.text).not.toMatch(/verplicht/i);

    const tmmt = await saved({ region: 'twente', training: basicSkillsTraining(), referenceDate: '2022-01-15', digital: 'insufficient' });
    const share = tmmt.version.result.lines.find((l) => l.schemeId === 'nl.tel-mee-met-taal' && l.kind === 'cofinancing')!;
    expect(share).toMatchObject({ contribution: 'required', amountCents: 49_255 });
    expect(fundingLineKindLabel(share, tmmt.version.result.lines)).toBe('Verplichte eigen bijdrage werkgever');
    expect(tmmt.text).toContain('Verplichte eigen bijdrage werkgever');
    expect(tmmt.text).toContain('Tel mee met Taal (werkgeversregeling) betaalt alleen als de werkgever zelf ook een deel betaalt: 33% van de kosten die de regeling betaalt. Deze bijdrage is dus verplicht.');
  });

  it('reads results saved before lines said which contribution they are by their shape', () => {
    const lines = [
      { schemeId: 'nl.tel-mee-met-taal', kind: 'grant' as const, payer: 'Rijksoverheid (DUS-I)' },
      { schemeId: 'nl.tel-mee-met-taal', kind: 'cofinancing' as const, payer: 'Werkgever' },
      { schemeId: 'nl.werkgever', kind: 'cofinancing' as const, payer: 'Werkgever' },
    ];
    expect(lines.map((l) => contributionOf(l, lines))).toEqual([null, 'required', 'promised']);
    expect(lines.map((l) => fundingLineKindLabel(l, lines))).toEqual(['Subsidie', 'Verplichte eigen bijdrage werkgever', 'Bijdrage werkgever']);
  });
});

describe('item 7: an eligible scheme with an unknown amount is listed under "Mogelijk ook"', () => {
  it('the Twents Fonds voor Vakmanschap for a Twente client: in the result and in the document, with what to do', async () => {
    const r = await saved({ region: 'twente', training: mboTraining(), referenceDate: '2026-03-02' });
    expect(r.version.result.lines.some((l) => l.schemeId === 'regio.twente.vakmanschap')).toBe(false);
    expect(r.version.result.alsoPossible).toContainEqual(
      expect.objectContaining({
        schemeId: 'regio.twente.vakmanschap',
        applicant: 'client',
        todo: 'U komt waarschijnlijk in aanmerking, maar het bedrag is niet bekend. Vraag bij Gemeente Enschede (namens de 14 Twentse gemeenten) hoeveel u uit deze regeling kunt krijgen. U vraagt de regeling zelf aan. Uw adviseur kan u daarbij helpen.',
        url: 'https://lokaleregelgeving.overheid.nl/CVDR631008',
      }),
    );
    expect(r.text).toContain('Mogelijk ook');
    expect(r.text).toContain('Twents Fonds voor Vakmanschap (scholingscheque)');
    expect(r.text).toContain('Vraag bij Gemeente Enschede (namens de 14 Twentse gemeenten) hoeveel u uit deze regeling kunt krijgen.');

    // A Rijnmond client is not eligible, so it is not "possible" either.
    const elsewhere = await saved({ region: 'rijnmond', training: mboTraining(), referenceDate: '2026-03-02' });
    expect(elsewhere.version.result.alsoPossible?.some((p) => p.schemeId === 'regio.twente.vakmanschap') ?? false).toBe(false);
    expect(elsewhere.text).not.toContain('Twents Fonds');
  });
});

describe('item 11: the client document', () => {
  it('has a "Wat doet u zelf?" step: enrol, pay what is left, and read the repayment clause when the employer pays', async () => {
    const r = await saved({
      region: 'twente',
      training: mboTraining({ kansberoep: false }),
      referenceDate: '2026-03-02',
      overrides: [{ kind: 'employer-contribution', amountCents: 50_000, reason: 'Werkgever betaalt mee.' }],
    });
    expect(r.text).toContain('Wat doet u zelf?');
    expect(r.text).toContain('Schrijf u in bij ROC van Twente.');
    expect(r.text).toMatch(/terugbetalingsregeling of studiekostenbeding/);
    if (r.version.result.ownContributionCents > 0) expect(r.text).toContain('Betaal zelf wat overblijft');
  });

  it('says no two near-identical sentences under the employer step', async () => {
    const r = await saved({
      region: 'twente',
      training: mboTraining({ kansberoep: false }),
      referenceDate: '2026-03-02',
      overrides: [{ kind: 'employer-contribution', amountCents: 50_000, reason: 'Werkgever betaalt mee.' }],
    });
    const step = r.version.actions.find((x) => x.schemeId === 'nl.werkgever')!;
    const sentences = [step.what, step.timing, step.how].flatMap((p) => p.split(/(?<=\.)\s+/));
    for (let i = 0; i < sentences.length; i++) {
      for (let j = i + 1; j < sentences.length; j++) expect(overlap(sentences[i]!, sentences[j]!), `${sentences[i]} / ${sentences[j]}`).toBeLessThan(0.6);
    }
  });
});

/** Share of the shorter sentence's words that the other sentence also has. */
export function overlap(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().match(/[a-zà-ÿ]+/g) ?? []);
  const wa = words(a);
  const wb = words(b);
  const common = [...wa].filter((w) => wb.has(w)).length;
  return common / Math.max(1, Math.min(wa.size, wb.size));
}
