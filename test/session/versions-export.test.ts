// Versions stay readable, a status change is a version of its own, and the JSON export
// re-imports into an identical arrangement.
import { describe, expect, it } from 'vitest';
import { defaultIntakeFields } from '../../shared/contract/intake.ts';
import { basicSkillsTraining, sampleFields, sessionServices } from './helpers.ts';

async function withArrangement() {
  const s = sessionServices();
  await s.must('settings.update', { adviserName: 'Fatima el Idrissi' });
  const client = await s.must('clients.create', sampleFields({ birthDate: '1975-06-01', region: 'twente' }));
  const fields = defaultIntakeFields();
  fields.basicSkills = { language: 'insufficient', numeracy: 'unknown', digital: 'unknown' };
  const intake = await s.must('intake.save', { clientId: client.id, expectedVersion: 0, fields });
  // Tel mee met Taal does not pay travel; the employer's promised € 50,00 does.
  const costs = [
    { category: 'tuition' as const, amountCents: 150_000, vatIncluded: true },
    { category: 'travel' as const, amountCents: 5_000, vatIncluded: true, label: 'Reiskosten' },
  ];
  const training = await s.addTraining(client.id, basicSkillsTraining({ costs }));
  const saved = await s.must('arrangements.save', {
    clientId: client.id,
    trainingId: training.id,
    referenceDate: '2022-01-15',
    overrides: [{ kind: 'employer-contribution', amountCents: 5_000, reason: 'Reiskosten vergoedt de werkgever.' }],
  });
  return { ...s, client, intake, training, saved };
}

describe('arrangement versions', () => {
  it('keeps earlier versions readable after the intake and the training change', async () => {
    const s = await withArrangement();
    // The training gets dearer; the next save computes on the new facts.
    await s.saveTrainings(s.client.id, {
      changed: [{ id: s.training.id, expectedVersion: 1, training: basicSkillsTraining({ costs: [{ category: 'tuition', amountCents: 300_000, vatIncluded: true }] }) }],
    });
    const v2 = await s.must('arrangements.save', {
      clientId: s.client.id,
      trainingId: s.training.id,
      referenceDate: '2022-01-15',
      arrangementId: s.saved.id,
      expectedVersion: 1,
      overrides: [{ kind: 'employer-contribution', amountCents: 5_000, reason: 'Reiskosten vergoedt de werkgever.' }],
    });
    expect(v2.result.totalCostCents).toBe(300_000);

    const v1 = await s.must('arrangements.get', { id: s.saved.id, version: 1 });
    expect(v1.result.totalCostCents).toBe(155_000);
    expect(v1.case).toEqual(s.saved.case);
    expect(v1.versions.map((v) => [v.version, v.origin])).toEqual([[1, 'save'], [2, 'save']]);
    expect((await s.refused('arrangements.get', { id: s.saved.id, version: 3 })).code).toBe('not-found');
    // The database itself refuses to rewrite history.
    expect(() => s.store.sqlite.prepare(`UPDATE arrangement_versions SET status = 'toegekend'`).run()).toThrow(/history/);
    expect(() => s.store.sqlite.prepare(`DELETE FROM arrangement_versions`).run()).toThrow(/history/);
  });

  it('refuses a save based on a stale version, storing nothing', async () => {
    const s = await withArrangement();
    await s.must('arrangements.setStatus', { id: s.saved.id, expectedVersion: 1, status: 'besproken' });
    const error = await s.refused('arrangements.save', {
      clientId: s.client.id,
      trainingId: s.training.id,
      referenceDate: '2022-01-15',
      arrangementId: s.saved.id,
      expectedVersion: 1,
      overrides: [],
    });
    expect(error.code).toBe('conflict');
    expect((await s.must('arrangements.get', { id: s.saved.id })).version).toBe(2);
  });

  it('makes a status change a new version, per line too, keeping the result', async () => {
    const s = await withArrangement();
    const v2 = await s.must('arrangements.setStatus', {
      id: s.saved.id,
      expectedVersion: 1,
      status: 'aangevraagd',
      lineStatuses: { 'nl.tel-mee-met-taal': 'aangevraagd' },
    });
    expect(v2).toMatchObject({ version: 2, status: 'aangevraagd', origin: 'status', savedBy: 'Fatima el Idrissi' });
    expect(v2.lineStatuses).toEqual({ 'nl.tel-mee-met-taal': 'aangevraagd', 'nl.werkgever': 'concept' });
    expect(v2.result).toEqual(s.saved.result);
    expect(v2.overrides).toEqual(s.saved.overrides);

    const v3 = await s.must('arrangements.setStatus', { id: s.saved.id, expectedVersion: 2, status: 'toegekend', lineStatuses: { 'nl.werkgever': 'toegekend' } });
    expect(v3.lineStatuses).toEqual({ 'nl.tel-mee-met-taal': 'aangevraagd', 'nl.werkgever': 'toegekend' });
    expect((await s.must('arrangements.get', { id: s.saved.id, version: 1 })).status).toBe('concept');

    const unknownLine = await s.refused('arrangements.setStatus', { id: s.saved.id, expectedVersion: 3, status: 'toegekend', lineStatuses: { 'nl.stap': 'toegekend' } });
    expect(unknownLine.issues).toEqual([{ path: 'lineStatuses.nl.stap', message: 'Deze regeling staat niet in het arrangement.' }]);
    const badStatus = await s.refused('arrangements.setStatus', { id: s.saved.id, expectedVersion: 3, status: 'klaar' as never });
    expect(badStatus.issues?.[0]?.message).toBe('Kies concept, besproken, aangevraagd, toegekend of afgewezen.');
    expect((await s.must('arrangements.get', { id: s.saved.id })).version).toBe(3);
  });
});

describe('JSON export and import', () => {
  it('export → import → export gives the same file, and the imported arrangement is identical in content', async () => {
    const s = await withArrangement();
    const v2 = await s.must('arrangements.setStatus', { id: s.saved.id, expectedVersion: 1, status: 'besproken', lineStatuses: { 'nl.werkgever': 'toegekend' } });
    const first = await s.must('arrangements.exportJson', { id: s.saved.id });
    expect(first.fileName).toBe('arrangement-digitale-vaardigheden-voor-het-werk-2022-01-15-v2.json');
    const parsed = JSON.parse(first.json);
    expect(parsed).toMatchObject({ format: 'arrangeur.arrangement', formatVersion: 1 });
    expect(parsed.arrangement.packs).toEqual([
      { id: 'nl', version: '1.1.0' },
      { id: 'regio.twente', version: '1.1.0' },
      { id: 'sector', version: '1.1.0' },
    ]);

    // Into another dossier (a colleague's copy of the case).
    const other = await s.must('clients.create', sampleFields({ displayName: 'Ander dossier', birthDate: '1975-06-01', region: 'twente' }));
    const imported = await s.must('arrangements.importJson', { clientId: other.id, json: first.json });
    expect(imported.warnings).toEqual([]);
    expect(imported.arrangement).toMatchObject({ clientId: other.id, version: 1, origin: 'import' });
    const content = (v: typeof v2) => ({ r: v.referenceDate, s: v.status, l: v.lineStatuses, o: v.overrides, c: v.case, p: v.packs, res: v.result, a: v.actions });
    expect(content(imported.arrangement)).toEqual(content(v2));
    // The training came along as a candidate training of the new dossier.
    expect((await s.must('trainings.list', { clientId: other.id })).map((t) => t.training)).toEqual([v2.case.training]);

    const again = await s.must('arrangements.exportJson', { id: imported.arrangement.id });
    expect(again.json).toBe(first.json);
  });

  it('refuses a broken or foreign file with a Dutch message and stores nothing', async () => {
    const s = await withArrangement();
    const before = s.store.sqlite.prepare('SELECT count(*) AS n FROM arrangements').get();
    const notJson = await s.refused('arrangements.importJson', { clientId: s.client.id, json: '{ dit is geen json' });
    expect(notJson.message).toMatch(/geen geldig JSON-bestand/);
    const foreign = await s.refused('arrangements.importJson', { clientId: s.client.id, json: JSON.stringify({ format: 'iets-anders', formatVersion: 1 }) });
    expect(foreign.issues?.[0]).toEqual({ path: 'json.format', message: 'Dit is geen exportbestand van een Arrangeur-arrangement.' });

    const { json } = await s.must('arrangements.exportJson', { id: s.saved.id });
    const tampered = JSON.parse(json);
    tampered.arrangement.overrides[0].reason = '';
    const noReason = await s.refused('arrangements.importJson', { clientId: s.client.id, json: JSON.stringify(tampered) });
    expect(noReason.issues).toContainEqual({ path: 'json.arrangement.overrides.0.reason', message: 'Geef een reden voor deze aanpassing.' });

    const huge = await s.refused('arrangements.importJson', { clientId: s.client.id, json: 'x'.repeat(200_001) });
    expect(huge.issues?.[0]?.message).toBe('Dit bestand is te groot voor een arrangement.');
    expect(s.store.sqlite.prepare('SELECT count(*) AS n FROM arrangements').get()).toEqual(before);
  });

  it('recomputes an imported result instead of trusting the file, and says so', async () => {
    const s = await withArrangement();
    const { json } = await s.must('arrangements.exportJson', { id: s.saved.id });
    const forged = JSON.parse(json);
    forged.arrangement.result.ownContributionCents = 0;
    forged.arrangement.result.lines[0].amountCents = 150_000;
    const imported = await s.must('arrangements.importJson', { clientId: s.client.id, json: JSON.stringify(forged) });
    expect(imported.arrangement.result).toEqual(s.saved.result);
    expect(imported.warnings).toEqual(['De bedragen wijken af van het bestand, omdat ze opnieuw zijn berekend met de regelingen van nu. Controleer het arrangement.']);
  });
});
