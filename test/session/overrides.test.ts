// Adviser overrides: each needs a reason, is checked against what the scheme allows, and is
// recorded with who and when; a refused save stores nothing.
import { describe, expect, it } from 'vitest';
import { defaultIntakeFields } from '../../shared/contract/intake.ts';
import { basicSkillsTraining, sampleFields, sessionServices } from './helpers.ts';

async function ready(adviserName: string | null = 'Fatima el Idrissi') {
  const s = sessionServices();
  if (adviserName) await s.must('settings.update', { adviserName });
  const client = await s.must('clients.create', sampleFields({ birthDate: '1975-06-01', region: 'twente' }));
  const fields = defaultIntakeFields();
  fields.work = { ...fields.work, employmentStartDate: '2015-09-01' };
  fields.basicSkills = { language: 'unknown', numeracy: 'unknown', digital: 'insufficient' };
  await s.must('intake.save', { clientId: client.id, expectedVersion: 0, fields });
  const training = await s.addTraining(client.id, basicSkillsTraining());
  const base = { clientId: client.id, trainingId: training.id, referenceDate: '2022-01-15' };
  const count = () => s.store.sqlite.prepare('SELECT (SELECT count(*) FROM arrangements) + (SELECT count(*) FROM arrangement_versions) AS n').get() as { n: number };
  return { ...s, client, training, base, count };
}

describe('overrides', () => {
  it('refuses an override without a reason (or with a too short one) and stores nothing', async () => {
    const s = await ready();
    const missing = await s.refused('arrangements.save', {
      ...s.base,
      overrides: [{ kind: 'exclude-scheme', schemeId: 'nl.tel-mee-met-taal' } as never],
    });
    expect(missing.code).toBe('invalid-input');
    expect(missing.issues).toEqual([{ path: 'overrides.0.reason', message: 'Geef een reden voor deze aanpassing.' }]);

    const short = await s.refused('arrangements.save', {
      ...s.base,
      overrides: [{ kind: 'employer-contribution', amountCents: 10_000, reason: '  ok ' }],
    });
    expect(short.issues).toEqual([{ path: 'overrides.0.reason', message: 'Geef een reden voor deze aanpassing.' }]);
    expect(s.count().n).toBe(0);
  });

  it('records an override with its reason, who and when, and shows it in the history', async () => {
    const s = await ready();
    const v1 = await s.must('arrangements.save', { ...s.base, overrides: [] });
    const v2 = await s.must('arrangements.save', {
      ...s.base,
      arrangementId: v1.id,
      expectedVersion: 1,
      overrides: [{ kind: 'employer-contribution', amountCents: 20_000, reason: 'Werkgever betaalt ook het examen.' }],
    });
    expect(v2.version).toBe(2);
    expect(v2.overrides).toEqual([
      { kind: 'employer-contribution', amountCents: 20_000, reason: 'Werkgever betaalt ook het examen.', by: 'Fatima el Idrissi', at: v2.savedAt },
    ]);
    expect(v2.savedBy).toBe('Fatima el Idrissi');
    // The override is applied to a copy of the case, not to the stored snapshot.
    expect(v2.case.training.employerContributionCents).toBeUndefined();

    // Saved again unchanged by a colleague: the override keeps its original who/when.
    await s.must('settings.update', { adviserName: 'Kees Bakker' });
    const v3 = await s.must('arrangements.save', {
      ...s.base,
      arrangementId: v1.id,
      expectedVersion: 2,
      overrides: [
        { kind: 'employer-contribution', amountCents: 20_000, reason: 'Werkgever betaalt ook het examen.' },
        { kind: 'exclude-scheme', schemeId: 'nl.werkgever', reason: 'Werkgever trekt toezegging in.' },
      ],
    });
    expect(v3.overrides[0]).toEqual(v2.overrides[0]);
    expect(v3.overrides[1]).toMatchObject({ by: 'Kees Bakker', at: v3.savedAt });
    expect(v3.result.lines.some((l) => l.schemeId === 'nl.werkgever')).toBe(false);

    const v4 = await s.must('arrangements.save', { ...s.base, arrangementId: v1.id, expectedVersion: 3, overrides: [] });
    const detail = await s.must('arrangements.get', { id: v1.id });
    expect(detail.version).toBe(4);
    expect(detail.overrideHistory).toEqual([
      { version: 2, change: 'added', by: 'Fatima el Idrissi', at: v2.savedAt, override: v2.overrides[0] },
      { version: 3, change: 'added', by: 'Kees Bakker', at: v3.savedAt, override: v3.overrides[1] },
      { version: 4, change: 'removed', by: 'Kees Bakker', at: v4.savedAt, override: v2.overrides[0] },
      { version: 4, change: 'removed', by: 'Kees Bakker', at: v4.savedAt, override: v3.overrides[1] },
    ]);
  });

  it('refuses a limit above what the scheme allows for this case, naming the maximum', async () => {
    const s = await ready();
    const error = await s.refused('arrangements.save', {
      ...s.base,
      overrides: [{ kind: 'limit-amount', schemeId: 'nl.tel-mee-met-taal', amountCents: 100_501, reason: 'Proberen wat kan.' }],
    });
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([
      {
        path: 'overrides.0.amountCents',
        message: 'Tel mee met Taal (werkgeversregeling) betaalt voor deze situatie hoogstens € 1.000,00. Kies een bedrag tot en met € 1.000,00.',
      },
    ]);
    expect(s.count().n).toBe(0);
  });

  it('applies a limit within the maximum as an extra cap marked as the adviser\'s', async () => {
    const s = await ready();
    const saved = await s.must('arrangements.save', {
      ...s.base,
      overrides: [{ kind: 'limit-amount', schemeId: 'nl.tel-mee-met-taal', amountCents: 80_000, reason: 'Budget werkgever is beperkt.' }],
    });
    const grant = saved.result.lines.find((l) => l.schemeId === 'nl.tel-mee-met-taal' && l.kind === 'grant')!;
    expect(grant.amountCents).toBe(80_000);
    expect(saved.result.ownContributionCents).toBeGreaterThan(0);
  });

  it('refuses overrides on unknown or non-fitting schemes and an employer contribution above the cost', async () => {
    const s = await ready();
    const error = await s.refused('arrangements.save', {
      ...s.base,
      overrides: [
        { kind: 'exclude-scheme', schemeId: 'nl.bestaat-niet', reason: 'Typefout van de adviseur.' },
        { kind: 'limit-amount', schemeId: 'nl.stap', amountCents: 100, reason: 'STAP beperken.' },
        { kind: 'employer-contribution', amountCents: 150_001, reason: 'Te veel toegezegd.' },
      ],
    });
    expect(error.issues?.map((i) => i.path)).toEqual(['overrides.0.schemeId', 'overrides.1.schemeId', 'overrides.2.amountCents']);
    expect(error.issues?.[2]?.message).toContain('€ 1.500,00');
    expect(s.count().n).toBe(0);
  });

  it('refuses a new override while the adviser name is not set, and nothing is stored', async () => {
    const s = await ready(null);
    const error = await s.refused('arrangements.save', {
      ...s.base,
      overrides: [{ kind: 'employer-contribution', amountCents: 10_000, reason: 'Werkgever betaalt mee.' }],
    });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/Vul eerst uw naam in bij Instellingen/);
    expect(s.count().n).toBe(0);
    // Without overrides saving is fine: nobody deviated from the matcher.
    await s.must('arrangements.save', { ...s.base, overrides: [] });
  });

  it('takes who saved from the settings, never from the caller', async () => {
    const s = await ready();
    const named = await s.refused('arrangements.save', { ...s.base, overrides: [], adviserName: 'Iemand anders' } as never);
    expect(named.code).toBe('invalid-input');
    expect(named.issues?.[0]?.path).toBe('');
    expect(s.count().n).toBe(0);
    const saved = await s.must('arrangements.save', {
      ...s.base,
      overrides: [{ kind: 'employer-contribution', amountCents: 10_000, reason: 'Werkgever betaalt mee.' }],
    });
    expect(saved.savedBy).toBe('Fatima el Idrissi');
    expect(saved.overrides[0]).toMatchObject({ by: 'Fatima el Idrissi' });
  });

  it('saves with the line statuses the screen holds in one call, dropping those of lines an override left out', async () => {
    const s = await ready();
    const v1 = await s.must('arrangements.save', { ...s.base, overrides: [], lineStatuses: { 'nl.tel-mee-met-taal': 'besproken' } });
    expect(v1.lineStatuses['nl.tel-mee-met-taal']).toBe('besproken');
    const v2 = await s.must('arrangements.save', {
      ...s.base,
      arrangementId: v1.id,
      expectedVersion: 1,
      overrides: [{ kind: 'exclude-scheme', schemeId: 'nl.tel-mee-met-taal', reason: 'Cliënt kiest een andere cursus.' }],
      lineStatuses: v1.lineStatuses,
    });
    expect(v2.result.lines.some((l) => l.schemeId === 'nl.tel-mee-met-taal')).toBe(false);
    expect(Object.keys(v2.lineStatuses)).not.toContain('nl.tel-mee-met-taal');
    // A status for a scheme that was never in the arrangement is still refused.
    const unknown = await s.refused('arrangements.save', {
      ...s.base,
      arrangementId: v1.id,
      expectedVersion: 2,
      overrides: v2.overrides.map(({ by: _b, at: _a, ...o }) => o),
      lineStatuses: { 'nl.stap': 'besproken' },
    });
    expect(unknown.issues).toEqual([{ path: 'lineStatuses.nl.stap', message: 'Deze regeling staat niet in het arrangement.' }]);
  });
});
