// axe on every session screen and the states an adviser meets there: no serious or critical
// violation is allowed.
import { test, expect, openApp } from './fixtures.ts';
import { seriousViolations } from './axe.ts';
import { seedSession } from './session-seed.ts';

test('session screens have no serious or critical axe violations', async ({ page, context, services }) => {
  test.setTimeout(120_000);
  const { client, arrangement } = await seedSession(services, { allTrainings: true, arrangement: true });
  const base = `#/dossiers/${client.id}`;

  await openApp(page, services.url, base);
  await expect(page.getByRole('heading', { name: 'Gesprek met de cliënt' })).toBeVisible();
  expect(await seriousViolations(page), 'dossier with the way into the session').toEqual([]);

  await openApp(page, services.url, `${base}/intake`);
  await expect(page.getByRole('table', { name: 'Wie betaalt wat' })).toBeVisible();
  expect(await seriousViolations(page), 'intake with live matching').toEqual([]);

  await page.getByLabel('Uren per week').fill('90');
  await page.getByLabel('Bedrag', { exact: true }).first().fill('veel');
  await page.getByRole('button', { name: 'Intake opslaan' }).click();
  await expect(page.getByRole('group', { name: 'Controleer het formulier' })).toBeFocused();
  expect(await seriousViolations(page), 'intake with errors').toEqual([]);
  // Put it right again: the draft is kept across the session's tabs.
  await page.getByLabel('Uren per week').fill('32');
  await page.getByLabel('Bedrag', { exact: true }).first().fill('1.500,00');
  await expect(page.getByText('Uren per week').locator('..').locator('..').getByText(/hoogstens/)).toHaveCount(0);

  await openApp(page, services.url, `${base}/apk`);
  await page.getByRole('group', { name: /Ik kan goed rekenen/ }).getByLabel('Deels').check();
  await expect(page.getByRole('article', { name: 'Basisvaardigheden mogelijk onvoldoende' })).toBeVisible();
  await page.getByRole('group', { name: /Ik kan goed rekenen/ }).getByRole('button', { name: 'Notitie toevoegen' }).click();
  expect(await seriousViolations(page), 'Loopbaan APK with a signal and a note').toEqual([]);

  await openApp(page, services.url, `${base}/financiering`);
  await page.getByRole('textbox', { name: 'Peildatum' }).fill('15-01-2022');
  await expect(page.getByRole('heading', { name: /Regelingen die niet passen/ })).toBeVisible();
  expect(await seriousViolations(page), 'financing').toEqual([]);

  await openApp(page, services.url, `${base}/vergelijken`);
  await expect(page.getByRole('table')).toBeVisible();
  expect(await seriousViolations(page), 'comparison').toEqual([]);

  await openApp(page, services.url, `${base}/arrangementen`);
  await expect(page.getByRole('table', { name: 'Arrangementen in dit dossier' })).toBeVisible();
  expect(await seriousViolations(page), 'arrangement list with import').toEqual([]);

  await openApp(page, services.url, `${base}/arrangementen/${arrangement!.id}`);
  // No adviser name yet: it is asked first, in its own small form.
  await page.getByRole('button', { name: 'Naam opslaan' }).click();
  await expect(page.getByLabel('Uw naam')).toBeFocused();
  expect(await seriousViolations(page), 'arrangement asking the adviser name, with its error').toEqual([]);
  await page.getByLabel('Uw naam').fill('Anna de Jong');
  await page.getByRole('button', { name: 'Naam opslaan' }).click();

  await page.getByLabel('Een bijdrage van de werkgever toevoegen').check();
  await page.getByRole('button', { name: 'Aanpassing opslaan' }).click();
  await expect(page.getByRole('group', { name: 'Controleer het formulier' })).toBeFocused();
  expect(await seriousViolations(page), 'arrangement with override errors').toEqual([]);

  await page.getByLabel('Bedrag', { exact: true }).fill('250,00');
  await page.getByLabel('Reden', { exact: true }).fill('De werkgever betaalt het examen.');
  await page.getByRole('button', { name: 'Aanpassing opslaan' }).click();
  await expect(page.getByText('Opgeslagen als versie 2.')).toBeVisible();
  expect(await seriousViolations(page), 'arrangement with history').toEqual([]);

  await openApp(page, services.url, `${base}/arrangementen/${arrangement!.id}/versie/1`);
  await expect(page.getByText('U bekijkt versie 1')).toBeVisible();
  expect(await seriousViolations(page), 'earlier version').toEqual([]);

  await openApp(page, services.url, `${base}/arrangementen/${arrangement!.id}/afdrukken`);
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeEnabled();
  // axe cannot run inside a frame that may run no script: the frame is checked on its own below.
  expect(await seriousViolations(page, '#document-voor-de-klant'), 'print view').toEqual([]);

  const document = await services.call('arrangements.document', { id: arrangement!.id });
  if (!document.ok) throw new Error(document.error.message);
  const plain = await context.newPage();
  await plain.setContent(document.value.html);
  expect(await seriousViolations(plain), 'the client document itself').toEqual([]);
  await plain.close();
});
