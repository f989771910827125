// The screenshots in docs/screenshots: the dossier list and the new-dossier form at 1280×800
// in Debian's Chromium, with realistic dossiers seeded through the bridge. They are reviewed by
// eye, not compared pixel by pixel. Every run takes them (into test-results/screenshots);
// UPDATE_SCREENSHOTS=1 writes them to docs/screenshots instead, so an ordinary test run does
// not leave changed images (timestamps differ per run) in the working tree:
//   UPDATE_SCREENSHOTS=1 npx playwright test test/e2e/screenshots.spec.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, openApp } from './fixtures.ts';
import { seedDossiers } from './seed.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(repoRoot, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots');

test('screenshots of the dossier list, the new-dossier form and a dossier', async ({ page, services }) => {
  const created = await seedDossiers(services);
  // Let the mouse rest outside the content, so no hover state shows.
  await page.mouse.move(0, 799);

  await openApp(page, services.url);
  await expect(page.getByRole('row')).toHaveCount(created.length + 1);
  await page.screenshot({ path: path.join(outDir, 'dossiers-lijst.png') });

  await openApp(page, services.url, '#/dossiers/nieuw');
  await expect(page.getByLabel('Arbeidsmarktregio').locator('option')).toHaveCount(36);
  await page.screenshot({ path: path.join(outDir, 'dossier-nieuw.png') });

  await page.getByLabel('Geboortedatum').fill('31-02-1990');
  await page.getByRole('button', { name: 'Dossier opslaan' }).click();
  await expect(page.getByRole('group', { name: 'Controleer het formulier' })).toBeFocused();
  await page.mouse.move(0, 799);
  await page.screenshot({ path: path.join(outDir, 'dossier-nieuw-fouten.png') });

  const ayse = created.find((c) => c.displayName === 'Ayşe Müller')!;
  // The form holds unsaved input, so leaving it asks first.
  page.once('dialog', (dialog) => void dialog.accept());
  await openApp(page, services.url, `#/dossiers/${ayse.id}`);
  await expect(page.getByText('Wil zich laten omscholen tot doktersassistent.')).toBeVisible();
  await page.screenshot({ path: path.join(outDir, 'dossier-detail.png') });
});
