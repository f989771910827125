// The same session with the keyboard alone: this test never clicks, never fills a field
// directly and never sets a select by script. It moves with Tab, types, chooses options by
// typing their first letters, picks answers with the arrow keys and presses Enter.
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';

/** What has focus, in words the test can aim for: "field:Startdatum", "button:Intake opslaan", "radio:apk-bv-digitaal:ja". */
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const tag = el.tagName.toLowerCase();
    if (el instanceof HTMLInputElement && el.type === 'radio') return `radio:${el.name}:${el.value}`;
    if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) {
      const label = el.labels?.[0]?.textContent?.trim() ?? el.getAttribute('aria-label') ?? '';
      return `${tag === 'select' ? 'select' : 'field'}:${label}`;
    }
    if (tag === 'button') return `button:${el.textContent?.trim() ?? ''}`;
    if (tag === 'a') return `link:${el.textContent?.trim() ?? ''}`;
    return tag;
  });

/**
 * The focused element when the sticky save bar covers any of it (WCAG 2.2, 2.4.11 Focus Not
 * Obscured), else null. The bar's own button is in the bar, not under it.
 */
const obscuredBySaveBar = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const bar = document.querySelector('.arr-savebar');
    if (!el || el === document.body || !bar || bar.contains(el)) return null;
    const a = el.getBoundingClientRect();
    const b = bar.getBoundingClientRect();
    const overlaps = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    if (!overlaps) return null;
    const label = (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? el.textContent?.trim() ?? el.tagName;
    return `${el.tagName.toLowerCase()} "${label}" (${Math.round(a.top)}-${Math.round(a.bottom)} under the bar at ${Math.round(b.top)}-${Math.round(b.bottom)})`;
  });

/** Every element Tab landed on that the save bar covered, while `watchSaveBar` is on. */
const obscured: string[] = [];
let watchSaveBar = false;

/** Presses Tab until the wanted element has focus (going round the page if needed). */
const tabTo = async (page: Page, target: string, maxPresses = 400): Promise<void> => {
  for (let i = 0; i < maxPresses; i++) {
    if (watchSaveBar) {
      const covered = await obscuredBySaveBar(page);
      if (covered) obscured.push(covered);
    }
    if ((await focused(page)) === target) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}; last focus: ${await focused(page)}`);
};

/** Replaces the text of the focused field by typing. */
const retype = async (page: Page, text: string) => {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
};

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('the whole session works with the keyboard alone', async ({ page, services }) => {
  await openApp(page, services.url);

  // New dossier (Alt+N).
  await page.keyboard.press('Alt+N');
  await expect(heading(page)).toHaveText('Nieuw dossier');
  await tabTo(page, 'field:Naam of pseudoniem');
  await page.keyboard.type('Fatma Ünal');
  await tabTo(page, 'field:Geboortedatum');
  await page.keyboard.type('12-04-1978');
  await tabTo(page, 'select:Arbeidsmarktregio');
  await page.keyboard.type('Twente');
  await expect(page.getByLabel('Arbeidsmarktregio')).toHaveValue('twente');
  await tabTo(page, 'button:Dossier opslaan');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Fatma Ünal');

  // Intake.
  await tabTo(page, 'link:Intake');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Intake');
  // A new intake starts empty: nothing is assumed and nothing is said to be saved.
  await expect(page.getByRole('status').filter({ hasText: 'Nog niet opgeslagen.' })).toBeVisible();
  watchSaveBar = true;
  await tabTo(page, 'select:Hoogst afgeronde opleiding');
  await page.keyboard.type('Mbo niveau 2');
  await expect(page.getByLabel('Hoogst afgeronde opleiding')).toHaveValue('mbo2');
  await tabTo(page, 'select:Werksituatie');
  await page.keyboard.type('In l');
  await expect(page.getByLabel('Werksituatie')).toHaveValue('employed');
  await tabTo(page, 'select:Soort contract');
  await page.keyboard.type('Vast');
  await tabTo(page, 'field:Uren per week');
  await page.keyboard.type('36');
  await tabTo(page, 'select:Uitkering');
  await page.keyboard.type('Geen u');
  await expect(page.getByLabel('Uitkering')).toHaveValue('none');
  await tabTo(page, 'button:Opleiding toevoegen');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Naam van de opleiding')).toBeFocused();
  await page.keyboard.type('Digitale basisvaardigheden');
  await tabTo(page, 'select:Soort opleiding');
  // Type-ahead on the label from shared/labels: "Cursus basisvaardigheden (taal, rekenen, digitaal)".
  await page.keyboard.type('Cursus b');
  await expect(page.getByLabel('Soort opleiding')).toHaveValue('basic-skills');
  await tabTo(page, 'select:Doel van de opleiding');
  await page.keyboard.type('Basisv');
  await expect(page.getByLabel('Doel van de opleiding')).toHaveValue('basic-skills');
  await tabTo(page, 'field:Startdatum');
  await retype(page, '01-02-2022');
  await tabTo(page, 'field:Einddatum');
  await retype(page, '30-06-2022');
  await tabTo(page, 'field:Bedrag');
  await page.keyboard.type('1.500,00');
  // Through the rest of the training (the checkboxes at its end) to the save bar's button.
  await tabTo(page, 'button:Intake opslaan');
  watchSaveBar = false;
  expect(obscured, 'fields the sticky save bar covered while tabbing through the intake').toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page.getByText('De intake is opgeslagen.')).toBeVisible();

  // Loopbaan APK: Tab reaches the answers of a statement, the arrow keys choose "Nee".
  await tabTo(page, 'link:Loopbaan APK');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Loopbaan APK');
  await tabTo(page, 'radio:apk-bv-digitaal:ja');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('group', { name: /Ik werk makkelijk met een computer/ }).getByLabel('Nee')).toBeChecked();
  const signal = page.getByRole('article', { name: 'Basisvaardigheden mogelijk onvoldoende' });
  await expect(signal).toContainText("Voorstel: digitale vaardigheden op 'onvoldoende' zetten");
  await tabTo(page, 'button:Voorstel overnemen');
  await page.keyboard.press('Enter');
  await expect(signal.getByText('Overgenomen in de intake.')).toBeFocused();

  // Financing on the peildatum 15-01-2022.
  await tabTo(page, 'link:Financiering');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Financiering');
  await tabTo(page, 'field:Peildatum');
  await retype(page, '15-01-2022');
  const lines = page.getByRole('table', { name: 'Wie betaalt wat' });
  await expect(lines).toContainText('€ 1.000,00');
  await expect(lines).toContainText('€ 492,55');
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'STAP-budget' }) })).toContainText('1 maart 2022');

  // Saved as an arrangement, then the client's document.
  await tabTo(page, 'button:Opslaan als arrangement');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Digitale basisvaardigheden' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Wie betaalt wat' })).toContainText('€ 1.000,00');
  await tabTo(page, 'button:PDF voor de cliënt');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Document voor de cliënt');
  await expect(page.frameLocator('#document-voor-de-klant').getByText('€ 492,55').first()).toBeVisible();
  await tabTo(page, 'button:Afdrukken');
});
