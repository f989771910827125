// Issue 12, item 1: "Nieuwste versie ophalen" merges instead of writing the whole typed form back.
import { describe, expect, it } from 'vitest';
import { defaultIntakeFields } from '../../../shared/contract/intake.ts';
import { emptyTraining, intakeToValues, type IntakeFormValues, type TrainingValues } from '../../../renderer/data/intakeForm.ts';
import { choose, mergeIntakeValues } from '../../../renderer/data/intakeMerge.ts';
import { intakeChanges } from '../../../renderer/data/intakeChanges.ts';
import { conflictQuestion, conflictValue } from '../../../renderer/features/intake/conflictText.ts';

const training = (id: string, title: string, version = 1): TrainingValues => ({
  ...emptyTraining('2022-01-15'),
  recordId: id,
  recordVersion: version,
  title,
  kind: 'certificate',
  purpose: 'current-job',
});

const opened = (): IntakeFormValues => ({ ...intakeToValues(defaultIntakeFields(), []), trainings: [training('t1', 'Heftruck'), training('t2', 'Excel')] });
const names = { fund: (id: string) => id.toUpperCase(), scheme: (id: string) => id };

describe('merging the intake form after a conflict', () => {
  it("keeps the other window's change to a field the adviser did not touch, and the adviser's own change", () => {
    const base = opened();
    const theirs = structuredClone(base);
    theirs.work.contract = 'temporary';
    const mine = structuredClone(base);
    mine.work.employerSize = '250';
    const { merged, conflicts } = mergeIntakeValues(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.work.contract).toBe('temporary');
    expect(merged.work.employerSize).toBe('250');
  });

  it('writing the typed form back, as before, would have undone the other change', () => {
    const base = opened();
    const theirs = structuredClone(base);
    theirs.work.contract = 'temporary';
    const mine = structuredClone(base);
    mine.work.employerSize = '250';
    // What the old "uw tekst blijft staan" saved: the adviser's whole form.
    expect(mine.work.contract).toBe('permanent');
    expect(mergeIntakeValues(base, mine, theirs).merged.work.contract).toBe('temporary');
  });

  it('shows a field both changed differently as a conflict with both values, and the choice decides', () => {
    const base = opened();
    const theirs = structuredClone(base);
    theirs.work.contract = 'temporary';
    const mine = structuredClone(base);
    mine.work.contract = 'agency';
    const { merged, conflicts } = mergeIntakeValues(base, mine, theirs);
    expect(conflicts).toHaveLength(1);
    const [c] = conflicts;
    expect(c!.path).toEqual(['work', 'contract']);
    expect(conflictQuestion(c!, merged)).toBe('Soort contract');
    expect(conflictValue(c!, 'mine', names)).toBe('Uitzendcontract');
    expect(conflictValue(c!, 'theirs', names)).toBe('Tijdelijk contract');
    expect(choose(merged, c!, 'mine').work.contract).toBe('agency');
    expect(choose(merged, c!, 'theirs').work.contract).toBe('temporary');
  });

  it('merges trainings per record: fields per side, new versions, added and removed rows', () => {
    const base = opened();
    const theirs = structuredClone(base);
    theirs.trainings[0] = { ...theirs.trainings[0]!, provider: 'Opleidingscentrum Oost', recordVersion: 2 };
    theirs.trainings.push(training('t3', 'Veiligheid (VCA)'));
    const mine = structuredClone(base);
    mine.trainings[0]!.title = 'Heftruckcertificaat';
    mine.trainings.push({ ...emptyTraining('2022-01-15'), title: 'Nieuw' });
    const { merged, conflicts } = mergeIntakeValues(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.trainings.map((r) => r.title)).toEqual(['Heftruckcertificaat', 'Excel', 'Nieuw', 'Veiligheid (VCA)']);
    expect(merged.trainings[0]).toMatchObject({ provider: 'Opleidingscentrum Oost', recordVersion: 2 });
  });

  it('a training removed on one side and changed on the other is the adviser’s to decide', () => {
    const base = opened();
    const theirs = structuredClone(base);
    theirs.trainings.splice(1, 1);
    const mine = structuredClone(base);
    mine.trainings[1]!.title = 'Excel voor gevorderden';
    const { merged, conflicts } = mergeIntakeValues(base, mine, theirs);
    expect(conflicts).toHaveLength(1);
    expect(conflictQuestion(conflicts[0]!, merged)).toBe('De opleiding ‘Excel voor gevorderden’');
    expect(conflictValue(conflicts[0]!, 'theirs', names)).toBe('verwijderd');
    expect(choose(merged, conflicts[0]!, 'theirs').trainings.map((r) => r.title)).toEqual(['Heftruck']);
    expect(choose(merged, conflicts[0]!, 'mine').trainings.map((r) => r.title)).toEqual(['Heftruck', 'Excel voor gevorderden']);
  });

  it('a training field both changed names the training', () => {
    const base = opened();
    const theirs = structuredClone(base);
    theirs.trainings[0]!.startDate = '01-03-2022';
    const mine = structuredClone(base);
    mine.trainings[0]!.startDate = '07-03-2022';
    const { merged, conflicts } = mergeIntakeValues(base, mine, theirs);
    expect(conflicts.map((c) => c.path)).toEqual([['trainings', 't1', 'startDate']]);
    expect(conflictQuestion(conflicts[0]!, merged)).toBe('Startdatum van de opleiding ‘Heftruck’');
    expect(choose(merged, conflicts[0]!, 'mine').trainings[0]!.startDate).toBe('07-03-2022');
  });

  it('a version-0 intake opens empty: anything the other window answered is taken where the adviser left it open', () => {
    const stored0 = { ...defaultIntakeFields(), clientId: 'c', version: 0, updatedAt: null };
    const base = intakeToValues(stored0, []);
    expect(base.educationLevel).toBe('');
    expect(base.work).toMatchObject({ status: '', contract: '', hoursPerWeek: '', benefit: '' });
    const theirs = intakeToValues({ ...stored0, version: 1 }, []);
    const mine = structuredClone(base);
    mine.work.status = 'job-seeker';
    const { merged, conflicts } = mergeIntakeValues(base, mine, theirs);
    expect(merged.educationLevel).toBe('mbo2');
    expect(conflicts.map((c) => c.path)).toEqual([['work', 'status']]);
  });

  it('the merged form saves against the newest versions', () => {
    const stored = { intake: { ...defaultIntakeFields(), clientId: 'c', version: 3, updatedAt: null }, trainings: [] };
    const save = intakeChanges(stored, { fields: defaultIntakeFields(), trainings: [] });
    expect(save.expectedVersion).toBe(3);
  });
});
