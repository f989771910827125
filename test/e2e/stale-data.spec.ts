// Issue 8.1: a dossier's screens must never show data older than what is stored. The adviser
// changes the client's birth date in the dossier form so that an age limit flips, goes back to
// Financiering without reloading the page, and must see the new result; the arrangement saved
// from there must be exactly what was on screen (the services recompute it from the database).
import type { Locator, Page } from '@playwright/test';
import { basicSkillsTraining, employedIntake, must, otherTrainings } from './session-seed.ts';
import { test, expect, openApp, type Services } from './fixtures.ts';

const STAP = 'nl.stap';

/** A dossier with a forklift certificate: on 15-03-2022 STAP pays it, but only for who has not reached the AOW age (66 and 7 months in 2022). */
const seed = async (services: Services) => {
  const client = must(
    'clients.create',
    await services.call('clients.create', { displayName: 'Fatma Ünal', birthDate: '1978-04-12', region: 'twente', adviserReference: '', note: null }),
  );
  must(
    'intake.save',
    await services.call('intake.save', {
      clientId: client.id,
      expectedVersion: 0,
      fields: employedIntake,
      trainings: {
        added: [basicSkillsTraining, otherTrainings[1]!].map((training, i) => ({ key: `t${i}`, training })),
        changed: [],
        removed: [],
      },
    }),
  );
  return client;
};

/** What "Wie betaalt wat" says, row by row: scheme id, kind and amount. */
const linesOf = async (table: Locator): Promise<string[]> =>
  table.locator('tbody tr[data-scheme]').evaluateAll((rows) =>
    rows.map((row) => `${row.getAttribute('data-scheme')}|${row.getAttribute('data-kind') ?? ''}|${row.querySelector('.arr-amount')?.textContent ?? ''}`),
  );

const linesTable = (page: Page) => page.getByRole('table', { name: 'Wie betaalt wat' });

test('a birth date changed in the dossier form is used by Financiering at once, and the saved arrangement equals the screen', async ({ page, services }) => {
  const client = await seed(services);
  await openApp(page, services.url, `#/dossiers/${client.id}/financiering`);
  await page.getByLabel('Opleiding', { exact: true }).selectOption({ label: 'Heftruckcertificaat' });
  await page.getByRole('textbox', { name: 'Peildatum' }).fill('15-03-2022');
  // 43 on the peildatum: STAP pays.
  await expect(linesTable(page).locator(`tr[data-scheme="${STAP}"]`)).toHaveCount(1);

  // The adviser corrects the birth date in the dossier form: 67 on the peildatum.
  await page.getByRole('link', { name: 'Terug naar het dossier' }).click();
  await page.getByRole('link', { name: 'Bewerken' }).click();
  await page.getByLabel('Geboortedatum').fill('01-01-1955');
  await page.getByRole('button', { name: 'Dossier opslaan' }).click();
  await expect(page.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible();

  // Back to Financiering, without reloading the page: STAP no longer fits.
  await page.getByRole('link', { name: 'Financiering', exact: true }).click();
  await expect(page.getByLabel('Opleiding', { exact: true })).toHaveValue('1');
  await expect(page.getByRole('textbox', { name: 'Peildatum' })).toHaveValue('15-03-2022');
  await expect(page.locator(`li.arr-scheme--ineligible[data-scheme="${STAP}"]`)).toContainText('AOW-leeftijd bereikt');
  await expect(linesTable(page).locator(`tr[data-scheme="${STAP}"]`)).toHaveCount(0);
  const onScreen = await linesOf(linesTable(page));

  // Saved: the arrangement is what the adviser saw.
  await page.getByRole('button', { name: 'Opslaan als arrangement' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Heftruckcertificaat' })).toBeVisible();
  expect(await linesOf(linesTable(page))).toEqual(onScreen);
  const id = await page.locator('[data-arrangement]').first().getAttribute('data-arrangement');
  const stored = must('arrangements.get', await services.call('arrangements.get', { id: id! }));
  expect(stored.case.client.birthDate).toBe('1955-01-01');
  const fundingLines = onScreen.filter((row) => !row.startsWith('eigen-bijdrage|'));
  expect(stored.result.lines.map((l) => `${l.schemeId}|${l.kind}`)).toEqual(fundingLines.map((row) => row.split('|').slice(0, 2).join('|')));
});
