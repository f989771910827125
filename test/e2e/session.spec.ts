// The adviser's session end to end, in Debian's Chromium against the real services: intake,
// Loopbaan APK, live matching on a peildatum, the arrangement surviving a restart, the client's
// PDF; overrides with their reasons; the JSON export coming back unchanged.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, openApp, type Services } from './fixtures.ts';
import { printPdf, pdfText } from './session-pdf.ts';
import { seedSession } from './session-seed.ts';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const linesTable = (page: Page) => page.getByRole('table', { name: 'Wie betaalt wat' });
const lineRow = (page: Page, payer: string) =>
  linesTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /Tel mee met Taal/ }) })
    .filter({ has: page.getByRole('cell', { name: payer, exact: true }) });
const arrangementIdOn = async (page: Page) => (await page.locator('[data-arrangement]').first().getAttribute('data-arrangement'))!;

test('intake, APK signal, matching on 15-01-2022, arrangement after a restart, and the client PDF', async ({ page, context, services }) => {
  await openApp(page, services.url);
  await page.getByRole('link', { name: 'Nieuw dossier' }).click();
  await page.getByLabel('Naam of pseudoniem').fill('Fatma Ünal');
  await page.getByLabel('Geboortedatum').fill('12-04-1978');
  await page.getByLabel('Arbeidsmarktregio').selectOption({ label: 'Twente' });
  await page.getByRole('button', { name: 'Dossier opslaan' }).click();
  await expect(heading(page)).toHaveText('Fatma Ünal');

  // Intake: an employed client and a basic-skills training of € 1.500,00.
  await page.getByRole('link', { name: 'Intake', exact: true }).click();
  await expect(heading(page)).toHaveText('Intake');
  // A new intake assumes nothing (issue 12, item 5): the adviser answers each question.
  await expect(page.getByLabel('Werksituatie')).toHaveValue('');
  await page.getByLabel('Hoogst afgeronde opleiding').selectOption({ label: 'Vmbo' });
  await page.getByLabel('Werksituatie').selectOption({ label: 'In loondienst' });
  await page.getByLabel('Soort contract').selectOption({ label: 'Vast contract' });
  await page.getByLabel('Uren per week').fill('36');
  await page.getByLabel('Uitkering').selectOption({ label: 'Geen uitkering' });
  await page.getByRole('button', { name: 'Opleiding toevoegen' }).click();
  await expect(page.getByLabel('Naam van de opleiding')).toBeFocused();
  await page.getByLabel('Naam van de opleiding').fill('Digitale basisvaardigheden');
  await page.getByLabel('Opleider (niet verplicht)').fill('ROC van Twente');
  await page.getByLabel('Soort opleiding').selectOption('basic-skills');
  await page.getByLabel('Doel van de opleiding').selectOption('basic-skills');
  await page.getByLabel('Startdatum').fill('01-02-2022');
  await page.getByLabel('Einddatum').fill('30-06-2022');
  await page.getByLabel('Bedrag', { exact: true }).fill('1.500,00');
  await expect(page.getByText('Totaal: € 1.500,00')).toBeVisible();
  await page.getByRole('button', { name: 'Intake opslaan' }).click();
  await expect(page.getByText('De intake is opgeslagen.')).toBeVisible();

  // Loopbaan APK: the answer raises the basic-skills signal; nothing changes until confirmed.
  await page.getByRole('navigation', { name: 'Onderdelen van het gesprek' }).getByRole('link', { name: 'Loopbaan APK' }).click();
  await expect(heading(page)).toHaveText('Loopbaan APK');
  await page.getByRole('group', { name: /Ik werk makkelijk met een computer/ }).getByLabel('Nee').check();
  const signal = page.getByRole('article', { name: 'Basisvaardigheden mogelijk onvoldoende' });
  await expect(signal).toContainText("Voorstel: digitale vaardigheden op 'onvoldoende' zetten");
  expect(await intakeDigital(services, page)).toBe('unknown');
  await signal.getByRole('button', { name: 'Voorstel overnemen' }).click();
  await expect(signal.getByText('Overgenomen in de intake.')).toBeVisible();
  expect(await intakeDigital(services, page)).toBe('insufficient');

  // Matching on the peildatum 15-01-2022.
  await page.getByRole('navigation', { name: 'Onderdelen van het gesprek' }).getByRole('link', { name: 'Financiering' }).click();
  await page.getByRole('textbox', { name: 'Peildatum' }).fill('15-01-2022');
  await expect(lineRow(page, 'Rijksoverheid (DUS-I)')).toContainText('€ 1.000,00');
  await expect(lineRow(page, 'Werkgever')).toContainText('€ 492,55');
  const stap = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'STAP-budget' }) });
  await expect(stap).toContainText('Geldt niet op de peildatum');
  await expect(stap).toContainText('1 maart 2022');
  await expect(stap.getByRole('link', { name: /Bron:/ })).toHaveAttribute('target', '_blank');

  // Saved as an arrangement on the dossier.
  await page.getByRole('button', { name: 'Opslaan als arrangement' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Digitale basisvaardigheden' })).toBeVisible();
  const arrangementId = await arrangementIdOn(page);
  const clientId = await currentClientId(page);

  // The app closes and opens again on the same data folder: the arrangement is still there.
  const { url } = await services.restart();
  await openApp(page, url, `#/dossiers/${clientId}/arrangementen`);
  await page.getByRole('link', { name: 'Digitale basisvaardigheden' }).click();
  await expect(lineRow(page, 'Rijksoverheid (DUS-I)')).toContainText('€ 1.000,00');
  await expect(lineRow(page, 'Werkgever')).toContainText('€ 492,55');
  await expect(page.getByText(/peildatum 15-01-2022/)).toBeVisible();

  // "PDF voor de cliënt": in a browser the print view of the same document opens.
  await page.getByRole('button', { name: 'PDF voor de cliënt' }).click();
  await expect(heading(page)).toHaveText('Document voor de cliënt');
  const frame = page.frameLocator('#document-voor-de-klant');
  await expect(frame.getByText('€ 1.000,00').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeEnabled();

  // The PDF itself: the same HTML printed by Chromium, read back with pdftotext.
  const documentAnswer = await services.call('arrangements.document', { id: arrangementId });
  if (!documentAnswer.ok) throw new Error(documentAnswer.error.message);
  const pdf = await printPdf(context, documentAnswer.value.html, 'arrangement-tel-mee-met-taal.pdf');
  const text = pdfText(pdf);
  expect(text).toContain('€ 1.000,00');
  expect(text).toContain('€ 492,55');
  expect(text).toContain('€ 1.500,00');
});

const currentClientId = async (page: Page): Promise<string> => {
  const match = /#\/dossiers\/([^/]+)/.exec(new URL(page.url()).hash);
  if (!match) throw new Error(`no dossier in ${page.url()}`);
  return decodeURIComponent(match[1]!);
};

const intakeDigital = async (services: Services, page: Page): Promise<string | null> => {
  const answer = await services.call('intake.get', { clientId: await currentClientId(page) });
  return answer.ok ? answer.value.basicSkills.digital : null;
};

test('an override without a reason is refused; with a reason it is kept, with who and when', async ({ page, services }) => {
  const { client, arrangement } = await seedSession(services, { arrangement: true });
  await openApp(page, services.url, `#/dossiers/${client.id}/arrangementen/${arrangement!.id}`);
  await expect(page.getByText(/Versie 1 van 1/)).toBeVisible();

  // Overrides record who made them: the name is asked once, saved on its own.
  await page.getByLabel('Uw naam').fill('Anna de Jong');
  await page.getByRole('button', { name: 'Naam opslaan' }).click();
  await page.getByLabel('Een regeling weglaten').check();
  await page.getByLabel('Regeling', { exact: true }).selectOption({ label: 'Tel mee met Taal (werkgeversregeling)' });
  await page.getByRole('button', { name: 'Aanpassing opslaan' }).click();
  const summary = page.getByRole('group', { name: 'Controleer het formulier' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Geef een reden voor deze aanpassing.');
  await expect(page.getByText(/Versie 1 van 1/)).toBeVisible();

  // The services refuse it too, whatever a screen would send, and store nothing.
  const refused = await services.call('arrangements.save', {
    clientId: client.id,
    trainingId: arrangement!.trainingId!,
    referenceDate: '2022-01-15',
    overrides: [{ kind: 'exclude-scheme', schemeId: 'nl.tel-mee-met-taal', reason: '' }],
    arrangementId: arrangement!.id,
    expectedVersion: 1,
  });
  expect(refused.ok).toBe(false);
  if (!refused.ok) expect(refused.error.code).toBe('invalid-input');
  const still = await services.call('arrangements.get', { id: arrangement!.id });
  expect(still.ok && still.value.versions.length).toBe(1);

  // An amount above what the scheme allows is refused with the maximum named.
  await page.getByLabel('Een lager bedrag van een regeling gebruiken').check();
  await page.getByLabel('Regeling', { exact: true }).selectOption({ label: 'Tel mee met Taal (werkgeversregeling)' });
  await expect(page.getByText('Deze regeling kan hoogstens € 1.000,00 betalen.')).toBeVisible();
  await page.getByLabel('Bedrag', { exact: true }).fill('2.000,00');
  await page.getByLabel('Reden', { exact: true }).fill('Proberen wat er gebeurt');
  await page.getByRole('button', { name: 'Aanpassing opslaan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /1\.000,00/ })).toBeVisible();
  await expect(page.getByText(/Versie 1 van 1/)).toBeVisible();

  // With a reason: a new version, and the history says who and when.
  await page.getByLabel('Een regeling weglaten').check();
  await page.getByLabel('Regeling', { exact: true }).selectOption({ label: 'Tel mee met Taal (werkgeversregeling)' });
  await page.getByLabel('Reden', { exact: true }).fill('De werkgever doet dit jaar niet mee aan Tel mee met Taal.');
  await page.getByRole('button', { name: 'Aanpassing opslaan' }).click();
  await expect(page.getByText('Opgeslagen als versie 2.')).toBeVisible();
  await expect(page.getByText(/Versie 2 van 2/)).toBeVisible();
  const history = page.getByRole('table', { name: 'Geschiedenis van de aanpassingen' });
  const row = history.getByRole('row').filter({ hasText: 'De werkgever doet dit jaar niet mee aan Tel mee met Taal.' });
  await expect(row).toContainText('Anna de Jong');
  await expect(row).toContainText('Toegevoegd');
  await expect(row).toContainText(/\d{2}-\d{2}-\d{4} \d{2}:\d{2}/);
  await expect(page.getByRole('table', { name: 'Wie betaalt wat' })).not.toContainText('Tel mee met Taal');

  // The earlier version stays readable as it was.
  await page.getByLabel('Versie bekijken').selectOption('1');
  await expect(page.getByText('U bekijkt versie 1')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Wie betaalt wat' })).toContainText('€ 1.000,00');
  await expect(page.getByRole('button', { name: 'Aanpassing opslaan' })).toHaveCount(0);
});

test('the JSON export imports again into an identical arrangement', async ({ page, services }) => {
  const { client, trainings, arrangement } = await seedSession(services, { arrangement: true, adviserName: 'Anna de Jong' });
  // A richer arrangement than the matcher's proposal: an override and statuses.
  const v2 = await services.call('arrangements.save', {
    clientId: client.id,
    trainingId: trainings[0]!.id,
    referenceDate: '2022-01-15',
    overrides: [{ kind: 'limit-amount', schemeId: 'nl.tel-mee-met-taal', amountCents: 90_000, reason: 'Afgesproken met de werkgever.' }],
    arrangementId: arrangement!.id,
    expectedVersion: 1,
  });
  if (!v2.ok) throw new Error(v2.error.message);
  const v3 = await services.call('arrangements.setStatus', { id: arrangement!.id, expectedVersion: 2, status: 'besproken', lineStatuses: { 'nl.tel-mee-met-taal': 'aangevraagd' } });
  if (!v3.ok) throw new Error(v3.error.message);

  await openApp(page, services.url, `#/dossiers/${client.id}/arrangementen/${arrangement!.id}`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren (JSON)' }).click();
  const download = await downloading;
  const exported = await readFile((await download.path())!, 'utf8');
  expect(download.suggestedFilename()).toMatch(/\.json$/);

  await page.getByRole('navigation', { name: 'Onderdelen van het gesprek' }).getByRole('link', { name: 'Arrangement' }).click();
  // The way an adviser does it: the Dutch button opens the file dialog.
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Bestand kiezen…' }).click();
  await (await choosing).setFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(exported) });
  // Importing makes a new arrangement: it is asked first (issue 12, item 9).
  await page.getByRole('dialog', { name: 'Arrangement importeren?' }).getByRole('button', { name: 'Ja, importeren' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Digitale basisvaardigheden' })).toBeVisible();
  const importedId = await arrangementIdOn(page);
  expect(importedId).not.toBe(arrangement!.id);

  const original = await services.call('arrangements.get', { id: arrangement!.id });
  const imported = await services.call('arrangements.get', { id: importedId });
  if (!original.ok || !imported.ok) throw new Error('could not read the arrangements back');
  for (const key of ['referenceDate', 'status', 'lineStatuses', 'overrides', 'case', 'packs', 'result', 'actions'] as const) {
    expect(imported.value[key], key).toEqual(original.value[key]);
  }
  // Exported again, the import gives the very same file.
  const again = await services.call('arrangements.exportJson', { id: importedId });
  expect(again.ok && again.value.json).toBe(exported);
  await expect(page.getByRole('table', { name: 'Wie betaalt wat' })).toContainText('€ 900,00');
});
