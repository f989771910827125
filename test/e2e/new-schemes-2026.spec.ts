// Issue 11: an adviser who opens Arrangeur with a 2026 peildatum sees the schemes that are live
// now, each amount with how sure it is and where it comes from. A Metalektro worker under notice
// starts a bbl training with a new employer-style placement: A+O van werk naar werk pays 90%
// (the employer 10%) and praktijkleren pays the supervision. Three funding lines from the new
// schemes, each with its source, on screen and in the client's PDF.
import type { Page } from '@playwright/test';
import type { Training } from '../../shared/case/schema.ts';
import type { IntakeFields } from '../../shared/contract/intake.ts';
import { test, expect, openApp } from './fixtures.ts';
import { printPdf, pdfText } from './session-pdf.ts';
import { normaliseSpaces } from './session-seed.ts';

const training: Training = {
  title: 'Servicemonteur elektrotechniek (bbl, mbo-3)',
  provider: 'ROC',
  kind: 'mbo-diploma',
  mboPathway: 'bbl',
  level: 'mbo3',
  recognitions: ['ocw-diploma'],
  purpose: 'future-occupation',
  kansberoep: true,
  jobGuarantee: false,
  startDate: '2026-09-01',
  endDate: '2027-07-09',
  costs: [
    { category: 'tuition', amountCents: 300_000, vatIncluded: false, label: 'Cursusgeld en omscholing' },
    { category: 'exam', amountCents: 20_000, vatIncluded: false, label: 'Examens' },
    { category: 'other', amountCents: 300_000, vatIncluded: false, label: 'Begeleiding van werk naar werk en op de werkplek' },
  ],
};

const intake: IntakeFields = {
  educationLevel: 'mbo2',
  work: {
    status: 'employed',
    contract: 'permanent',
    hoursPerWeek: 38,
    employmentStartDate: '2019-02-01',
    employerSize: 60,
    sectorFund: 'a-o-metalektro',
    benefit: 'none',
    dismissalNotice: true,
  },
  studentFinance: { studiefinanciering: false, wtos: false, lerarenbeurs: false },
  basicSkills: { language: 'sufficient', numeracy: 'sufficient', digital: 'sufficient' },
  schemesUsed: [],
};

const linesTable = (page: Page) => page.getByRole('table', { name: 'Wie betaalt wat' });

test('a 2026 case shows three funding lines from the new schemes, each with its status and source', async ({ page, context, services }) => {
  const created = await services.call('clients.create', { displayName: 'Kees Jansen', birthDate: '1988-04-12', region: 'midden-utrecht', adviserReference: 'LWL-2026-011', note: null });
  if (!created.ok) throw new Error(created.error.message);
  const saved = await services.call('intake.save', {
    clientId: created.value.id,
    expectedVersion: 0,
    fields: intake,
    trainings: { added: [{ key: 't0', training }], changed: [], removed: [] },
  });
  if (!saved.ok) throw new Error(saved.error.message);
  const trainingId = saved.value.trainings[0]!.id;

  // The arrangement the services compute on 2 March 2026.
  const arrangement = await services.call('arrangements.save', { clientId: created.value.id, trainingId, referenceDate: '2026-03-02', overrides: [] });
  if (!arrangement.ok) throw new Error(arrangement.error.message);
  const lines = arrangement.value.result.lines;
  expect(lines.map((l) => [l.schemeId, l.kind, l.amountCents])).toEqual([
    ['nl.praktijkleren', 'grant', 270_000],
    ['sector.a-o-metalektro.vwnw', 'grant', 315_000],
    ['sector.a-o-metalektro.vwnw', 'cofinancing', 35_000],
  ]);
  for (const line of lines) {
    expect(line.status).toBe('verified');
    expect(line.figures!.length).toBeGreaterThan(0);
    expect(line.figures!.every((f) => /^https:\/\//.test(f.source?.url ?? ''))).toBe(true);
  }
  expect(arrangement.value.result.ownContributionCents).toBe(0);

  // On screen: the financing view on the same peildatum lists the three lines and the sources.
  // From the dossier page, as an adviser goes: the session's parts are links in "Gesprek met de cliënt".
  await openApp(page, services.url, `#/dossiers/${created.value.id}`);
  await page.getByRole('region', { name: 'Gesprek met de cliënt' }).getByRole('link', { name: 'Financiering' }).click();
  await page.getByRole('textbox', { name: 'Peildatum' }).fill('02-03-2026');
  const table = linesTable(page);
  await expect(table).toContainText('Subsidieregeling praktijkleren');
  await expect(table).toContainText('€ 2.700,00');
  await expect(table).toContainText('Van werk naar werk (A+O Metalektro)');
  await expect(table).toContainText('€ 3.150,00');
  await expect(table).toContainText('€ 350,00');
  // Next to each amount: how sure it is, in words, and each figure's source with the date it was checked.
  for (const name of ['Subsidieregeling praktijkleren', 'Van werk naar werk (A+O Metalektro)']) {
    const rows = table.getByRole('row').filter({ hasText: name });
    for (const row of await rows.all()) {
      await expect(row).toContainText('Bevestigd');
      await expect(row.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
      await expect(row).toContainText(/gecontroleerd op \d{2}-\d{2}-\d{4}/);
    }
  }
  await expect(table.getByRole('row').filter({ hasText: 'Verplichte eigen bijdrage werkgever' })).toContainText('€ 350,00');
  for (const name of ['Subsidieregeling praktijkleren (bbl-leerwerkplek)', 'Van werk naar werk (A+O Metalektro)']) {
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
    // The scheme's main source ("Bron: …") and each figure's source are links to the official page.
    // (The scheme's main source, "Bron: …", is the pack's first source: for praktijkleren a news
    // page of an accountant, which is the pack's to replace; the figures' sources are official.)
    await expect(item.locator('.arr-scheme__source').getByRole('link')).toHaveAttribute('href', /^https?:\/\//);
    await expect(item.getByRole('list', { name: 'Getallen achter dit bedrag en hun bron' }).getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
    await expect(item).toContainText('Bevestigd');
  }

  // In the client's PDF: the amounts and the sources of the figures behind them.
  const document = await services.call('arrangements.document', { id: arrangement.value.id });
  if (!document.ok) throw new Error(document.error.message);
  const text = normaliseSpaces(pdfText(await printPdf(context, document.value.html, 'arrangement-2026-nieuwe-regelingen.pdf'))).replace(/\s+/g, ' ');
  expect(text).toContain('€ 2.700,00');
  expect(text).toContain('€ 3.150,00');
  expect(text).toContain('s-bb.nl');
  expect(text).toContain('ao-metalektro.nl');
});
