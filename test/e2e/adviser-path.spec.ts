// Issue 12, items 1 to 10: what a new adviser ran into on the way through a dossier, each
// checked here in Chromium against the real services. Every test failed on the renderer before
// its fix (see the report of the change that added this file).
import type { Page } from '@playwright/test';
import type { Training } from '../../shared/case/schema.ts';
import type { IntakeFields } from '../../shared/contract/intake.ts';
import { test, expect, openApp, type Services } from './fixtures.ts';
import { basicSkillsTraining, employedIntake, must, otherTrainings, seedSession } from './session-seed.ts';

const seedClient = async (
  services: Services,
  options: { name?: string; birthDate?: string; region?: string; intake?: IntakeFields | null; trainings?: Training[] } = {},
) => {
  const client = must(
    'clients.create',
    await services.call('clients.create', {
      displayName: options.name ?? 'Kees Jansen',
      birthDate: options.birthDate ?? '1980-05-03',
      region: options.region ?? 'twente',
      adviserReference: '',
      note: null,
    }),
  );
  if (options.intake === null) return { client, trainings: [] };
  const added = (options.trainings ?? [basicSkillsTraining]).map((training, i) => ({ key: `t${i}`, training }));
  const saved = must(
    'intake.save',
    await services.call('intake.save', { clientId: client.id, expectedVersion: 0, fields: options.intake ?? employedIntake, trainings: { added, changed: [], removed: [] } }),
  );
  return { client, trainings: saved.trainings };
};

const linesTable = (page: Page) => page.getByRole('table', { name: 'Wie betaalt wat' });
const schemeItem = (page: Page, name: string | RegExp) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });

test('item 3: Dossier bewerken shows the stored region, and saving untouched keeps it', async ({ page, services }) => {
  const { client } = await seedClient(services, { region: 'twente', intake: null });
  await openApp(page, services.url, `#/dossiers/${client.id}`);
  await page.getByRole('link', { name: 'Bewerken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier bewerken');
  const region = page.getByLabel('Arbeidsmarktregio');
  await expect(region).toHaveValue('twente');
  await expect(region.locator('option:checked')).toHaveText('Twente');
  // Also when the edit form is the first screen opened (the region list still loading).
  await page.goto(new URL(`#/dossiers/${client.id}/bewerken`, services.url).toString());
  await page.reload();
  await expect(page.getByLabel('Arbeidsmarktregio')).toHaveValue('twente');
  await expect(page.getByLabel('Arbeidsmarktregio').locator('option:checked')).toHaveText('Twente');
});

test('items 6 and 11: an employer contribution is "Bijdrage werkgever", each amount says how sure it is and where its figures come from', async ({ page, services }) => {
  const withEmployer: Training = { ...basicSkillsTraining, employerContributionCents: 20_000 };
  const { client } = await seedClient(services, { trainings: [withEmployer] });
  await openApp(page, services.url, `#/dossiers/${client.id}/financiering`);
  await page.getByRole('textbox', { name: 'Peildatum' }).fill('15-01-2022');
  const table = linesTable(page);
  // Tel mee met Taal demands the employer's share: compulsory, with a plain explanation.
  const share = table.getByRole('row').filter({ hasText: 'Tel mee met Taal' }).filter({ hasText: 'Verplichte eigen bijdrage werkgever' });
  await expect(share).toHaveCount(1);
  await expect(share).toContainText('betaalt alleen als');
  // What the employer promised itself is not compulsory.
  const own = table.getByRole('row').filter({ hasText: 'Bijdrage werkgever' }).filter({ hasNotText: 'Verplichte' });
  await expect(own).toHaveCount(1);
  await expect(own).toContainText('zelf toegezegd');
  await expect(table).not.toContainText(/Verplichte bijdrage(?! )/);
  // Next to the amount: the status in words, the sentence, and each figure's source with its date.
  const grant = table.locator('tr[data-scheme="nl.tel-mee-met-taal"][data-kind="grant"]');
  await expect(grant).toContainText('Niet zeker: nog niet bevestigd');
  await expect(grant).toContainText('Dit bedrag is niet zeker');
  await expect(grant.getByRole('link', { name: /Taalsubsidie voor laaggeletterde werknemers/ })).toHaveAttribute('href', /^https:\/\//);
  await expect(grant).toContainText(/gecontroleerd op \d{2}-\d{2}-\d{4}/);
  // In "Waarom (niet)?" the employer's own line is that scheme's amount, not a compulsory share.
  const werkgever = schemeItem(page, 'Werkgeversbijdrage');
  await expect(werkgever).toContainText(/In het arrangement: € \d/);
  await expect(werkgever).not.toContainText('Verplichte');
  await expect(schemeItem(page, 'Tel mee met Taal (werkgeversregeling)')).toContainText('Verplichte eigen bijdrage van werkgever');

  // On the saved arrangement the promised line has a status of its own.
  await page.getByRole('button', { name: 'Opslaan als arrangement' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Digitale basisvaardigheden' })).toBeVisible();
  await expect(linesTable(page).getByRole('row').filter({ hasText: 'Bijdrage werkgever' }).filter({ hasNotText: 'Verplichte' })).toHaveCount(1);
  const statuses = page.getByRole('group', { name: 'Status per regeling' });
  await expect(statuses.getByRole('combobox')).toHaveCount(2);
});

test('item 7: an eligible scheme with an unknown amount is listed under "Mogelijk ook" with what to do', async ({ page, services }) => {
  const { client } = await seedClient(services, { region: 'twente', trainings: [otherTrainings[0]!] });
  await openApp(page, services.url, `#/dossiers/${client.id}/financiering`);
  await page.getByRole('textbox', { name: 'Peildatum' }).fill('15-01-2022');
  const also = page.getByRole('region', { name: 'Mogelijk ook' }).first();
  await expect(also).toBeVisible();
  const item = also.getByRole('listitem').filter({ hasText: 'Twents Fonds voor Vakmanschap' });
  await expect(item).toContainText('Gemeente Enschede');
  await expect(item).toContainText('hoeveel u uit deze regeling kunt krijgen');
  await expect(item.getByRole('link')).toHaveAttribute('href', 'https://lokaleregelgeving.overheid.nl/CVDR631008');
  // Its evaluation points there instead of saying it is not used.
  const evaluation = page.locator('.arr-evaluations').getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Twents Fonds voor Vakmanschap (scholingscheque)' }) });
  await expect(evaluation).toContainText('Mogelijk ook');
  await expect(evaluation).not.toContainText('Niet gebruikt in het arrangement');
  // The live panel beside the intake lists it too.
  await openApp(page, services.url, `#/dossiers/${client.id}/intake`);
  await page.getByRole('complementary').getByRole('textbox', { name: 'Peildatum' }).fill('15-01-2022');
  await expect(page.getByRole('complementary').getByRole('region', { name: 'Mogelijk ook' })).toContainText('Twents Fonds voor Vakmanschap');
});

test('item 10: an unsure age is tagged as an age, not as an amount', async ({ page, services }) => {
  const certificate: Training = { ...otherTrainings[1]!, startDate: '2023-11-01', endDate: '2024-03-01' };
  const { client } = await seedClient(services, { trainings: [certificate] });
  await openApp(page, services.url, `#/dossiers/${client.id}/financiering`);
  await page.getByRole('textbox', { name: 'Peildatum' }).fill('01-10-2023');
  const stap = schemeItem(page, 'STAP-budget');
  const aow = stap.getByRole('listitem').filter({ hasText: 'AOW-leeftijd' });
  await expect(aow).toContainText('Leeftijd niet zeker');
  await expect(aow).not.toContainText('Bedrag niet zeker');
});

test('item 5: a new intake starts empty, says it is not saved yet, and the live matching names what it still needs', async ({ page, services }) => {
  const { client } = await seedClient(services, { intake: null });
  await openApp(page, services.url, `#/dossiers/${client.id}/intake`);
  for (const label of ['Hoogst afgeronde opleiding', 'Werksituatie', 'Soort contract', 'Uitkering']) await expect(page.getByLabel(label, { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Uren per week')).toHaveValue('');
  await expect(page.locator('.arr-savebar').getByRole('status')).toHaveText('Nog niet opgeslagen.');
  const aside = page.getByRole('complementary');
  await expect(aside).toContainText('Vul ook nog in: hoogst afgeronde opleiding, werksituatie, soort contract, uren per week, uitkering.');

  await page.getByRole('button', { name: 'Opleiding toevoegen' }).click();
  await page.getByLabel('Naam van de opleiding').fill('Digitale basisvaardigheden');
  await page.getByLabel('Soort opleiding').selectOption('basic-skills');
  await page.getByLabel('Doel van de opleiding').selectOption('basic-skills');
  await expect(aside).toContainText('Vul nog in: hoogst afgeronde opleiding, werksituatie, soort contract, uren per week, uitkering, bedrag van de kosten.');
  await page.getByLabel('Bedrag', { exact: true }).fill('1.500,00');
  await expect(aside).toContainText('Vul nog in: hoogst afgeronde opleiding, werksituatie, soort contract, uren per week, uitkering.');
  await expect(aside.getByRole('table', { name: 'Wie betaalt wat' })).toHaveCount(0);
  await page.getByLabel('Hoogst afgeronde opleiding').selectOption('vmbo');
  await page.getByLabel('Werksituatie').selectOption('employed');
  await page.getByLabel('Soort contract').selectOption('permanent');
  await page.getByLabel('Uren per week').fill('32');
  await expect(aside).toContainText('Vul nog in: uitkering.');
  await page.getByLabel('Uitkering').selectOption('none');
  await expect(aside.getByRole('table', { name: 'Wie betaalt wat' })).toBeVisible();
  await expect(page.locator('.arr-savebar').getByRole('status')).toHaveText('Er zijn wijzigingen die nog niet zijn opgeslagen.');
  await page.getByRole('button', { name: 'Intake opslaan' }).click();
  await expect(page.getByText('De intake is opgeslagen.')).toBeVisible();
  await expect(page.locator('.arr-savebar').getByRole('status')).toHaveText('Alles is opgeslagen.');
  const stored = must('intake.get', await services.call('intake.get', { clientId: client.id }));
  expect(stored).toMatchObject({ version: 1, educationLevel: 'vmbo', work: { status: 'employed', contract: 'permanent', hoursPerWeek: 32, benefit: 'none' } });
});

const saveIntake = (page: Page) => page.getByRole('button', { name: 'Intake opslaan' }).click();

test("item 1: after a conflict, 'Nieuwste versie ophalen' keeps the other tab's change and the adviser's own", async ({ page, context, services }) => {
  const { client } = await seedClient(services);
  const other = await context.newPage();
  await openApp(page, services.url, `#/dossiers/${client.id}/intake`);
  await openApp(other, services.url, `#/dossiers/${client.id}/intake`);

  // Tab A changes the contract and saves.
  await other.getByLabel('Soort contract').selectOption({ label: 'Tijdelijk contract' });
  await saveIntake(other);
  await expect(other.getByText('De intake is opgeslagen.')).toBeVisible();

  // Tab B changes only the number of employees: refused, with one message that agrees with the button.
  await page.getByLabel('Aantal medewerkers van de werkgever').fill('250');
  await saveIntake(page);
  const notice = page.getByRole('alert').filter({ hasText: 'is intussen ergens anders gewijzigd.' });
  await expect(notice).toBeVisible();
  const text = (await notice.innerText()).replace(/\s+/g, ' ');
  expect(text.split('De intake is intussen ergens anders gewijzigd.').length - 1, text).toBe(1);
  expect(text).not.toMatch(/opnieuw in|uw tekst blijft staan/);
  await expect(notice).toContainText('Kies ‘Nieuwste versie ophalen’');
  await notice.getByRole('button', { name: 'Nieuwste versie ophalen' }).click();
  await expect(page.locator(':focus')).toContainText('Nieuwste versie opgehaald');
  await expect(page.getByLabel('Soort contract')).toHaveValue('temporary');
  await expect(page.getByLabel('Aantal medewerkers van de werkgever')).toHaveValue('250');
  await saveIntake(page);
  await expect(page.getByText('De intake is opgeslagen.')).toBeVisible();
  const stored = must('intake.get', await services.call('intake.get', { clientId: client.id }));
  expect(stored.work.contract).toBe('temporary');
  expect(stored.work.employerSize).toBe(250);
});

test('item 1: a field both tabs changed shows both values; nothing is saved until the adviser chooses', async ({ page, context, services }) => {
  const { client } = await seedClient(services);
  const other = await context.newPage();
  await openApp(page, services.url, `#/dossiers/${client.id}/intake`);
  await openApp(other, services.url, `#/dossiers/${client.id}/intake`);
  await other.getByLabel('Soort contract').selectOption({ label: 'Tijdelijk contract' });
  await other.getByLabel('Uren per week').fill('24');
  await saveIntake(other);
  await expect(other.getByText('De intake is opgeslagen.')).toBeVisible();

  await page.getByLabel('Soort contract').selectOption({ label: 'Uitzendcontract' });
  await saveIntake(page);
  await page.getByRole('alert').getByRole('button', { name: 'Nieuwste versie ophalen' }).click();
  const choices = page.getByRole('group', { name: /Beide vensters veranderden hetzelfde/ });
  await expect(choices).toBeVisible();
  const contract = choices.getByRole('group', { name: 'Soort contract' });
  await expect(contract.getByLabel('Wat u invulde: Uitzendcontract')).toBeVisible();
  await expect(contract.getByLabel('Wat in het andere venster is opgeslagen: Tijdelijk contract')).toBeVisible();
  // The hours only the other tab changed are simply there.
  await expect(page.getByLabel('Uren per week')).toHaveValue('24');

  await saveIntake(page);
  await expect(choices.getByRole('alert')).toContainText('Kies eerst bij elk gegeven');
  expect(must('intake.get', await services.call('intake.get', { clientId: client.id })).work.contract).toBe('temporary');

  await contract.getByLabel('Wat u invulde: Uitzendcontract').check();
  await expect(page.getByLabel('Soort contract')).toHaveValue('agency');
  await saveIntake(page);
  await expect(page.getByText('De intake is opgeslagen.')).toBeVisible();
  const stored = must('intake.get', await services.call('intake.get', { clientId: client.id }));
  expect(stored.work).toMatchObject({ contract: 'agency', hoursPerWeek: 24 });
});

test('item 2: each sector fund has its own name and is found by its agreement or sector, with the keyboard', async ({ page, services }) => {
  const { client } = await seedClient(services);
  await openApp(page, services.url, `#/dossiers/${client.id}/intake`);
  const list = page.getByLabel('Sectorfonds (O&O-fonds) (niet verplicht)');
  const names = await list.locator('option').allTextContents();
  expect(names.length).toBeGreaterThan(5);
  expect(new Set(names).size, names.join(' | ')).toBe(names.length);
  expect(names).not.toContain('Sectorfondsen (O&O- en A&O-fondsen)');
  expect(names).toEqual(expect.arrayContaining(['OOM', 'A+O fonds Metalektro', 'cao Horeca', 'Sociaal Fonds Bakkersbedrijf']));

  const search = page.getByLabel('Sectorfonds zoeken (niet verplicht)');
  await search.fill('mkb-metaal');
  await expect(list.locator('option')).toHaveText(['Geen of onbekend', 'OOM']);
  await expect(page.getByRole('status').filter({ hasText: '1 fonds gevonden.' })).toBeVisible();
  await search.fill('uitzendbureau');
  await expect(list.locator('option')).toHaveText(['Geen of onbekend', 'DOORZAAM (fonds voor uitzendkrachten)']);

  // Keyboard: type the agreement, Enter moves to the list, an arrow key chooses.
  await search.fill('');
  await search.focus();
  await page.keyboard.type('cao horeca');
  await page.keyboard.press('Enter');
  await expect(list).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(list).toHaveValue('horeca');
  await expect(page.getByText('Voor wie: De cliënt werkt onder de cao Horeca.')).toBeVisible();
  // Another search does not change the answer: the chosen fund stays in the list.
  await search.fill('bakkers');
  await expect(list).toHaveValue('horeca');
  await saveIntake(page);
  await expect(page.getByText('De intake is opgeslagen.')).toBeVisible();
  expect(must('intake.get', await services.call('intake.get', { clientId: client.id })).work.sectorFund).toBe('horeca');
});

test("item 8: 'Voor welke opleiding?' is the training in view, not the last one added", async ({ page, services }) => {
  const { client, trainings } = await seedClient(services, { trainings: [basicSkillsTraining, ...otherTrainings] });
  await openApp(page, services.url, `#/dossiers/${client.id}/intake`);
  // A fourth training is added and saved (it is the last one added)...
  await page.getByRole('button', { name: 'Opleiding toevoegen' }).click();
  await page.getByLabel('Naam van de opleiding').last().fill('Veiligheid (VCA)');
  await page.getByLabel('Soort opleiding').last().selectOption('certificate');
  await page.getByLabel('Doel van de opleiding').last().selectOption('current-job');
  await page.getByLabel('Bedrag', { exact: true }).last().fill('250,00');
  await saveIntake(page);
  await expect(page.getByText('De intake is opgeslagen.')).toBeVisible();
  // ...and the adviser then looks at the second one.
  await page.getByRole('complementary').getByLabel('Opleiding', { exact: true }).selectOption({ label: 'Mbo-2 Logistiek medewerker' });
  await page.getByRole('navigation', { name: 'Onderdelen van het gesprek' }).getByRole('link', { name: 'Loopbaan APK' }).click();
  await page.getByRole('group', { name: /Ik wil werken in een beroep met veel vacatures/ }).getByLabel('Ja').check();
  const signal = page.getByRole('article', { name: 'Wil naar een kansberoep' });
  await expect(signal.getByLabel('Voor welke opleiding?').locator('option:checked')).toHaveText('Mbo-2 Logistiek medewerker');
  // The adviser may pick another one; that choice is what is saved.
  await signal.getByLabel('Voor welke opleiding?').selectOption({ label: 'Heftruckcertificaat' });
  await signal.getByRole('button', { name: 'Voorstel overnemen' }).click();
  await expect(signal.getByText('Overgenomen in de intake.')).toBeVisible();
  const stored = must('trainings.list', await services.call('trainings.list', { clientId: client.id }));
  expect(stored.find((r) => r.id === trainings[2]!.id)?.training.kansberoep).toBe(true);
  expect(stored.find((r) => r.training.title === 'Veiligheid (VCA)')?.training.kansberoep).toBe(false);
});

test('item 9: a name over its limit is counted and refused in Dutch, not cut off; a long unbroken name stays inside its card', async ({ page: form, context, services }) => {
  let page = form;
  await openApp(page, services.url, '#/dossiers/nieuw');
  const name = page.getByLabel('Naam of pseudoniem');
  const long = 'A'.repeat(130);
  await name.fill(long);
  await expect(name).toHaveValue(long);
  await expect(page.locator('#dossier-displayName-teller')).toHaveText('10 tekens te veel: hoogstens 120');
  await page.getByLabel('Notitie (niet verplicht)').fill('x'.repeat(2001));
  await expect(page.locator('#dossier-note-teller')).toHaveText('1 teken te veel: hoogstens 2000');
  await page.getByLabel('Geboortedatum').fill('03-05-1980');
  await page.getByLabel('Arbeidsmarktregio').selectOption({ label: 'Twente' });
  await page.getByRole('button', { name: 'Dossier opslaan' }).click();
  const summary = page.getByRole('group', { name: 'Controleer het formulier' });
  await expect(summary).toContainText('Naam of pseudoniem mag hoogstens 120 tekens hebben.');
  await expect(summary).toContainText('De notitie mag hoogstens 2000 tekens hebben.');
  expect(must('clients.list', await services.call('clients.list', { archived: false, limit: 10, offset: 0 }))).toHaveLength(0);
  await name.fill('A'.repeat(120));
  await expect(page.locator('#dossier-displayName-teller')).toHaveText('120 van 120 tekens');

  // A 120-character name without a space on the dossier page, in the list and in the session
  // (in a second window: the form above has unsaved input and would ask before leaving).
  const { client } = await seedClient(services, { name: 'Z'.repeat(120) });
  page = await context.newPage();
  const overflowing = () =>
    page.evaluate(() => {
      const out: string[] = [];
      if (document.documentElement.scrollWidth > document.documentElement.clientWidth) out.push(`page ${document.documentElement.scrollWidth}`);
      for (const el of document.querySelectorAll<HTMLElement>('main *')) {
        const style = getComputedStyle(el);
        if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
        if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && /Z{20}/.test(el.textContent ?? '')) out.push(`${el.tagName}.${el.className}`);
      }
      return out;
    });
  for (const hash of [`#/dossiers/${client.id}`, '#/dossiers', `#/dossiers/${client.id}/intake`, `#/dossiers/${client.id}/bewerken`]) {
    await page.goto(new URL(hash, services.url).toString());
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(/Z{20}/).first()).toBeVisible();
    expect(await overflowing(), hash).toEqual([]);
  }
});

test('item 9: an unlikely birth date and a second dossier for the same person are asked about before saving', async ({ page, services }) => {
  await seedClient(services, { name: 'Kees Jansen', birthDate: '1980-05-03', intake: null });
  await openApp(page, services.url, '#/dossiers/nieuw');
  await page.getByLabel('Naam of pseudoniem').fill('Piet Oud');
  await page.getByLabel('Geboortedatum').fill('01-01-1900');
  await page.getByLabel('Arbeidsmarktregio').selectOption({ label: 'Twente' });
  await page.getByRole('button', { name: 'Dossier opslaan' }).click();
  const question = page.getByRole('alert').filter({ hasText: 'Klopt dit?' });
  await expect(question).toContainText(/de cliënt \d{3} jaar, ouder dan 100/);
  await expect(page.locator(':focus')).toContainText('Klopt dit?');
  expect(must('clients.list', await services.call('clients.list', { archived: false, limit: 10, offset: 0 }))).toHaveLength(1);
  // "Nee, aanpassen" goes back to the birth date; a child of 11 is asked about too.
  await question.getByRole('button', { name: 'Nee, aanpassen' }).click();
  await expect(page.getByLabel('Geboortedatum')).toBeFocused();
  const child = new Date().getFullYear() - 11;
  await page.getByLabel('Geboortedatum').fill(`01-01-${child}`);
  await page.getByRole('button', { name: 'Dossier opslaan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Klopt dit?' })).toContainText('jonger dan 15');
  await page.getByRole('button', { name: 'Ja, dit klopt: opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Piet Oud');

  // The same name (written differently) and birth date as an existing dossier.
  await openApp(page, services.url, '#/dossiers/nieuw');
  await page.getByLabel('Naam of pseudoniem').fill('kees  JANSEN');
  await page.getByLabel('Geboortedatum').fill('03-05-1980');
  await page.getByLabel('Arbeidsmarktregio').selectOption({ label: 'Twente' });
  await page.getByRole('button', { name: 'Dossier opslaan' }).click();
  const duplicate = page.getByRole('alert').filter({ hasText: 'Er is al een dossier van kees  JANSEN met geboortedatum 03-05-1980' });
  await expect(duplicate).toBeVisible();
  await expect(duplicate.getByRole('link', { name: 'Open het dossier van Kees Jansen' })).toBeVisible();
  expect(must('clients.list', await services.call('clients.list', { archived: false, limit: 10, offset: 0 }))).toHaveLength(2);
  await duplicate.getByRole('button', { name: 'Ja, dit klopt: opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('kees JANSEN');
  expect(must('clients.list', await services.call('clients.list', { archived: false, limit: 10, offset: 0 }))).toHaveLength(3);
});

test('item 9: a peildatum years ahead is asked about, and a chosen JSON file is imported only after a yes', async ({ page, services }) => {
  const { client, arrangement } = await seedSession(services, { arrangement: true });
  await openApp(page, services.url, `#/dossiers/${client.id}/financiering`);
  await page.getByRole('textbox', { name: 'Peildatum' }).fill('01-01-2099');
  const ahead = page.getByRole('status').filter({ hasText: 'Klopt dit? De peildatum 01-01-2099 ligt meer dan 2 jaar na vandaag.' });
  await expect(ahead).toBeVisible();
  // Not a refusal: the matching runs on that date.
  await expect(page.getByText(/peildatum 01-01-2099/).first()).toBeVisible();
  await ahead.getByRole('button', { name: 'Ja, deze peildatum klopt' }).click();
  await expect(ahead).toHaveCount(0);

  const exported = must('arrangements.exportJson', await services.call('arrangements.exportJson', { id: arrangement!.id }));
  const count = async () => must('arrangements.list', await services.call('arrangements.list', { clientId: client.id })).length;
  await openApp(page, services.url, `#/dossiers/${client.id}/arrangementen`);
  const choose = async () => {
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Bestand kiezen…' }).click();
    await (await choosing).setFiles({ name: exported.fileName, mimeType: 'application/json', buffer: Buffer.from(exported.json) });
  };
  await choose();
  const dialog = page.getByRole('dialog', { name: 'Arrangement importeren?' });
  await expect(dialog).toContainText(exported.fileName);
  await dialog.getByRole('button', { name: 'Nee, niet importeren' }).click();
  await expect(dialog).toBeHidden();
  expect(await count()).toBe(1);
  await choose();
  await dialog.getByRole('button', { name: 'Ja, importeren' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Digitale basisvaardigheden' })).toBeVisible();
  expect(await count()).toBe(2);
});

export { seedSession };
