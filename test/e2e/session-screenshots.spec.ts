// Screenshots of the session screens at 1280×800 in Debian's Chromium, with a realistic session
// seeded through the bridge: intake, Loopbaan APK, financing, comparison, and page 1 of the
// client's PDF. Reviewed by eye, not compared pixel by pixel. Every run takes them (into
// test-results/screenshots); UPDATE_SCREENSHOTS=1 writes them to docs/screenshots instead:
//   UPDATE_SCREENSHOTS=1 npx playwright test test/e2e/session-screenshots.spec.ts
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';
import { pdfPageOnePng, printPdf, repoRoot } from './session-pdf.ts';
import { seedSession } from './session-seed.ts';

const outDir = path.join(repoRoot, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots');

/** Scrolls so the element's top sits just below the top of the window. */
const scrollToTop = async (page: Page, selector: string, offset = 16) => {
  await page.evaluate(
    ([sel, off]) => {
      const el = document.querySelector(sel as string);
      if (el) window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - (off as number));
    },
    [selector, offset],
  );
};

test('screenshots of the intake, the APK, the financing, the comparison and the client PDF', async ({ page, context, services }) => {
  mkdirSync(outDir, { recursive: true });
  const { client, trainings } = await seedSession(services, { allTrainings: true, adviserName: 'Anna de Jong', digital: 'unknown' });
  const base = `#/dossiers/${client.id}`;
  await page.mouse.move(0, 799);

  // Loopbaan APK: the basic-skills answers and the proposal waiting for confirmation.
  await openApp(page, services.url, `${base}/apk`);
  await page.getByRole('group', { name: /Ik kan goed lezen en schrijven/ }).getByLabel('Ja').check();
  await page.getByRole('group', { name: /Ik kan goed rekenen/ }).getByLabel('Ja').check();
  await page.getByRole('group', { name: /Ik werk makkelijk met een computer/ }).getByLabel('Nee').check();
  await expect(page.getByRole('button', { name: 'Voorstel overnemen' })).toBeVisible();
  await page.locator(':focus').blur();
  await scrollToTop(page, '#apk-sectie-basisvaardigheden');
  await page.mouse.move(0, 799);
  await page.screenshot({ path: path.join(outDir, 'apk.png') });
  await page.getByRole('button', { name: 'Voorstel overnemen' }).click();
  await expect(page.getByText('Overgenomen in de intake.')).toBeVisible();

  // Intake: the first candidate training beside the live matching on 15-01-2022.
  await openApp(page, services.url, `${base}/intake`);
  await page.getByRole('textbox', { name: 'Peildatum' }).fill('15-01-2022');
  await expect(page.getByRole('table', { name: 'Wie betaalt wat' })).toContainText('€ 1.000,00');
  await page.getByRole('textbox', { name: 'Peildatum' }).blur();
  await scrollToTop(page, '[data-training="0"]');
  await page.screenshot({ path: path.join(outDir, 'intake.png') });

  // Financing on the peildatum.
  await openApp(page, services.url, `${base}/financiering`);
  await expect(page.getByRole('textbox', { name: 'Peildatum' })).toHaveValue('15-01-2022');
  await expect(page.getByRole('heading', { name: /Regelingen die niet passen/ })).toBeVisible();
  await scrollToTop(page, '.arr-tabs');
  await page.screenshot({ path: path.join(outDir, 'matching.png') });
  await scrollToTop(page, '.arr-evaluations');
  await page.screenshot({ path: path.join(outDir, 'matching-regelingen.png') });

  // "Mogelijk ook": the logistics training in Twente, where the Twents Fonds fits without a known amount.
  await page.getByLabel('Opleiding', { exact: true }).first().selectOption({ label: 'Mbo-2 Logistiek medewerker' });
  await expect(page.getByRole('region', { name: 'Mogelijk ook' })).toContainText('Twents Fonds voor Vakmanschap');
  await scrollToTop(page, '.arr-also');
  await page.screenshot({ path: path.join(outDir, 'matching-mogelijk-ook.png') });
  await page.getByLabel('Opleiding', { exact: true }).first().selectOption({ label: 'Digitale basisvaardigheden' });

  // The candidate trainings side by side.
  await openApp(page, services.url, `${base}/vergelijken`);
  await expect(page.getByRole('table')).toContainText('Heftruckcertificaat');
  await scrollToTop(page, '.arr-tabs');
  await page.screenshot({ path: path.join(outDir, 'vergelijking.png') });

  // A new intake: nothing assumed, not saved yet, and the live matching says what it still needs.
  const fresh = await services.call('clients.create', { displayName: 'Kees Jansen', birthDate: '1980-05-03', region: 'twente', adviserReference: '', note: null });
  if (!fresh.ok) throw new Error(fresh.error.message);
  await openApp(page, services.url, `#/dossiers/${fresh.value.id}/intake`);
  await page.getByLabel('Sectorfonds zoeken (niet verplicht)').fill('metaal');
  await expect(page.getByRole('complementary')).toContainText('Vul ook nog in');
  await page.getByLabel('Sectorfonds zoeken (niet verplicht)').blur();
  await scrollToTop(page, '.arr-dossier-facts');
  await page.screenshot({ path: path.join(outDir, 'intake-nieuw.png') });

  // Page 1 of the client's PDF, printed from the same template by Chromium.
  const arrangement = await services.call('arrangements.save', { clientId: client.id, trainingId: trainings[0]!.id, referenceDate: '2022-01-15', overrides: [] });
  if (!arrangement.ok) throw new Error(arrangement.error.message);
  const document = await services.call('arrangements.document', { id: arrangement.value.id });
  if (!document.ok) throw new Error(document.error.message);
  const pdf = await printPdf(context, document.value.html, 'arrangement-screenshot.pdf');
  pdfPageOnePng(pdf, path.join(outDir, 'pdf-pagina-1'));
});
