// Instellingen and the privacy screens in Chromium, against the real services (issue 12.12,
// 13.11-13.14): the settings end up on the client's PDF; the first start asks the name; a client
// erased through the screens is nowhere any more (search, lists, history, a backup made after
// the erasure, and the decrypted bytes of the database file); the retention review erases only
// what the adviser ticks; axe finds no serious issue; and the screenshots for docs/screenshots.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey } from '../../db/encryption.ts';
import { loadOrCreateDataKey } from '../../electron/keys/data-key.ts';
import { dataFile } from '../../electron/paths.ts';
import { test, expect, openApp, type Services } from './fixtures.ts';
import { seriousViolations } from './axe.ts';
import { pdfText, printPdf, repoRoot } from './session-pdf.ts';
import { basicSkillsTraining, employedIntake } from './session-seed.ts';

const outDir = path.join(repoRoot, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots');
const NAME = 'Zwaantje Quaxelbroek';
const SURNAME = 'Quaxelbroek';

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** A dossier with something in every part: note, intake, training, APK answer, arrangement. */
const seedFullDossier = async (services: Services, displayName: string) => {
  const client = must(await services.call('clients.create', { displayName, birthDate: '1978-04-12', region: 'twente', adviserReference: 'LWL-2026-777', note: `${displayName} wil de zorg in.` }));
  const { trainings } = must(
    await services.call('intake.save', { clientId: client.id, expectedVersion: 0, fields: employedIntake, trainings: { added: [{ key: 't0', training: basicSkillsTraining }], changed: [], removed: [] } }),
  );
  must(await services.call('arrangements.save', { clientId: client.id, trainingId: trainings[0]!.id, referenceDate: '2022-01-15', overrides: [] }));
  return client;
};

/**
 * The bytes of an encrypted database as SQLite would read them: a copy, decrypted in place with
 * the data folder's key (every page, free pages included), so a name in deleted content shows.
 */
const decryptedBytes = (file: string, dataDir: string): Buffer => {
  const work = mkdtempSync(path.join(tmpdir(), 'arr-decrypt-'));
  try {
    const copy = path.join(work, 'copy.sqlite');
    copyFileSync(file, copy);
    const db = new Database(copy);
    applyKey(db, loadOrCreateDataKey(dataDir));
    db.pragma('journal_mode = DELETE');
    db.pragma("rekey = ''");
    db.close();
    const bytes = readFileSync(copy);
    expect(bytes.subarray(0, 15).toString('latin1'), 'the copy is decrypted').toBe('SQLite format 3');
    return bytes;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};

const holdsName = (bytes: Buffer) => bytes.includes(Buffer.from(SURNAME, 'utf8')) || bytes.includes(Buffer.from(SURNAME, 'utf16le'));

test('Instellingen: saved, shown again, and printed on the client PDF', async ({ page, services, context }) => {
  await openApp(page, services.url, '#/instellingen');
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
  await expect(page.getByText(services.dataDir, { exact: true })).toBeVisible();
  await expect(page.getByText(/zijn versleuteld/)).toBeVisible();

  await page.getByLabel('Uw naam').fill('Anna de Vries');
  await page.getByLabel('Organisatie', { exact: true }).fill('Leerwerkloket Twente');
  await page.getByLabel('Telefoonnummer').fill('053 123 45 67');
  await page.getByLabel('E-mailadres').fill('anna@leerwerkloket.nl');
  await page.getByLabel('Website').fill('www.leerwerkloket.nl');
  await page.getByLabel('Bewaartermijn (maanden)').fill('abc');
  await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
  await expect(page.getByRole('group', { name: 'Controleer het formulier' })).toBeFocused();
  await expect(page.getByRole('link', { name: /heel aantal maanden/ })).toBeVisible();
  expect(must(await services.call('settings.get', {})).adviserName, 'nothing is saved while a field is wrong').toBe('');

  await page.getByLabel('Bewaartermijn (maanden)').fill('24');
  await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
  await expect(page.locator('.arr-notice', { hasText: 'De instellingen zijn opgeslagen.' })).toBeFocused();
  await expect(page.getByLabel('Website')).toHaveValue('https://www.leerwerkloket.nl');
  expect(await seriousViolations(page), 'settings').toEqual([]);

  await page.reload();
  await expect(page.getByLabel('Uw naam')).toHaveValue('Anna de Vries');
  await expect(page.getByLabel('Bewaartermijn (maanden)')).toHaveValue('24');
  await expect(page.getByText(/langer dan 24 maanden gearchiveerd/)).toBeVisible();

  const client = await seedFullDossier(services, 'Fatma Ünal');
  const list = must(await services.call('arrangements.list', { clientId: client.id }));
  const doc = must(await services.call('arrangements.document', { id: list[0]!.id }));
  const text = pdfText(await printPdf(context, doc.html, 'privacy-settings.pdf'));
  for (const expected of ['Anna de Vries', 'Leerwerkloket Twente', '053 123 45 67', 'anna@leerwerkloket.nl']) expect(text).toContain(expected);

  // The history of the dossier lists the arrangement, by the adviser now named.
  await openApp(page, services.url, `#/dossiers/${client.id}/geschiedenis`);
  await expect(page.getByRole('row').filter({ hasText: 'Arrangement opgeslagen' }).getByRole('cell', { name: 'Anna de Vries' })).toBeVisible();
  expect(await seriousViolations(page), 'history').toEqual([]);
});

test('the first start asks the name, from the keyboard, and leads on to the dossiers', async ({ page, services }) => {
  // The start address, as the desktop app and the login address open it.
  await page.goto(services.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Arrangeur' })).toBeVisible();
  await expect(page.getByLabel('Uw naam')).toBeFocused();
  expect(await seriousViolations(page), 'welcome').toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Vul uw naam in/).first()).toBeVisible();
  await expect(page.getByLabel('Uw naam')).toBeFocused();
  await page.keyboard.type('Bram Hoekstra');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await expect(page.getByText('Welkom, Bram Hoekstra. Uw naam is opgeslagen.')).toBeVisible();
  expect(must(await services.call('settings.get', {})).adviserName).toBe('Bram Hoekstra');

  // Named once: the start address now opens the dossiers.
  await page.goto(services.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
});

test('erase a client through the screens: nothing of them is left, not even in the file', async ({ page, services }) => {
  must(await services.call('settings.update', { adviserName: 'Anna de Vries' }));
  const client = await seedFullDossier(services, NAME);
  const other = await seedFullDossier(services, 'Jan de Vries');
  const before = must(await services.call('backups.create', {}));
  // Kept aside: the rotation keeps one backup a day, so the one made after the erasure replaces it.
  const folder = path.join(services.dataDir, 'back-ups');
  const beforeCopy = path.join(mkdtempSync(path.join(tmpdir(), 'arr-before-')), before.backup.name);
  copyFileSync(path.join(folder, before.backup.name), beforeCopy);

  // From the dossier page: Alle gegevens first (the client asked for a copy), then Dossier wissen.
  await openApp(page, services.url, `#/dossiers/${client.id}`);
  await page.getByRole('link', { name: 'Alle gegevens' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alle gegevens' })).toBeFocused();
  const frame = page.frameLocator('#alle-gegevens');
  await expect(frame.getByText(NAME).first()).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Bestand opslaan (JSON)' }).click();
  expect((await download).suggestedFilename()).not.toContain(SURNAME);
  expect(await seriousViolations(page, '#alle-gegevens'), 'all data').toEqual([]);
  // In a browser the PDF goes through the print view.
  await page.getByRole('button', { name: 'PDF opslaan' }).click();
  await expect(page).toHaveURL(/\/gegevens\/afdrukken$/);
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeEnabled();

  await openApp(page, services.url, `#/dossiers/${client.id}`);
  await page.getByRole('link', { name: 'Dossier wissen' }).click();
  await expect(page.getByText('Wissen kan niet ongedaan worden gemaakt')).toBeVisible();
  await page.getByRole('button', { name: 'Dossier wissen…' }).click();
  const dialog = page.getByRole('dialog', { name: `Het dossier van ${NAME} definitief wissen?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/bevatten de cliënt nog tot ze vervallen/)).toBeVisible();
  await expect(dialog.getByLabel(/Typ ter bevestiging de naam/)).toBeFocused();
  expect(await seriousViolations(page), 'erase dialog').toEqual([]);
  await page.mouse.move(0, 799);
  await page.screenshot({ path: path.join(outDir, 'dossier-wissen.png') });

  await page.keyboard.type('Zwaantje Q.');
  await page.keyboard.press('Enter');
  await expect(dialog.locator('.utrecht-form-field-error-message')).toBeVisible();
  expect(must(await services.call('clients.get', { id: client.id })).displayName, 'a wrong name erases nothing').toBe(NAME);

  await dialog.getByLabel(/Typ ter bevestiging de naam/).fill(NAME.toLowerCase());
  await dialog.getByRole('button', { name: 'Definitief wissen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Het dossier is gewist' })).toBeVisible();
  await expect(page.getByText(/Versies van arrangementen: 1/)).toBeVisible();
  await expect(page.getByText(/Opleidingen: 1/)).toBeVisible();
  expect(await seriousViolations(page), 'erased').toEqual([]);

  // Through the services: search (the FTS index), both lists, its history, a backup made now.
  expect(must(await services.call('clients.search', { query: SURNAME, archived: false, limit: 50 }))).toEqual([]);
  expect(must(await services.call('clients.search', { query: SURNAME, archived: true, limit: 50 }))).toEqual([]);
  for (const archived of [false, true]) {
    const names = must(await services.call('clients.list', { archived, limit: 100 })).map((c) => c.displayName);
    expect(names).not.toContain(NAME);
  }
  expect((await services.call('audit.list', { clientId: client.id })).ok).toBe(false);
  expect(must(await services.call('audit.verify', {})).ok).toBe(true);
  const exportOther = must(await services.call('clients.exportData', { clientId: other.id }));
  expect(exportOther.json.text).not.toContain(SURNAME);
  const after = must(await services.call('backups.create', {}));
  expect(holdsName(decryptedBytes(beforeCopy, services.dataDir)), 'a backup from before holds the client (as the screen says), so the check can see it').toBe(true);
  rmSync(path.dirname(beforeCopy), { recursive: true, force: true });
  expect(holdsName(decryptedBytes(path.join(folder, after.backup.name), services.dataDir)), 'a backup made after the erasure').toBe(false);

  // The database file itself, checkpointed and closed, read page by page after decryption.
  await services.stop();
  expect(holdsName(decryptedBytes(dataFile(services.dataDir), services.dataDir)), 'the database file').toBe(false);
  await services.start();
  expect(must(await services.call('clients.get', { id: other.id })).displayName).toBe('Jan de Vries');
});

test('the retention review: off, then one candidate erased after ticking and confirming', async ({ page, services }) => {
  must(await services.call('settings.update', { adviserName: 'Anna de Vries' }));
  await openApp(page, services.url, '#/instellingen/bewaartermijn');
  await expect(page.getByText('De bewaartermijn staat uit')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Naar Instellingen', exact: true })).toBeVisible();

  const old = await seedFullDossier(services, NAME);
  const recent = await seedFullDossier(services, 'Jan de Vries');
  for (const c of [old, recent]) must(await services.call('clients.archive', { id: c.id, expectedVersion: c.version }));
  must(await services.call('settings.update', { adviserName: 'Anna de Vries', retentionMonths: 12 }));
  // Archived two years ago: set in the file while the services are stopped (their clock is real).
  await services.stop();
  const db = new Database(dataFile(services.dataDir));
  applyKey(db, loadOrCreateDataKey(services.dataDir));
  db.prepare('UPDATE clients SET archived_at = ? WHERE id = ?').run('2024-01-10T09:00:00.000Z', old.id);
  db.close();
  await services.start();

  await openApp(page, services.url, '#/instellingen/bewaartermijn');
  await expect(page.getByText(/langer dan 12 maanden gearchiveerd/)).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(1);
  await expect(page.getByRole('cell', { name: '10-01-2024' })).toBeVisible();
  expect(await seriousViolations(page), 'retention review').toEqual([]);
  await page.getByRole('button', { name: /Gekozen dossiers wissen/ }).click();
  await expect(page.getByText('Kies eerst de dossiers die u wilt wissen.')).toBeFocused();
  await page.getByRole('checkbox', { name: NAME }).check();
  await page.getByRole('button', { name: 'Gekozen dossiers wissen (1)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, definitief wissen' }).click();
  await expect(page.getByText('Gewist: 1 dossier(s).')).toBeVisible();
  await expect(page.getByText('Er zijn geen dossiers over de bewaartermijn.')).toBeVisible();
  expect((await services.call('clients.get', { id: old.id })).ok).toBe(false);
  expect(must(await services.call('clients.get', { id: recent.id })).displayName).toBe('Jan de Vries');
});

test('screenshot of Instellingen with backups', async ({ page, services }) => {
  must(await services.call('settings.update', { adviserName: 'Anna de Vries', organisation: 'Leerwerkloket Twente', phone: '053 123 45 67', email: 'anna@leerwerkloket.nl', retentionMonths: 24 }));
  await seedFullDossier(services, 'Fatma Ünal');
  must(await services.call('backups.create', {}));
  mkdirSync(outDir, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, services.url, '#/instellingen');
  await expect(page.getByRole('button', { name: /Back-up van .* terugzetten/ })).toBeVisible();
  expect(await seriousViolations(page), 'settings with a backup').toEqual([]);
  await page.mouse.move(0, 799);
  await page.screenshot({ path: path.join(outDir, 'instellingen.png'), fullPage: true });

  // Asking for a restore says what happens and when; cancelling it is one click.
  await page.getByRole('button', { name: /Back-up van .* terugzetten/ }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, terugzetten bij de volgende start' }).click();
  await expect(page.getByText(/Het terugzetten is klaargezet/)).toBeVisible();
  await expect(page.getByText(/wordt teruggezet bij de volgende start/)).toBeVisible();
  await page.getByRole('button', { name: 'Terugzetten annuleren' }).click();
  await expect(page.getByText('Het terugzetten is geannuleerd. Er verandert niets.')).toBeVisible();

  // A folder that does not exist is refused in Dutch at the field.
  await page.getByLabel('Andere map voor back-ups').fill('/bestaat/niet');
  await page.getByRole('button', { name: 'Map opslaan' }).click();
  await expect(page.getByText(/Deze map bestaat niet of is nu niet bereikbaar/)).toBeVisible();
  await expect(page.getByLabel('Andere map voor back-ups')).toBeFocused();
});
