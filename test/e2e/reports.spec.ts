// Issue 10 end to end, as a supervisor does it, in Chromium against the real services:
// two advisers' bundles (made by each adviser's own services in a separate process, see
// report-bundles.ts) are read in at once on the Rapportages screen; the same file again counts
// once; the report over both is filtered on a region; CSV, Excel and PDF are exported and read
// back (CSV: BOM and ';'; XLSX: opened with exceljs; PDF: the print view of browser mode, and
// the same document printed by Chromium and read with pdftotext); a bundle is removed after
// the question. axe finds no serious or critical issue on the screens, and the page logs no CSP
// violation (the fixture fails the test on any). Screenshots of the section and of page 1 of
// the report PDF are taken every run (test-results/screenshots); UPDATE_SCREENSHOTS=1 writes
// them to docs/screenshots:
//   UPDATE_SCREENSHOTS=1 npx playwright test test/e2e/reports.spec.ts
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { test, expect, openApp } from './fixtures.ts';
import { seriousViolations } from './axe.ts';
import { pdfPageOnePng, pdfText, printPdf, repoRoot } from './session-pdf.ts';

const outDir = path.join(repoRoot, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots');

interface BundleFile {
  readonly path: string;
  readonly records: { region: string; referenceMonth: string }[];
}

const makeBundles = (): { dir: string; a: BundleFile; b: BundleFile } => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arrangeur-bundels-'));
  execFileSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'test/e2e/report-bundles.ts'), dir], { cwd: repoRoot, stdio: 'pipe' });
  const read = (name: string): BundleFile => {
    const file = path.join(dir, name);
    return { path: file, records: (JSON.parse(readFileSync(file, 'utf8')) as { records: BundleFile['records'] }).records };
  };
  return { dir, a: read('rapportage-adviseur-a.json'), b: read('rapportage-adviseur-b.json') };
};

test('a supervisor reads in two bundles, filters on a region and exports CSV, Excel and PDF', async ({ page, context, services }) => {
  test.setTimeout(120_000);
  mkdirSync(outDir, { recursive: true });
  const { dir, a, b } = makeBundles();
  try {
    await page.mouse.move(0, 799);
    await openApp(page, services.url, '#/rapportages');
    await expect(page.getByRole('heading', { level: 1, name: 'Rapportages' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rapportages' })).toHaveAttribute('aria-current', 'page');
    // Without bundles the screen starts on this laptop (no arrangements: every figure empty).
    await expect(page.getByRole('radio', { name: 'De arrangementen op deze laptop' })).toBeChecked();
    await expect(page.getByRole('heading', { name: 'Rapportagebestand maken' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '0 arrangementen' })).toBeVisible();
    expect(await seriousViolations(page), 'this laptop, empty').toEqual([]);
    // The adviser's own bundle: a JSON file of the period, without anything personal.
    await page.getByLabel('Van', { exact: true }).fill('01-01-2023');
    await page.getByLabel('Tot en met', { exact: true }).fill('31-12-2023');
    const [own] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Rapportagebestand maken' }).click()]);
    expect(own.suggestedFilename()).toMatch(/\.json$/);
    expect(JSON.parse(readFileSync(await own.path(), 'utf8'))).toMatchObject({ format: 'arrangeur.report-bundle', period: { from: '2023-01-01', to: '2023-12-31' }, records: [] });
    await expect(page.getByText(`0 arrangementen staan in ${own.suggestedFilename()}.`, { exact: false })).toBeVisible();
    await page.getByLabel('Tot en met', { exact: true }).fill('31-12-2022');
    await page.getByRole('button', { name: 'Rapportagebestand maken' }).click();
    await expect(page.getByText('De einddatum ligt vóór de begindatum.')).toBeVisible();

    // Both advisers' files at once.
    await page.getByRole('radio', { name: 'Ingelezen rapportagebestanden (0)' }).check();
    await page.locator('#rapportagebestanden-kiezen').setInputFiles([a.path, b.path]);
    const outcomes = page.getByRole('list', { name: 'Resultaat van het inlezen' });
    await expect(outcomes.getByText(`Het bestand ‘rapportage-adviseur-a.json’ is ingelezen: ${a.records.length} arrangementen.`)).toBeVisible();
    await expect(outcomes.getByText(`Het bestand ‘rapportage-adviseur-b.json’ is ingelezen: ${b.records.length} arrangementen.`)).toBeVisible();
    const bundleTable = page.getByRole('table', { name: '2 rapportagebestanden ingelezen' });
    await expect(bundleTable.getByRole('row')).toHaveCount(3);
    await expect(bundleTable.getByRole('row', { name: /rapportage-adviseur-a\.json/ })).toContainText('01-01-2023 t/m 31-03-2023');
    const total = a.records.length + b.records.length;
    await expect(page.getByRole('heading', { name: `${total} arrangementen` })).toBeVisible();

    // Filter on a region: the count is the records of that region in both files.
    const twente = [...a.records, ...b.records].filter((r) => r.region === 'twente').length;
    await page.getByLabel('Arbeidsmarktregio').selectOption({ label: 'Twente' });
    await page.getByRole('button', { name: 'Rapportage tonen' }).click();
    await expect(page.getByRole('heading', { name: `${twente} arrangementen` })).toBeVisible();
    await expect(page.getByText('Regio: Twente')).toBeVisible();
    await expect(page.getByTestId('suppression-line')).toContainText('Niet getoond:');
    // Each chart is a picture with a summary, and its table beside or below it.
    const perScheme = page.locator('section[data-table="per-regeling"]');
    await expect(perScheme.getByRole('img', { name: /^Staafdiagram: Geld per regeling/ })).toBeVisible();
    await expect(perScheme.getByRole('table', { name: 'Geld per regeling' })).toBeVisible();
    await expect(page.locator('section[data-table="per-maand"]').getByRole('img', { name: /^Lijndiagram: Arrangementen per maand/ })).toBeVisible();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    expect(await seriousViolations(page), 'report over the bundles, filtered').toEqual([]);

    // A wrong month gets a Dutch message at the field and the report stays.
    await page.getByLabel('Van maand (mm-jjjj)').fill('13-2026');
    await page.getByRole('button', { name: 'Rapportage tonen' }).click();
    await expect(page.getByText('Deze maand bestaat niet. Kies 01 tot en met 12.')).toBeVisible();
    await expect(page.getByLabel('Van maand (mm-jjjj)')).toBeFocused();
    await expect(page.getByRole('heading', { name: `${twente} arrangementen` })).toBeVisible();
    expect(await seriousViolations(page), 'filters with an error').toEqual([]);
    await page.getByLabel('Van maand (mm-jjjj)').fill('02-2023');
    await page.getByRole('button', { name: 'Rapportage tonen' }).click();
    await expect(page.getByText('Periode (peildatum): 02-2023 tot en met nu')).toBeVisible();
    const inTwenteFromFebruary = (records: BundleFile['records']) => records.filter((r) => r.region === 'twente' && r.referenceMonth >= '2023-02').length;
    await expect(page.getByRole('heading', { name: `${inTwenteFromFebruary([...a.records, ...b.records])} arrangementen` })).toBeVisible();

    await page.mouse.move(0, 799);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(outDir, 'rapportages.png'), fullPage: true });

    // The same file again changes nothing and says so.
    await page.locator('#rapportagebestanden-kiezen').setInputFiles([a.path]);
    await expect(outcomes.getByText(/was al ingelezen/)).toBeVisible();
    await expect(bundleTable.getByRole('row')).toHaveCount(3);

    // A file that is not a bundle is refused whole, with the file named; the list stays.
    await page.locator('#rapportagebestanden-kiezen').setInputFiles([{ name: 'boodschappen.json', mimeType: 'application/json', buffer: Buffer.from('{"melk": 2}') }]);
    await expect(outcomes.getByRole('listitem').filter({ hasText: 'boodschappen.json' })).toBeVisible();
    await expect(bundleTable.getByRole('row')).toHaveCount(3);

    // CSV: UTF-8 with a byte-order mark and ';' between fields, with the filter in it.
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    const csv = readFileSync(await csvDownload.path());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = csv.toString('utf8');
    expect(csvText).toContain('Filter;Regio: Twente');
    expect(csvText).toContain(';');
    expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
    await expect(page.getByText(`Het bestand ${csvDownload.suggestedFilename()} staat in uw map Downloads.`)).toBeVisible();

    // XLSX: opens with exceljs, a sheet per table plus one about the report, real numbers.
    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excel (XLSX)' }).click()]);
    expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await xlsxDownload.path()) as unknown as ArrayBuffer);
    expect(book.worksheets.length).toBeGreaterThan(5);
    const cells: unknown[] = [];
    book.worksheets.forEach((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.value))));
    expect(cells).toContain('Regio: Twente');
    expect(cells.some((v) => typeof v === 'number' && v > 0)).toBe(true);

    // PDF: browser mode has no printing in the services, so the print view opens with the document.
    await page.getByRole('button', { name: 'PDF' }).click();
    await expect(page).toHaveURL(/#\/rapportages\/afdrukken$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Rapportage afdrukken' })).toBeVisible();
    const frame = page.frameLocator('#rapportage-document');
    await expect(frame.getByRole('heading', { level: 1, name: 'Rapportage arrangementen' })).toBeVisible();
    await expect(frame.locator('body')).toContainText('Periode (peildatum): 02-2023 tot en met nu');
    await expect(frame.locator('body')).toContainText('Regio: Twente');
    await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeEnabled();
    expect(await seriousViolations(page, '#rapportage-document'), 'print view').toEqual([]);

    // The same document printed by Chromium, as the desktop app does; read back with pdftotext.
    const doc = await services.call('reports.document', { source: 'bundles', filters: { from: '2023-02', region: 'twente' }, threshold: 10 });
    if (!doc.ok) throw new Error(doc.error.message);
    const plain = await context.newPage();
    await plain.setContent(doc.value.html);
    expect(await seriousViolations(plain), 'the report document itself').toEqual([]);
    await plain.close();
    const pdf = await printPdf(context, doc.value.html, 'rapportage.pdf');
    const text = pdfText(pdf);
    expect(text).toContain('Periode (peildatum): 02-2023 tot en met nu');
    expect(text).toContain('Regio: Twente');
    expect(text).toContain('rapportage-adviseur-a.json');
    pdfPageOnePng(pdf, path.join(outDir, 'rapportage-pdf'));

    // Back, and remove one bundle after the question.
    await page.getByRole('link', { name: 'Terug naar Rapportages' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rapportages' })).toBeVisible();
    await page.getByRole('button', { name: 'rapportage-adviseur-b.json verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: '‘rapportage-adviseur-b.json’ verwijderen?' });
    await expect(dialog).toBeVisible();
    expect(await seriousViolations(page), 'remove question').toEqual([]);
    await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect(page.getByText('Het bestand ‘rapportage-adviseur-b.json’ is verwijderd.')).toBeVisible();
    await expect(page.getByRole('table', { name: '1 rapportagebestand ingelezen' }).getByRole('row')).toHaveCount(2);
    await expect(page.getByRole('heading', { name: `${inTwenteFromFebruary(a.records)} arrangementen` })).toBeVisible();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
