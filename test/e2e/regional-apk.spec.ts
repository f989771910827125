// A region's own Loopbaan APK list, dropped in the data folder, is what the adviser sees after
// a restart; a broken one leaves the shipped list in place with a warning that names the field.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect, openApp } from './fixtures.ts';
import { repoRoot } from './session-pdf.ts';
import { seedSession } from './session-seed.ts';

const shipped = async () => JSON.parse(await readFile(path.join(repoRoot, 'shared/apk/checklist.v1.json'), 'utf8'));

test("the region's own APK list is used after a restart; a broken one is named and the shipped list stays", async ({ page, services }) => {
  const { client } = await seedSession(services, { adviserName: 'Anna de Jong' });
  const list = await shipped();
  list.id = 'loopbaan-apk-twente';
  list.version = '1.1.0';
  list.publisher = 'Leerwerkloket Twente';
  list.sections[0].statements.push({ id: 'ps-grensarbeid', text: 'Ik werk of woon in Duitsland.' });
  await writeFile(path.join(services.dataDir, 'loopbaan-apk.json'), JSON.stringify(list));
  let running = await services.restart();

  await openApp(page, running.url, `#/dossiers/${client.id}/apk`);
  await expect(page.getByText('Loopbaan APK, versie 1.1.0 (Leerwerkloket Twente)')).toBeVisible();
  await expect(page.getByRole('group', { name: /Ik werk of woon in Duitsland/ })).toBeVisible();

  list.sections[0].statements.at(-1).text = '';
  await writeFile(path.join(services.dataDir, 'loopbaan-apk.json'), JSON.stringify(list));
  running = await services.restart();
  await openApp(page, running.url, `#/dossiers/${client.id}/apk`);
  const warning = page.getByRole('alert').filter({ hasText: 'De lijst van uw regio wordt niet gebruikt' });
  await expect(warning).toContainText('$.sections[0].statements[4].text');
  await expect(page.getByRole('group', { name: /Ik werk of woon in Duitsland/ })).toHaveCount(0);
  await expect(page.getByRole('group', { name: /Ik heb op dit moment betaald werk/ })).toBeVisible();
});
