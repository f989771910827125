// Candidate trainings the services tests share. Free of vitest, so a child process the tests
// start (test/crash/child.ts) can use the same one.
import type { Training } from '../../shared/case/schema.ts';

export const basicSkillsTraining = (overrides: Partial<Training> = {}): Training => ({
  title: 'Digitale vaardigheden voor het werk',
  provider: 'Taalhuis Enschede',
  kind: 'basic-skills',
  mboPathway: null,
  level: null,
  recognitions: [],
  purpose: 'basic-skills',
  kansberoep: false,
  jobGuarantee: false,
  startDate: '2022-03-07',
  endDate: '2022-06-30',
  costs: [{ category: 'tuition', amountCents: 150_000, vatIncluded: true }],
  ...overrides,
});
