// The reference flow through the services, as an adviser does it: dossier, intake,
// Loopbaan APK answer → signal → confirmation, training, arrangement on peildatum 15-01-2022.
import { describe, expect, it } from 'vitest';
import { defaultIntakeFields } from '../../shared/contract/intake.ts';
import { basicSkillsTraining, sampleFields, sessionServices } from './helpers.ts';

async function setUp() {
  const s = sessionServices();
  await s.must('settings.update', { adviserName: 'Fatima el Idrissi' });
  const client = await s.must('clients.create', sampleFields({ displayName: 'Jan Jansen', birthDate: '1975-06-01', region: 'twente' }));
  const fields = defaultIntakeFields();
  fields.work = { ...fields.work, status: 'employed', contract: 'permanent', hoursPerWeek: 32, employmentStartDate: '2015-09-01', employerSize: 40 };
  const intake = await s.must('intake.save', { clientId: client.id, expectedVersion: 0, fields });
  return { ...s, client, intake };
}

describe('Tel mee met Taal through the services', () => {
  it('proposes the basic-skills signal and applies it only when the adviser confirms', async () => {
    const s = await setUp();
    const state = await s.must('apk.answer', { clientId: s.client.id, statementId: 'bv-digitaal', answer: 'nee', note: 'Werkt nooit met e-mail.' });
    const signal = state.signals.find((x) => x.id === 'basic-skills-insufficient');
    expect(signal).toMatchObject({
      pending: true,
      statementIds: ['bv-digitaal'],
      changes: [{ field: 'basicSkills.digital', value: 'insufficient' }],
    });
    expect(signal!.explanation).toMatch(/computer/);
    expect(state.progress.find((p) => p.sectionId === 'basisvaardigheden')).toEqual({ sectionId: 'basisvaardigheden', answered: 1, total: 4 });

    // Not applied by answering: the intake is unchanged.
    const before = await s.must('intake.get', { clientId: s.client.id });
    expect(before.basicSkills.digital).toBe('unknown');
    expect(before.version).toBe(1);

    const applied = await s.must('apk.applySignal', { clientId: s.client.id, signalId: 'basic-skills-insufficient', expectedIntakeVersion: 1 });
    expect(applied.applied).toEqual([{ field: 'basicSkills.digital', value: 'insufficient' }]);
    expect(applied.intake).toMatchObject({ version: 2, basicSkills: { language: 'unknown', numeracy: 'unknown', digital: 'insufficient' } });
    expect(applied.state.signals.find((x) => x.id === 'basic-skills-insufficient')!.pending).toBe(false);
    expect((await s.must('intake.get', { clientId: s.client.id })).basicSkills.digital).toBe('insufficient');
  });

  it('finds Tel mee met Taal € 1.000,00 (the maximum per participant) plus the employer share € 492,55, and says why STAP does not apply', async () => {
    const s = await setUp();
    await s.must('apk.answer', { clientId: s.client.id, statementId: 'bv-digitaal', answer: 'nee', note: '' });
    await s.must('apk.applySignal', { clientId: s.client.id, signalId: 'basic-skills-insufficient', expectedIntakeVersion: 1 });
    const training = await s.addTraining(s.client.id, basicSkillsTraining());

    const saved = await s.must('arrangements.save', { clientId: s.client.id, trainingId: training.id, referenceDate: '2022-01-15', overrides: [] });
    expect(saved.version).toBe(1);
    expect(saved.result.totalCostCents).toBe(150_000);
    expect(saved.result.lines.map((l) => [l.schemeId, l.kind, l.payer, l.amountCents])).toEqual([
      ['nl.tel-mee-met-taal', 'grant', 'Rijksoverheid (DUS-I)', 100_000],
      ['nl.tel-mee-met-taal', 'cofinancing', 'Werkgever', 49_255],
    ]);
    expect(saved.result.ownContributionCents).toBe(745);
    expect(saved.lineStatuses).toEqual({ 'nl.tel-mee-met-taal': 'concept' });
    expect(saved.case.basicSkills.digital).toBe('insufficient');
    expect(saved.case.client).toEqual({ birthDate: '1975-06-01', educationLevel: 'mbo2', region: 'twente' });
    expect(saved.packs.map((p) => p.id)).toEqual(['nl', 'regio.twente', 'sector']);

    const stap = saved.result.evaluations.find((e) => e.schemeId === 'nl.stap')!;
    expect(stap.eligible).toBe(false);
    expect(stap.reasons.filter((r) => !r.passed).length).toBeGreaterThan(0);
    expect(stap.reasons.find((r) => !r.passed)!.text).toMatch(/1 maart 2022/);

    // The employer applies for it in the 2022 tijdvak, which is open on the peildatum.
    expect(saved.actions).toEqual([
      expect.objectContaining({
        schemeId: 'nl.tel-mee-met-taal',
        who: 'Uw werkgever',
        url: 'https://www.dus-i.nl/subsidies/t/tel-mee-met-taal',
        applyBefore: '2022-02-28',
        tijdvak: { opens: '2022-01-01', closes: '2022-02-28' },
      }),
    ]);
    expect(saved.actions[0]!.documents.length).toBeGreaterThan(0);

    // It is on the dossier and reads back identically.
    const list = await s.must('arrangements.list', { clientId: s.client.id });
    expect(list).toEqual([
      expect.objectContaining({ id: saved.id, version: 1, trainingTitle: 'Digitale vaardigheden voor het werk', ownContributionCents: 745, totalCostCents: 150_000 }),
    ]);
    const read = await s.must('arrangements.get', { id: saved.id });
    const { versions, overrideHistory, ...plain } = read;
    expect(plain).toEqual(saved);
    expect(versions).toHaveLength(1);
    expect(overrideHistory).toEqual([]);
  });

  it('the client document states the amounts in Dutch notation and the action list', async () => {
    const s = await setUp();
    await s.must('apk.answer', { clientId: s.client.id, statementId: 'bv-digitaal', answer: 'nee', note: '' });
    await s.must('apk.applySignal', { clientId: s.client.id, signalId: 'basic-skills-insufficient', expectedIntakeVersion: 1 });
    const training = await s.addTraining(s.client.id, basicSkillsTraining());
    const saved = await s.must('arrangements.save', { clientId: s.client.id, trainingId: training.id, referenceDate: '2022-01-15', overrides: [] });

    const doc = await s.must('arrangements.document', { id: saved.id });
    expect(doc.fileName).toBe('arrangement-digitale-vaardigheden-voor-het-werk-2022-01-15-v1.pdf');
    const html = doc.html;
    expect(html).toContain('€ 1.000,00');
    expect(html).toContain('€ 492,55');
    expect(html).toContain('€ 1.500,00');
    expect(html).toContain('Jan Jansen');
    expect(html).toContain('Wat moet er nu gebeuren?');
    expect(html).toContain('Uw werkgever vraagt Tel mee met Taal (werkgeversregeling) aan.');
    expect(html).toContain('28-02-2022');
    expect(html).toContain('https://www.dus-i.nl/subsidies/t/tel-mee-met-taal');
    expect(html).toContain('U betaalt zelf <strong><span class="amount">€ 7,45</span></strong>.');
    // Self-contained: one inline style, no scripts, nothing loaded from anywhere.
    expect(html).toMatch(/<style>[\s\S]*@page \{ size: A4;/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|@import|url\(/i);
  });
});
