// Issue 9 end to end, as the people involved do it, through the Regelingen screens:
// - the functional administrator trusts the regional team's key (Vertrouwde uitgevers: the
//   .pub.json and a scope, compared by fingerprint) and sets the team's folder as a feed;
// - the author publishes version 1 of a regional pack with the CLI into that folder;
// - "Nu bijwerken" installs it, the Pakketten table and the scheme browser show it;
// - an arrangement is saved for a client the scheme fits;
// - the author publishes version 2 lowering the cap; "Nu bijwerken" starts the re-evaluation,
//   the main navigation counts the arrangement, Herberekening shows before and after and the
//   changed figure, the adviser takes it over, and the arrangement has a version 2;
// - a tampered version 3 is refused with the Dutch reason shown, and version 2 stays.
// axe finds no serious or critical issue on the new screens. Screenshots of the overview, the
// scheme browser, the re-evaluation list and the `npm run pack -- diff` output are taken every
// run (test-results/screenshots); UPDATE_SCREENSHOTS=1 writes them to docs/screenshots:
//   UPDATE_SCREENSHOTS=1 npx playwright test test/e2e/regelingen.spec.ts
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultIntakeFields } from '../../shared/contract/intake.ts';
import { bundleText } from '../../electron/packs/bundle.ts';
import { runPackCli } from '../../scripts/pack.ts';
import { mboTraining, twente } from '../packs/supply/helpers.ts';
import { test, expect, openApp } from './fixtures.ts';
import { seriousViolations } from './axe.ts';
import { repoRoot } from './session-pdf.ts';

const outDir = path.join(repoRoot, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots');
const SCHEME = 'regio.oost.vakmanschap';

/**
 * The frozen Twente pack as "regio.oost" (title Oost), with a known cheque amount and a test that
 * says so; optionally a lower amount from a later date (as a team announces a cut in advance).
 */
const oostPack = (version: string, capCents: number, later?: { from: string; value: number }): Buffer =>
  twente(version, {
    id: 'regio.oost',
    edit: (p) => {
      const json = p as { title: string; publisher: string; schemes: Array<{ name: string; parameters: Record<string, Record<string, unknown>> }>; tests: Array<{ expect: unknown }> };
      json.title = 'Oost';
      json.publisher = 'Team Oost';
      json.schemes[0]!.name = 'Oosters Fonds voor Vakmanschap';
      const param = json.schemes[0]!.parameters.chequebedrag!;
      const values = [{ from: '2019-01-01', value: capCents }, ...(later ? [later] : [])];
      json.schemes[0]!.parameters.chequebedrag = { ...param, values, verified: true };
      json.tests[0]!.expect = { eligible: { [SCHEME]: true }, lines: [{ schemeId: SCHEME, amountCents: capCents }], ownContributionCents: 150_000 - capCents };
    },
  }).bytes;

const must = <T>(what: string, r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(`${what} failed: ${JSON.stringify(r.error)}`);
  return r.value;
};

let work: string;
test.beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'arrangeur-e2e-pakketten-'));
});
test.afterEach(() => rmSync(work, { recursive: true, force: true }));

test('an author publishes, the app installs and re-evaluates, the adviser accepts, a tampered version is refused', async ({ page, context, services }) => {
  test.setTimeout(120_000);
  mkdirSync(outDir, { recursive: true });
  await page.mouse.move(0, 799);

  // The author's side: a key pair, a folder per version, and the team's shared folder (the feed).
  const feed = path.join(work, 'gedeelde-map');
  mkdirSync(feed);
  const keyBase = path.join(work, 'team-oost');
  const keygen = await runPackCli(['keygen', keyBase, '--name', 'Team Oost']);
  expect(keygen.code, keygen.stderr).toBe(0);
  const publish = async (version: string, capCents: number, later?: { from: string; value: number }): Promise<string> => {
    const dir = path.join(work, `oost-${version}`);
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'pack.json'), oostPack(version, capCents, later));
    const out = await runPackCli(['publish', dir, '--feed', feed, '--key', `${keyBase}.key`]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    return dir;
  };

  must('settings.update', await services.call('settings.update', { adviserName: 'Fatima el Idrissi' }));

  // The administrator trusts the team's key for regio.oost. only, after comparing the fingerprint.
  await openApp(page, services.url, '#/regelingen/uitgevers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vertrouwde uitgevers');
  await expect(page.getByText('Er zijn nog geen vertrouwde uitgevers.')).toBeVisible();
  await page.locator('#uitgever-sleutelbestand').setInputFiles(`${keyBase}.pub.json`);
  await expect(page.getByRole('textbox', { name: 'Inhoud van het sleutelbestand' })).toHaveValue(/"keyId"/);
  await page.getByRole('textbox', { name: 'Bereik' }).fill('regio.oost.');
  await page.getByRole('button', { name: 'Uitgever toevoegen' }).click();
  const keyId = (JSON.parse(readFileSync(`${keyBase}.pub.json`, 'utf8')) as { keyId: string }).keyId;
  const fingerprint = keyId.toUpperCase().match(/.{4}/g)!.join(' ');
  const trustDialog = page.getByRole('dialog', { name: 'Team Oost vertrouwen?' });
  await expect(trustDialog).toContainText(fingerprint);
  expect(await seriousViolations(page), 'trust confirmation').toEqual([]);
  await trustDialog.getByRole('button', { name: 'Vertrouwen' }).click();
  await expect(page.getByText('Team Oost is toegevoegd als vertrouwde uitgever.')).toBeVisible();
  const publishers = page.getByRole('table', { name: 'Uitgevers die Arrangeur vertrouwt' });
  await expect(publishers).toContainText(fingerprint);
  await expect(publishers).toContainText('regio.oost.');
  await expect(page.locator('.arr-trust-log')).toContainText(`Fatima el Idrissi voegde Team Oost toe (vingerafdruk ${fingerprint}) voor regio.oost.`);
  expect(await seriousViolations(page), 'trusted publishers').toEqual([]);

  // ... and sets the team's folder as the feed.
  await page.getByRole('link', { name: 'Feeds' }).click();
  await page.getByRole('textbox', { name: 'Mappen (één per regel)' }).fill(feed);
  await page.getByRole('button', { name: 'Feeds opslaan' }).click();
  await expect(page.getByText(/De feeds zijn opgeslagen/)).toBeVisible();
  expect(await seriousViolations(page), 'feeds').toEqual([]);

  // Version 1 in the folder; "Nu bijwerken" installs it without a restart.
  const v1Dir = await publish('1.0.0', 100_000);
  await page.getByRole('link', { name: 'Pakketten' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pakketten');
  await expect(page.getByText('Nog nooit bijgewerkt.')).toBeVisible();
  await page.getByRole('button', { name: 'Nu bijwerken' }).click();
  await expect(page.getByText('regio.oost 1.0.0 is geïnstalleerd.')).toBeVisible();
  const inUse = page.getByRole('table', { name: 'Pakketten in gebruik' });
  const oostRow = inUse.locator('tr[data-pack="regio.oost"]');
  await expect(oostRow).toContainText('Oost');
  await expect(oostRow).toContainText('1.0.0');
  await expect(oostRow).toContainText(`Ondertekend door Team Oost (sleutel ${fingerprint})`);
  await expect(page.getByText(/^Laatst bijgewerkt op \d\d-\d\d-\d{4} \d\d:\d\d\.$/)).toBeVisible();

  // The scheme browser finds it, and shows its conditions and its figure with status and source.
  await page.getByRole('link', { name: 'Regelingen zoeken' }).click();
  await page.getByRole('searchbox', { name: 'Zoek een regeling' }).fill('oosters');
  await expect(page.getByText('1 regeling gevonden')).toBeVisible();
  await page.getByRole('link', { name: 'Oosters Fonds voor Vakmanschap' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oosters Fonds voor Vakmanschap');
  await expect(page.getByText('De klant woont in de arbeidsmarktregio Twente.')).toBeVisible();
  await expect(page.getByText('Arbeidsmarktregio: is Twente')).toBeVisible();
  const figures = page.getByRole('table', { name: 'Bedragen en getallen' });
  await expect(figures).toContainText('Bedrag van de scholingscheque');
  await expect(figures).toContainText('vanaf 01-01-2019: € 1.000,00');
  await expect(figures).toContainText('Bevestigd');
  expect(await seriousViolations(page), 'scheme detail').toEqual([]);
  await page.locator(':focus').blur();
  await page.mouse.move(0, 799);
  await page.screenshot({ path: path.join(outDir, 'regelingen-regeling.png'), fullPage: true });

  // An arrangement for a client in Twente following an mbo-3 for a kansberoep: the cheque pays € 1.000,00.
  const client = must('clients.create', await services.call('clients.create', { displayName: 'Jan Jansen', birthDate: '1985-06-01', region: 'twente', adviserReference: 'LWL-2026-031', note: null }));
  const intake = must(
    'intake.save',
    await services.call('intake.save', { clientId: client.id, expectedVersion: 0, fields: defaultIntakeFields(), trainings: { added: [{ key: 'm', training: mboTraining() }], changed: [], removed: [] } }),
  );
  const saved = must('arrangements.save', await services.call('arrangements.save', { clientId: client.id, trainingId: intake.addedIds['m']!, referenceDate: '2025-09-01', overrides: [] }));
  expect(saved.result.lines.find((l) => l.schemeId === SCHEME)?.amountCents).toBe(100_000);
  const ownBefore = saved.result.ownContributionCents;

  // Version 2 lowers the cap to € 750,00 (and to € 600,00 from 2027); "Nu bijwerken" installs it and re-evaluates.
  const v2Dir = await publish('2.0.0', 75_000, { from: '2027-01-01', value: 60_000 });
  await page.getByRole('link', { name: 'Pakketten' }).click();
  await page.getByRole('button', { name: 'Nu bijwerken' }).click();
  await expect(page.getByText('regio.oost 2.0.0 is geïnstalleerd (was 1.0.0).')).toBeVisible();
  await expect(oostRow).toContainText('2.0.0');
  // The main navigation counts the arrangement waiting for a decision; the notice names the pack.
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(nav.getByRole('link', { name: /Regelingen.*1 arrangement wacht op uw beslissing/ })).toBeVisible();
  await expect(page.locator('.arr-reeval-alert')).toContainText('Door Oost 2.0.0 verandert 1 arrangement.');

  // The change list between the two versions.
  await page.getByRole('button', { name: 'Wijzigingen tonen' }).click();
  await expect(page.locator('.arr-diff')).toContainText('Bedrag van de scholingscheque verlaagd van € 1.000,00 naar € 750,00, geldig vanaf 01-01-2019.');
  await expect(page.locator('.arr-diff')).toContainText('Bedrag van de scholingscheque verlaagd van € 1.000,00 naar € 600,00, geldig vanaf 01-01-2027.');
  await page.locator(':focus').blur();
  await page.mouse.move(0, 799);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(outDir, 'regelingen-pakketten.png'), fullPage: true });
  expect(await seriousViolations(page), 'packs overview').toEqual([]);

  // The dossier list shows the same notice, leading to the list.
  await openApp(page, services.url, '#/dossiers');
  await page.locator('.arr-reeval-alert').getByRole('link', { name: 'Bekijk het arrangement dat verandert' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Herberekening');
  const item = page.locator('article.arr-reeval-item');
  await expect(item.getByRole('heading', { name: 'Jan Jansen – Monteur elektrotechnische installaties (mbo-3)' })).toBeVisible();
  const beforeAfter = item.getByRole('table', { name: 'Voor en na' });
  await expect(beforeAfter.getByRole('row', { name: /Eigen bijdrage cliënt/ })).toContainText(`€ ${(ownBefore / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2 })}`);
  await expect(beforeAfter.getByRole('row', { name: /Eigen bijdrage cliënt/ })).toContainText('+ € 250,00');
  await expect(item).toContainText('Oosters Fonds voor Vakmanschap (Subsidie): van € 1.000,00 naar € 750,00');
  await expect(item).toContainText('Bedrag van de scholingscheque verlaagd van € 1.000,00 naar € 750,00, geldig vanaf 01-01-2019.');
  await page.locator(':focus').blur();
  await page.mouse.move(0, 799);
  await page.screenshot({ path: path.join(outDir, 'regelingen-herberekening.png'), fullPage: true });
  expect(await seriousViolations(page), 're-evaluation list').toEqual([]);

  // Keeping needs a reason; then the adviser takes the new calculation over instead.
  await item.getByRole('button', { name: 'Oude houden' }).click();
  await item.getByRole('button', { name: 'Oude arrangement houden' }).click();
  await expect(item.getByRole('alert')).toHaveText('Geef een reden waarom u het oude arrangement houdt.');
  expect(await seriousViolations(page), 'keep with a missing reason').toEqual([]);
  await item.getByRole('button', { name: 'Annuleren' }).click();
  await item.getByRole('button', { name: 'Overnemen' }).click();
  await expect(page.getByText('De nieuwe berekening voor Jan Jansen (Monteur elektrotechnische installaties (mbo-3)) is opgeslagen als versie 2.')).toBeVisible();
  await expect(page.getByText('Er zijn geen arrangementen die op een beslissing wachten.')).toBeVisible();
  await expect(nav.locator('.arr-nav__count')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Toon ook arrangementen waarover al is beslist' }).check();
  await expect(page.getByText(/Overgenomen door Fatima el Idrissi op .* als versie 2\./)).toBeVisible();

  // The new version is recorded, with the new pack version.
  await page.getByRole('link', { name: 'Arrangement bekijken' }).first().click();
  await expect(page.getByRole('heading', { name: 'Versies' })).toBeVisible();
  await expect(page.locator('.arr-versions')).toContainText('Versie 2');
  const arrangement = must('arrangements.get', await services.call('arrangements.get', { id: saved.id }));
  expect(arrangement.version).toBe(2);
  expect(arrangement.packs).toContainEqual({ id: 'regio.oost', version: '2.0.0' });
  expect(arrangement.result.ownContributionCents).toBe(ownBefore + 25_000);

  // A tampered version 3: one byte of pack.json changed after signing. Refused, version 2 stays.
  await publish('3.0.0', 50_000);
  const v3 = path.join(feed, 'regio.oost', '3.0.0', 'pack.json');
  writeFileSync(v3, readFileSync(v3, 'utf8').replace('"Oost"', '"Wost"'));
  await openApp(page, services.url, '#/regelingen');
  await page.getByRole('button', { name: 'Nu bijwerken' }).click();
  await expect(page.getByText('Geen nieuwe versies; 1 versie geweigerd (zie de meldingen).')).toBeVisible();
  await expect(oostRow).toContainText('2.0.0');
  const refusal = page.locator('.arr-refusal').first();
  await expect(refusal).toContainText('regio.oost 3.0.0');
  await expect(refusal).toContainText('pack.json');
  await expect(refusal.locator('.arr-refusal__why')).not.toBeEmpty();

  // The same versions as one file each, imported by hand: the tampered one is refused with its
  // reason, the one in use changes nothing.
  const bundleOf = (version: string): string => {
    const dir = path.join(feed, 'regio.oost', version);
    const file = path.join(work, `oost-${version}.arrangeur-pakket.json`);
    const manifestBytes = readFileSync(path.join(dir, 'manifest.json'));
    writeFileSync(file, bundleText({ manifest: JSON.parse(manifestBytes.toString('utf8')), manifestBytes, signatureBytes: readFileSync(path.join(dir, 'manifest.sig')), files: new Map([['pack.json', readFileSync(path.join(dir, 'pack.json'))]]) }));
    return file;
  };
  await page.locator('#pakket-bestand').setInputFiles(bundleOf('3.0.0'));
  const importDialog = page.getByRole('dialog', { name: 'Pakket importeren?' });
  await expect(importDialog).toContainText('oost-3.0.0.arrangeur-pakket.json');
  expect(await seriousViolations(page), 'import confirmation').toEqual([]);
  await importDialog.getByRole('button', { name: 'Importeren' }).click();
  const importRefused = page.getByRole('alert').filter({ hasText: 'Het pakket is niet geïmporteerd.' });
  await expect(importRefused).toContainText('Dit pakket is niet geïnstalleerd:');
  await expect(importRefused).toContainText('De pakketten in gebruik zijn niet veranderd.');
  await expect(oostRow).toContainText('2.0.0');
  await page.locator('#pakket-bestand').setInputFiles(bundleOf('2.0.0'));
  await importDialog.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByText('Versie 2.0.0 van "regio.oost" was al geïnstalleerd; er is niets veranderd.')).toBeVisible();
  expect(await seriousViolations(page), 'packs overview with a refusal').toEqual([]);

  // The scheme browser over every pack in use, for the screenshot.
  await openApp(page, services.url, '#/regelingen/zoeken');
  // The filter is kept while the app runs: the search from before is still there.
  await expect(page.getByRole('searchbox', { name: 'Zoek een regeling' })).toHaveValue('oosters');
  await page.getByRole('searchbox', { name: 'Zoek een regeling' }).fill('');
  await expect(page.getByText(/^Alle \d+ regelingen$/)).toBeVisible();
  expect(await seriousViolations(page), 'scheme browser').toEqual([]);
  await page.locator(':focus').blur();
  await page.mouse.move(0, 799);
  await page.screenshot({ path: path.join(outDir, 'regelingen-zoeken.png') });

  // For authors: the pack's own tests, on the pack in use.
  await openApp(page, services.url, '#/regelingen/testen');
  await page.getByRole('button', { name: 'Tests draaien' }).click();
  await expect(page.getByText(/Alle \d+ tests geslaagd\./)).toBeVisible();
  expect(await seriousViolations(page), 'pack tests').toEqual([]);

  // The author's change list in the terminal, rendered as a PNG.
  // Run from the author's folder, as the README says (the CLI follows npm's INIT_CWD there).
  const diff = execFileSync('npm', ['--prefix', repoRoot, 'run', '--silent', 'pack', '--', 'diff', path.basename(v1Dir), path.basename(v2Dir)], { cwd: work, encoding: 'utf8' });
  expect(diff).toContain('verlaagd van € 1.000,00 naar € 750,00');
  const terminal = await context.newPage();
  await terminal.setViewportSize({ width: 1100, height: 80 });
  await terminal.setContent(
    `<!doctype html><html lang="nl"><body style="margin:0;background:#1e1e1e"><pre id="t" style="margin:0;padding:20px 24px;color:#e6e6e6;font:15px/1.5 'DejaVu Sans Mono',monospace;white-space:pre-wrap"></pre></body></html>`,
  );
  await terminal.locator('#t').evaluate((el, text) => {
    el.textContent = text;
  }, `$ npm run pack -- diff ${path.basename(v1Dir)} ${path.basename(v2Dir)}\n${diff.trimEnd()}`);
  await terminal.screenshot({ path: path.join(outDir, 'pack-diff.png'), fullPage: true });
  await terminal.close();
});
