// axe on every dossier screen and state: no serious or critical violation is allowed.
import { test, expect, openApp } from './fixtures.ts';
import { seriousViolations } from './axe.ts';
import { seedDossiers } from './seed.ts';

test('dossier screens have no serious or critical axe violations', async ({ page, services }) => {
  const [first] = await seedDossiers(services);

  await openApp(page, services.url);
  await expect(page.getByRole('table')).toBeVisible();
  expect(await seriousViolations(page), 'list').toEqual([]);

  await page.getByRole('searchbox', { name: 'Zoek een dossier' }).fill('zzz');
  await expect(page.getByText(/Geen dossiers gevonden/)).toBeVisible();
  expect(await seriousViolations(page), 'list without results').toEqual([]);

  await page.getByRole('checkbox', { name: 'Toon gearchiveerde dossiers' }).check();
  expect(await seriousViolations(page), 'archived list').toEqual([]);

  await openApp(page, services.url, '#/dossiers/nieuw');
  expect(await seriousViolations(page), 'new dossier form').toEqual([]);

  await page.getByRole('button', { name: 'Dossier opslaan' }).click();
  await expect(page.getByRole('group', { name: 'Controleer het formulier' })).toBeFocused();
  expect(await seriousViolations(page), 'form with errors').toEqual([]);

  await openApp(page, services.url, `#/dossiers/${first!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.displayName);
  expect(await seriousViolations(page), 'detail').toEqual([]);

  await page.getByRole('button', { name: 'Archiveren' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page), 'archive question').toEqual([]);
  await page.getByRole('button', { name: 'Ja, archiveren' }).click();
  await expect(page.getByRole('button', { name: 'Terugzetten' })).toBeVisible();
  expect(await seriousViolations(page), 'archived detail').toEqual([]);

  await openApp(page, services.url, `#/dossiers/${first!.id}/bewerken`);
  expect(await seriousViolations(page), 'edit form (archived dossier)').toEqual([]);

  await openApp(page, services.url, '#/iets-anders');
  expect(await seriousViolations(page), 'not found').toEqual([]);
});
