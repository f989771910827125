import { describe, expect, it } from 'vitest';
import { caseFileSchema } from '../../../shared/case/schema.ts';
import { defaultIntakeFields } from '../../../shared/contract/intake.ts';
import { readDateInput, readEuro, euroInputText } from '../../../renderer/i18n/parse.ts';
import { assembleCase } from '../../../shared/arrangements/case.ts';
import {
  emptyTraining, intakeResolverSchema, intakeToValues, situationNow, trainingNow, trainingToValues,
  type IntakeFormValues, type TrainingValues,
} from '../../../renderer/data/intakeForm.ts';

const basicSkillsTraining = (): TrainingValues => ({
  ...emptyTraining('2022-01-15'),
  title: 'Digitale basisvaardigheden',
  provider: 'Taalhuis',
  kind: 'basic-skills',
  purpose: 'basic-skills',
  startDate: '01-02-2022',
  endDate: '30-06-2022',
  costs: [{ category: 'tuition', amount: '1.500,00', vatIncluded: true, label: '' }],
});

const values = (): IntakeFormValues => ({ ...intakeToValues(defaultIntakeFields(), []), trainings: [basicSkillsTraining()] });

describe('Dutch input', () => {
  it('reads dates as dd-mm-jjjj and explains what is wrong', () => {
    expect(readDateInput('15-01-2022')).toEqual({ iso: '2022-01-15' });
    expect(readDateInput('5-3-1980')).toEqual({ iso: '1980-03-05' });
    expect(readDateInput('')).toBe('empty');
    expect(readDateInput('31-02-2022')).toEqual({ error: expect.stringContaining('bestaat niet') });
    expect(readDateInput('2022/01/15')).toEqual({ error: expect.stringContaining('dd-mm-jjjj') });
  });

  it('reads amounts in Dutch notation into cents and back', () => {
    expect(readEuro('1.500,00')).toEqual({ cents: 150_000 });
    expect(readEuro('1500')).toEqual({ cents: 150_000 });
    expect(readEuro('1.50')).toEqual({ error: expect.stringContaining('1.500,00') });
    expect(readEuro('-5')).toEqual({ error: expect.stringContaining('negatief') });
    expect(readEuro('2.000.000,00')).toEqual({ error: expect.stringContaining('te hoog') });
    expect(euroInputText(150_000)).toBe('1.500,00');
    expect(euroInputText(undefined)).toBe('');
  });
});

describe('intake form', () => {
  it('turns a filled-in form into intake fields and a case v1 training', () => {
    const parsed = intakeResolverSchema.safeParse(values());
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.fields).toEqual(defaultIntakeFields());
    const training = parsed.data.trainings[0]!.training;
    expect(training.costs).toEqual([{ category: 'tuition', amountCents: 150_000, vatIncluded: true }]);
    expect(training.startDate).toBe('2022-02-01');
    expect(training.mboPathway).toBeNull();
    const kase = assembleCase({ client: { birthDate: '1980-03-05', region: 'twente' }, intake: parsed.data.fields, training, referenceDate: '2022-01-15' });
    expect(caseFileSchema.safeParse(kase).success).toBe(true);
  });

  it('round-trips stored data through the form unchanged', () => {
    const parsed = intakeResolverSchema.safeParse(values());
    if (!parsed.success) throw new Error('fixture invalid');
    const training = parsed.data.trainings[0]!.training;
    const again = trainingNow(trainingToValues({ id: 't1', version: 3 }, training));
    expect(again).toEqual(training);
  });

  it('reports each problem at its own field, in Dutch', () => {
    const v = values();
    v.work.hoursPerWeek = '90';
    v.trainings[0]!.costs[0]!.amount = 'veel';
    v.trainings[0]!.endDate = '01-01-2022';
    v.trainings[0]!.title = '';
    const parsed = intakeResolverSchema.safeParse(v);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const byPath = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath['work.hoursPerWeek']).toMatch(/hoogstens 80/);
    expect(byPath['trainings.0.costs.0.amount']).toMatch(/1\.500,00/);
    expect(byPath['trainings.0.endDate']).toMatch(/vóór de startdatum/);
    expect(byPath['trainings.0.title']).toBe('Vul dit veld in.');
  });

  it('keeps the valid part usable for live matching while another part is being typed', () => {
    const v = values();
    v.work.hoursPerWeek = '3x';
    expect(situationNow(v)).toBeNull();
    expect(trainingNow(v.trainings[0])).not.toBeNull();
    v.work.hoursPerWeek = '32,5';
    expect(situationNow(v)?.work.hoursPerWeek).toBe(32.5);
  });
});
