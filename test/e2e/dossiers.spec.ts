// Client dossiers end to end: the built renderer in Chromium, the real services and store
// behind the loopback bridge, a real data folder that outlives a restart.
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const search = (page: Page) => page.getByRole('searchbox', { name: 'Zoek een dossier' });
const archivedToggle = (page: Page) => page.getByRole('checkbox', { name: 'Toon gearchiveerde dossiers' });
const rowOf = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

test('a new dossier survives a restart, is found without diacritics, archived and restored', async ({ page, services }) => {
  // Another dossier, so "gone from the list" is checked against a list that is not empty.
  const other = await services.call('clients.create', {
    displayName: 'Jan de Vries',
    birthDate: '1971-06-30',
    region: 'groningen',
    adviserReference: 'LWL-2026-002',
    note: null,
  });
  expect(other.ok).toBe(true);

  await openApp(page, services.url);
  await page.getByRole('link', { name: 'Nieuw dossier' }).click();
  await expect(heading(page)).toHaveText('Nieuw dossier');
  await page.getByLabel('Naam of pseudoniem').fill('Ayşe Müller');
  await page.getByLabel('Geboortedatum').fill('14-02-1986');
  await page.getByLabel('Arbeidsmarktregio').selectOption({ label: 'Twente' });
  await page.getByLabel('Uw kenmerk (niet verplicht)').fill('LWL-2026-031');
  await page.getByLabel('Notitie (niet verplicht)').fill('Wil zich laten omscholen tot doktersassistent.');
  await page.getByRole('button', { name: 'Dossier opslaan' }).click();

  await expect(heading(page)).toHaveText('Ayşe Müller');
  await expect(heading(page)).toBeFocused();
  await expect(page.getByText('Het dossier van Ayşe Müller is aangemaakt.')).toBeVisible();

  // Close and reopen the services on the same data folder, as an adviser restarting the app.
  const { url } = await services.restart();
  await openApp(page, url);
  await search(page).fill('muller');
  const row = rowOf(page, 'Ayşe Müller');
  await expect(row).toBeVisible();
  await expect(row).toContainText('14-02-1986');
  await expect(row).toContainText('Twente');
  await expect(row).toContainText('LWL-2026-031');
  await expect(rowOf(page, 'Jan de Vries')).toHaveCount(0);
  await expect(page.getByText('1 dossier gevonden voor ‘muller’')).toBeVisible();

  await row.getByRole('link', { name: 'Ayşe Müller' }).click();
  await expect(heading(page)).toHaveText('Ayşe Müller');
  await expect(page.getByText('Wil zich laten omscholen tot doktersassistent.')).toBeVisible();

  // Archive, after confirming.
  await page.getByRole('button', { name: 'Archiveren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dossier archiveren?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Ja, archiveren' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Het dossier van Ayşe Müller is gearchiveerd.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Terugzetten' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bewerken' })).toHaveCount(0);

  // Gone from the default list, present in the archived list.
  await page.getByRole('link', { name: 'Terug naar de dossiers' }).click();
  await expect(heading(page)).toHaveText('Dossiers');
  await search(page).fill('');
  await expect(rowOf(page, 'Jan de Vries')).toBeVisible();
  await expect(rowOf(page, 'Ayşe Müller')).toHaveCount(0);
  await archivedToggle(page).check();
  await expect(rowOf(page, 'Ayşe Müller')).toBeVisible();
  await expect(rowOf(page, 'Ayşe Müller')).toContainText('Gearchiveerd');
  await expect(rowOf(page, 'Jan de Vries')).toHaveCount(0);

  // Restore it.
  await rowOf(page, 'Ayşe Müller').getByRole('link').click();
  await page.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(page.getByText('Het dossier van Ayşe Müller is teruggezet.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bewerken' })).toBeVisible();
  await page.getByRole('link', { name: 'Terug naar de dossiers' }).click();
  await archivedToggle(page).uncheck();
  await expect(rowOf(page, 'Ayşe Müller')).toBeVisible();
  await expect(rowOf(page, 'Jan de Vries')).toBeVisible();

  // And the store agrees.
  const found = await services.call('clients.search', { query: 'ayse' });
  expect(found.ok && found.value.map((c) => [c.displayName, c.archivedAt])).toEqual([['Ayşe Müller', null]]);
});

test('keyboard only: create a dossier and find it again', async ({ page, services }) => {
  await openApp(page, services.url);

  await expect(page).toHaveTitle('Dossiers – Arrangeur');

  // The first Tab shows the skip link; it jumps over header and navigation.
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Direct naar de inhoud' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(search(page)).toBeFocused();

  await page.keyboard.press('Alt+N');
  await expect(heading(page)).toHaveText('Nieuw dossier');
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveTitle('Nieuw dossier – Arrangeur');

  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Naam of pseudoniem')).toBeFocused();
  await page.keyboard.type('Ünal Yılmaz');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Geboortedatum')).toBeFocused();
  await page.keyboard.type('03-09-1975');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Arbeidsmarktregio')).toBeFocused();
  await page.keyboard.type('Zeeland');
  await expect(page.getByLabel('Arbeidsmarktregio')).toHaveValue('zeeland');
  await page.keyboard.press('Tab');
  await page.keyboard.type('K-77');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Notitie (niet verplicht)')).toBeFocused();
  await page.keyboard.type('Eerste gesprek.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Dossier opslaan' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(heading(page)).toHaveText('Ünal Yılmaz');
  await expect(heading(page)).toBeFocused();

  // "/" jumps to the search from anywhere.
  await page.keyboard.press('/');
  await expect(heading(page)).toHaveText('Dossiers');
  await expect(search(page)).toBeFocused();
  await page.keyboard.type('unal');
  await expect(rowOf(page, 'Ünal Yılmaz')).toBeVisible();

  // Tab from the search to the first result and open it.
  const link = page.getByRole('link', { name: 'Ünal Yılmaz', exact: true });
  for (let i = 0; i < 6 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Ünal Yılmaz');
  await expect(page.getByText('Zeeland')).toBeVisible();

  // Archive and cancel with the keyboard: Escape closes the question, nothing changes.
  for (let i = 0; i < 4 && !(await page.getByRole('button', { name: 'Archiveren' }).evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Dossier archiveren?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Archiveren' })).toBeFocused();
  const stored = await services.call('clients.search', { query: 'unal' });
  expect(stored.ok && stored.value.length).toBe(1);
});

test('wrong input: Dutch messages at the fields and in a summary that takes focus; nothing is saved', async ({ page, services }) => {
  await openApp(page, services.url, '#/dossiers/nieuw');
  await page.getByLabel('Geboortedatum').fill('31-02-1990');
  await page.getByLabel('Geboortedatum').press('Enter');

  const summary = page.getByRole('group', { name: 'Controleer het formulier' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Er zijn 3 punten die u moet aanpassen:');
  await expect(summary.getByRole('link')).toHaveText([
    'Vul een naam of pseudoniem in.',
    'Deze datum bestaat niet. Controleer de dag en de maand.',
    'Kies een arbeidsmarktregio.',
  ]);
  // The message also sits at the field, and the field says so to assistive technology.
  const birthDate = page.getByLabel('Geboortedatum');
  await expect(birthDate).toHaveAttribute('aria-invalid', 'true');
  await expect(birthDate).toHaveAccessibleDescription(/Deze datum bestaat niet/);

  // A summary item brings the adviser to the field (keyboard: Tab to it, Enter).
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(birthDate).toBeFocused();
  await expect(page).toHaveURL(/#\/dossiers\/nieuw$/);

  const list = await services.call('clients.list', {});
  expect(list.ok && list.value).toEqual([]);

  // Fixing the input saves it.
  await page.getByLabel('Naam of pseudoniem').fill('Cliënt K-17');
  await birthDate.fill('1-4-1990');
  await page.getByLabel('Arbeidsmarktregio').selectOption('haaglanden');
  await page.getByRole('button', { name: 'Dossier opslaan' }).click();
  await expect(heading(page)).toHaveText('Cliënt K-17');
  await expect(page.getByText('01-04-1990')).toBeVisible();
});

test('a conflict keeps the typed text and offers the newest version', async ({ page, services }) => {
  const created = await services.call('clients.create', {
    displayName: 'Fatima El Amrani',
    birthDate: '1992-11-08',
    region: 'rijnmond',
    adviserReference: 'R-2026-118',
    note: null,
  });
  if (!created.ok) throw new Error(created.error.message);
  const id = created.value.id;

  await openApp(page, services.url, `#/dossiers/${id}/bewerken`);
  await expect(heading(page)).toHaveText('Dossier bewerken');
  await page.getByLabel('Notitie (niet verplicht)').fill('Heeft interesse in de zorg.');

  // Meanwhile the dossier changes elsewhere (another window, another adviser).
  const elsewhere = await services.call('clients.update', {
    id,
    expectedVersion: created.value.version,
    fields: { displayName: 'Fatima El Amrani', birthDate: '1992-11-08', region: 'drechtsteden', adviserReference: 'R-2026-118', note: null },
  });
  expect(elsewhere.ok).toBe(true);

  await page.getByRole('button', { name: 'Dossier opslaan' }).click();
  await expect(page.getByText('Dit dossier is intussen gewijzigd')).toBeVisible();
  await expect(page.getByLabel('Notitie (niet verplicht)')).toHaveValue('Heeft interesse in de zorg.');

  await page.getByRole('button', { name: 'Nieuwste versie ophalen' }).click();
  await expect(page.getByText('Nieuwste versie opgehaald')).toBeVisible();
  await expect(page.getByText(/Arbeidsmarktregio.*opgeslagen: Drechtsteden/)).toBeVisible();
  await expect(page.getByLabel('Notitie (niet verplicht)')).toHaveValue('Heeft interesse in de zorg.');

  await page.getByRole('button', { name: 'Dossier opslaan' }).click();
  await expect(page.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible();
  const stored = await services.call('clients.get', { id });
  expect(stored.ok && [stored.value.region, stored.value.note, stored.value.version]).toEqual(['rijnmond', 'Heeft interesse in de zorg.', 3]);
});

test('leaving a form with unsaved input asks first', async ({ page, services }) => {
  await openApp(page, services.url, '#/dossiers/nieuw');
  await page.getByLabel('Naam of pseudoniem').fill('Sanne Bakker');

  const questions: string[] = [];
  page.once('dialog', (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dossiers' }).click();
  await expect.poll(() => questions).toEqual([expect.stringContaining('nog niet zijn opgeslagen')]);
  await expect(heading(page)).toHaveText('Nieuw dossier');
  await expect(page.getByLabel('Naam of pseudoniem')).toHaveValue('Sanne Bakker');
  await expect(page).toHaveURL(/#\/dossiers\/nieuw$/);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('link', { name: 'Annuleren' }).click();
  await expect(heading(page)).toHaveText('Dossiers');
});
