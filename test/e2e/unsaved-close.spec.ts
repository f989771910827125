// Closing the window (or reloading) with unsaved input asks first; with everything saved it
// does not. In the desktop app main turns the same refusal into a Dutch dialog
// (electron/shell/unload.ts, unit-tested).
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';
import { seedSession } from './session-seed.ts';

/** Closes the page as a window close would (beforeunload runs); returns the dialogs it raised. */
const closeAndCollect = async (page: Page): Promise<string[]> => {
  const kinds: string[] = [];
  page.on('dialog', (dialog) => {
    kinds.push(dialog.type());
    void dialog.dismiss(); // "stay"
  });
  await page.close({ runBeforeUnload: true });
  return kinds; // filled as the dialog arrives; callers poll it
};

test('an unsaved intake change makes closing the window ask; a saved intake does not', async ({ context, services }) => {
  const { client } = await seedSession(services, { adviserName: 'Anna de Jong' });

  const page = await context.newPage();
  await openApp(page, services.url, `#/dossiers/${client.id}/intake`);
  await page.getByLabel('Naam van de opleiding').first().fill('Digitale basisvaardigheden voor gevorderden');
  // Switching tabs keeps the draft in memory, so the guard still holds on another tab.
  await page.getByRole('navigation', { name: 'Onderdelen van het gesprek' }).getByRole('link', { name: 'Loopbaan APK' }).click();
  const asked = await closeAndCollect(page);
  await expect.poll(() => asked).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);

  await page.getByRole('navigation', { name: 'Onderdelen van het gesprek' }).getByRole('link', { name: 'Intake', exact: true }).click();
  await page.getByRole('button', { name: 'Intake opslaan' }).click();
  await expect(page.getByText('De intake is opgeslagen.')).toBeVisible();
  const second = await closeAndCollect(page);
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(second).toEqual([]);
});

test('a half-filled new dossier makes closing the window ask', async ({ page, services }) => {
  await openApp(page, services.url, '#/dossiers/nieuw');
  await page.getByLabel('Naam of pseudoniem').fill('Sanne Bakker');
  const asked = await closeAndCollect(page);
  await expect.poll(() => asked).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);
});
