// Saving the intake is one intake.save: a training changed elsewhere meanwhile refuses the whole
// save with a Dutch message that names the training, the adviser's typing stays in the form,
// and after "Nieuwste versie ophalen" the same typing saves (issue 8.2), merged with what the
// other window saved (issue 12, item 1).
import { test, expect, openApp } from './fixtures.ts';
import { basicSkillsTraining, seedSession } from './session-seed.ts';

test('a training changed elsewhere refuses the save, names the training and keeps the typing', async ({ page, services }) => {
  const { client, trainings } = await seedSession(services, { allTrainings: true });
  await openApp(page, services.url, `#/dossiers/${client.id}/intake`);
  const title = page.getByLabel('Naam van de opleiding').first();
  await expect(title).toHaveValue('Digitale basisvaardigheden');
  await title.fill('Digitale vaardigheden voor het werk');

  // Meanwhile, another window saves a change to the same training.
  const intake = await services.call('intake.get', { clientId: client.id });
  if (!intake.ok) throw new Error(intake.error.message);
  const { clientId: _c, version, updatedAt: _u, ...fields } = intake.value;
  const other = await services.call('intake.save', {
    clientId: client.id,
    expectedVersion: version,
    fields,
    trainings: { added: [], changed: [{ id: trainings[0]!.id, expectedVersion: trainings[0]!.version, training: { ...basicSkillsTraining, provider: 'Taalhuis Enschede' } }], removed: [] },
  });
  expect(other.ok).toBe(true);

  await page.getByRole('button', { name: 'Intake opslaan' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'is intussen ergens anders gewijzigd.' });
  await expect(notice).toBeVisible();
  // The message names the training, as the adviser calls it now, once.
  await expect(notice).toContainText('De opleiding ‘Digitale vaardigheden voor het werk’ is intussen ergens anders gewijzigd.');
  await expect(page.locator(':focus')).toContainText('De opleiding ‘Digitale vaardigheden voor het werk’ is intussen ergens anders gewijzigd.');
  expect((await notice.innerText()).split('is intussen ergens anders gewijzigd').length - 1).toBe(1);
  await expect(title).toHaveValue('Digitale vaardigheden voor het werk');
  const stored = await services.call('trainings.list', { clientId: client.id });
  expect(stored.ok && stored.value.map((r) => r.training.title)).toContain('Digitale basisvaardigheden');

  // Fetching the newest versions keeps the typing; saving again now stores it.
  await notice.getByRole('button', { name: /Nieuwste versie ophalen/ }).click();
  await expect(title).toHaveValue('Digitale vaardigheden voor het werk');
  await page.getByRole('button', { name: 'Intake opslaan' }).click();
  await expect(page.getByText('De intake is opgeslagen.')).toBeVisible();
  const after = await services.call('trainings.list', { clientId: client.id });
  expect(after.ok && after.value.map((r) => r.training.title)).toContain('Digitale vaardigheden voor het werk');
  // The provider the other window saved is kept too (issue 12, item 1): nothing is undone.
  expect(after.ok && after.value.find((r) => r.training.title === 'Digitale vaardigheden voor het werk')?.training.provider).toBe('Taalhuis Enschede');
});
