// A realistic session for the session specs and screenshots, created through the bridge like the
// app does: an employed client in Twente whose digital skills are insufficient, three candidate
// trainings (a basic-skills course of € 1.500,00 among them) and, when asked, a saved arrangement.
import type { Training } from '../../shared/case/schema.ts';
import type { IntakeFields } from '../../shared/contract/intake.ts';
import type { OpOutput } from '../../shared/contract/index.ts';
import type { Services } from './fixtures.ts';

export const basicSkillsTraining: Training = {
  title: 'Digitale basisvaardigheden',
  provider: 'ROC van Twente',
  kind: 'basic-skills',
  mboPathway: null,
  level: null,
  recognitions: [],
  purpose: 'basic-skills',
  kansberoep: false,
  jobGuarantee: false,
  startDate: '2022-02-01',
  endDate: '2022-06-30',
  costs: [{ category: 'tuition', amountCents: 150_000, vatIncluded: true }],
};

export const otherTrainings: Training[] = [
  {
    title: 'Mbo-2 Logistiek medewerker',
    provider: 'ROC van Twente',
    kind: 'mbo-diploma',
    mboPathway: 'bol',
    level: 'mbo2',
    recognitions: ['ocw-diploma'],
    purpose: 'future-occupation',
    kansberoep: true,
    jobGuarantee: false,
    startDate: '2022-09-01',
    endDate: '2023-07-15',
    costs: [
      { category: 'tuition', amountCents: 126_000, vatIncluded: true },
      { category: 'materials', amountCents: 35_000, vatIncluded: true },
    ],
  },
  {
    title: 'Heftruckcertificaat',
    provider: 'Opleidingscentrum Oost',
    kind: 'certificate',
    mboPathway: null,
    level: null,
    recognitions: ['branche-erkend'],
    purpose: 'current-job',
    kansberoep: false,
    jobGuarantee: false,
    startDate: '2022-03-07',
    endDate: '2022-03-11',
    costs: [
      { category: 'tuition', amountCents: 89_500, vatIncluded: true },
      { category: 'exam', amountCents: 12_500, vatIncluded: true },
    ],
  },
];

export const employedIntake: IntakeFields = {
  educationLevel: 'vmbo',
  work: {
    status: 'employed',
    contract: 'permanent',
    hoursPerWeek: 32,
    employmentStartDate: '2015-03-01',
    employerSize: 45,
    sectorFund: null,
    benefit: 'none',
    dismissalNotice: false,
  },
  studentFinance: { studiefinanciering: false, wtos: false, lerarenbeurs: false },
  basicSkills: { language: 'sufficient', numeracy: 'sufficient', digital: 'insufficient' },
  schemesUsed: [],
};

/** The value of a bridge call that must succeed; `what` names it in the error. */
export const must = <T>(what: string, result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(`${what} failed: ${result.error.message}`);
  return result.value;
};

export interface SeededSession {
  readonly client: OpOutput<'clients.get'>;
  readonly trainings: OpOutput<'trainings.list'>;
  readonly arrangement: OpOutput<'arrangements.save'> | null;
}

export const seedSession = async (
  services: Services,
  options: { allTrainings?: boolean; arrangement?: boolean; adviserName?: string; digital?: IntakeFields['basicSkills']['digital'] } = {},
): Promise<SeededSession> => {
  const client = must(
    'clients.create',
    await services.call('clients.create', { displayName: 'Fatma Ünal', birthDate: '1978-04-12', region: 'twente', adviserReference: 'LWL-2022-014', note: null }),
  );
  const fields = options.digital ? { ...employedIntake, basicSkills: { ...employedIntake.basicSkills, digital: options.digital } } : employedIntake;
  const added = (options.allTrainings ? [basicSkillsTraining, ...otherTrainings] : [basicSkillsTraining]).map((training, i) => ({ key: `t${i}`, training }));
  const { trainings } = must(
    'intake.save',
    await services.call('intake.save', { clientId: client.id, expectedVersion: 0, fields, trainings: { added, changed: [], removed: [] } }),
  );
  if (options.adviserName) must('settings.update', await services.call('settings.update', { adviserName: options.adviserName }));
  const arrangement = options.arrangement
    ? must(
        'arrangements.save',
        await services.call('arrangements.save', { clientId: client.id, trainingId: trainings[0]!.id, referenceDate: '2022-01-15', overrides: [] }),
      )
    : null;
  return { client, trainings, arrangement };
};

/** Text as Chromium's PDF and Intl may write it: non-breaking and narrow spaces become plain spaces. */
export const normaliseSpaces = (text: string): string => text.replace(/[\u00a0\u202f\u2007]/g, ' ');
