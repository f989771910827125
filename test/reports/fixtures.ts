// Two advisers' laptops, filled through the real services the way advisers fill them: clients
// with names, birth dates and notes, an intake, a candidate training with a title and provider,
// an arrangement on a peildatum, sometimes an adjustment with a reason, and status changes.
// Everything personal is kept in `secrets`, so the bundle scan can look for each of them.
import type { Training } from '../../shared/case/schema.ts';
import type { ArrangementVersion } from '../../shared/contract/arrangements.ts';
import { defaultIntakeFields } from '../../shared/contract/intake.ts';
import { sessionServices } from '../session/helpers.ts';

export type Services = ReturnType<typeof sessionServices>;

export interface Laptop {
  s: Services;
  /** The latest version of every arrangement made. */
  arrangements: ArrangementVersion[];
  /** Names, birth dates, notes, training titles, providers, reasons, the adviser's name. */
  secrets: string[];
}

const trainings: ((i: number) => Training)[] = [
  (i) => ({
    title: `Digitale vaardigheden groep ${i} Zonnebloem`,
    provider: `Taalhuis Kwartel ${i}`,
    kind: 'basic-skills',
    mboPathway: null,
    level: null,
    recognitions: [],
    purpose: 'basic-skills',
    kansberoep: false,
    jobGuarantee: false,
    startDate: '2026-04-06',
    endDate: '2026-06-30',
    costs: [{ category: 'tuition', amountCents: 120_000 + i * 100, vatIncluded: true }],
  }),
  (i) => ({
    title: `Monteur elektrotechniek Vlinderhof ${i}`,
    provider: `ROC Meerkoet ${i}`,
    kind: 'mbo-diploma',
    mboPathway: 'bbl',
    level: 'mbo3',
    recognitions: ['ocw-diploma'],
    purpose: 'future-occupation',
    kansberoep: true,
    jobGuarantee: false,
    startDate: '2026-09-01',
    endDate: '2027-07-15',
    costs: [{ category: 'tuition', amountCents: 135_000, vatIncluded: true }, { category: 'materials', amountCents: 20_000 + i * 10, vatIncluded: true }],
    tuitionKind: 'wettelijk',
  }),
  (i) => ({
    title: `Leidinggeven Egelpad ${i}`,
    provider: `Academie Bosuil ${i}`,
    kind: 'course',
    mboPathway: null,
    level: null,
    recognitions: ['nrto-keurmerk'],
    purpose: 'current-job',
    kansberoep: false,
    jobGuarantee: false,
    startDate: '2026-05-01',
    endDate: '2026-07-01',
    costs: [{ category: 'tuition', amountCents: 89_500, vatIncluded: true }],
  }),
];

const MONTHS = ['2026-01-14', '2026-02-11', '2026-03-18'];
const STATUSES = ['concept', 'besproken', 'aangevraagd', 'toegekend', 'afgewezen'] as const;

/** Builds one adviser's laptop with `count` arrangements; `seed` varies who gets what. */
export async function buildLaptop(adviser: string, count: number, seed: number): Promise<Laptop> {
  const s = sessionServices();
  const secrets: string[] = [adviser];
  await s.must('settings.update', { adviserName: adviser });
  const arrangements: ArrangementVersion[] = [];
  for (let i = 0; i < count; i++) {
    const k = i + seed;
    const name = `Cliënt${seed}x${i} Wolkenveld`;
    const birthDate = `${1960 + (k % 40)}-0${1 + (k % 9)}-${String(10 + (k % 18)).padStart(2, '0')}`;
    const note = `Geheime notitie ${seed}-${i}: wil graag verhuizen naar Lutjebroek.`;
    const region = k % 3 === 0 ? 'groningen' : 'twente';
    secrets.push(name, birthDate, birthDate.split('-').reverse().join('-'), note);
    const client = await s.must('clients.create', { displayName: name, birthDate, region, adviserReference: `REF-${seed}-${i}`, note });
    const fields = defaultIntakeFields();
    fields.educationLevel = k % 4 === 0 ? 'vmbo' : k % 4 === 1 ? 'mbo2' : k % 4 === 2 ? 'havo' : 'mbo4';
    if (k % 2 === 0) fields.basicSkills.digital = 'insufficient';
    if (k % 5 === 0) fields.work.sectorFund = 'oom';
    if (k % 7 === 0) fields.work = { ...fields.work, status: 'job-seeker', contract: 'none', hoursPerWeek: 0, benefit: 'ww' };
    await s.must('intake.save', { clientId: client.id, expectedVersion: 0, fields });
    const training = trainings[k % trainings.length]!(i);
    secrets.push(training.title, training.provider);
    const added = await s.addTraining(client.id, training);
    const reason = `Afspraak met werkgever Kievitsbloem ${seed}-${i}`;
    const overrides = k % 6 === 1 ? [{ kind: 'employer-contribution' as const, amountCents: 10_000, reason }] : [];
    if (overrides.length) secrets.push(reason);
    let saved = await s.must('arrangements.save', { clientId: client.id, trainingId: added.id, referenceDate: MONTHS[k % MONTHS.length]!, overrides });
    const status = STATUSES[(k * 7) % STATUSES.length]!;
    if (status !== 'concept') saved = await s.must('arrangements.setStatus', { id: saved.id, expectedVersion: saved.version, status });
    arrangements.push(saved);
  }
  return { s, arrangements, secrets };
}
