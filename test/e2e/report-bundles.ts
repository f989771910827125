// Two advisers' report bundles for the Rapportages end-to-end test, made the way advisers make
// them: each adviser's own services over their own (in-memory) database, with clients, an
// intake, a training and an arrangement per client, then "Rapportagebestand maken". Run as a
// separate Node process (the test starts it), so the Playwright runner never loads the store:
//   node --import tsx test/e2e/report-bundles.ts OUT_DIR
// writes OUT_DIR/rapportage-adviseur-a.json and OUT_DIR/rapportage-adviseur-b.json.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openStore } from '../../db/open.ts';
import { createServices } from '../../electron/services/index.ts';
import type { Training } from '../../shared/case/schema.ts';
import { defaultIntakeFields } from '../../shared/contract/intake.ts';
import type { OpInput, OpName, OpOutput, Result } from '../../shared/contract/index.ts';

const trainings: ((i: number) => Training)[] = [
  (i) => ({
    title: `Digitale vaardigheden groep ${i}`,
    provider: 'Taalhuis Oost',
    kind: 'basic-skills',
    mboPathway: null,
    level: null,
    recognitions: [],
    purpose: 'basic-skills',
    kansberoep: false,
    jobGuarantee: false,
    startDate: '2023-04-03',
    endDate: '2023-06-30',
    costs: [{ category: 'tuition', amountCents: 120_000 + i * 100, vatIncluded: true }],
  }),
  (i) => ({
    title: `Monteur elektrotechniek ${i}`,
    provider: 'ROC Oost',
    kind: 'mbo-diploma',
    mboPathway: 'bbl',
    level: 'mbo3',
    recognitions: ['ocw-diploma'],
    purpose: 'future-occupation',
    kansberoep: true,
    jobGuarantee: false,
    startDate: '2023-09-01',
    endDate: '2024-07-15',
    costs: [{ category: 'tuition', amountCents: 135_000, vatIncluded: true }, { category: 'materials', amountCents: 20_000 + i * 10, vatIncluded: true }],
    tuitionKind: 'wettelijk',
  }),
  (i) => ({
    title: `Leidinggeven ${i}`,
    provider: 'Academie Noord',
    kind: 'course',
    mboPathway: null,
    level: null,
    recognitions: ['nrto-keurmerk'],
    purpose: 'current-job',
    kansberoep: false,
    jobGuarantee: false,
    startDate: '2023-05-01',
    endDate: '2023-07-01',
    costs: [{ category: 'tuition', amountCents: 89_500, vatIncluded: true }],
  }),
];

// Peildata in early 2023, when more of the shipped schemes were open (STAP, Tel mee met Taal, NL Leert Door).
const DATES = ['2023-01-18', '2023-02-15', '2023-03-15'];
const STATUSES = ['concept', 'besproken', 'aangevraagd', 'toegekend', 'afgewezen'] as const;

async function adviserBundle(adviser: string, seed: number, count: number): Promise<string> {
  const store = openStore(':memory:');
  let time = Date.parse('2023-03-20T09:00:00.000Z');
  let nextId = 1;
  const clock = { now: () => new Date((time += 1000)).toISOString(), newId: () => `${adviser}-${nextId++}` };
  const services = createServices(store, clock, { log: () => {} });
  const must = async <K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>> => {
    const r = (await services.dispatch(op, input)) as Result<OpOutput<K>>;
    if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
    return r.value;
  };
  try {
    await must('settings.update', { adviserName: `Adviseur ${adviser}` });
    for (let i = 0; i < count; i++) {
      const k = i + seed;
      const client = await must('clients.create', {
        displayName: `Cliënt ${adviser} ${i}`,
        birthDate: `${1965 + (k % 35)}-0${1 + (k % 9)}-1${k % 9}`,
        region: k % 4 === 3 ? 'groningen' : 'twente',
        adviserReference: '',
        note: null,
      });
      const fields = defaultIntakeFields();
      fields.educationLevel = k % 4 === 0 ? 'vmbo' : k % 4 === 1 ? 'mbo2' : k % 4 === 2 ? 'havo' : 'mbo4';
      if (k % 2 === 0) fields.basicSkills.digital = 'insufficient';
      if (k % 5 === 0) fields.work.sectorFund = 'oom';
      if (k % 7 === 0) fields.work = { ...fields.work, status: 'job-seeker', contract: 'none', hoursPerWeek: 0, benefit: 'ww' };
      const saved = await must('intake.save', {
        clientId: client.id,
        expectedVersion: 0,
        fields,
        trainings: { added: [{ key: 'new', training: trainings[k % trainings.length]!(i) }], changed: [], removed: [] },
      });
      const trainingId = saved.addedIds['new']!;
      let arrangement = await must('arrangements.save', { clientId: client.id, trainingId, referenceDate: DATES[[0, 1, 1, 2, 2, 2, 2][k % 7]!]!, overrides: [] });
      const status = STATUSES[(k * 7) % STATUSES.length]!;
      if (status !== 'concept') arrangement = await must('arrangements.setStatus', { id: arrangement.id, expectedVersion: arrangement.version, status });
    }
    const bundle = await must('reports.exportBundle', { from: '2023-01-01', to: '2023-03-31' });
    return bundle.json;
  } finally {
    await services.stop();
    store.close();
  }
}

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: report-bundles.ts OUT_DIR');
writeFileSync(path.join(outDir, 'rapportage-adviseur-a.json'), await adviserBundle('a', 0, 36));
writeFileSync(path.join(outDir, 'rapportage-adviseur-b.json'), await adviserBundle('b', 5, 30));
