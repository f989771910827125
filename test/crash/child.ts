// The writer the crash harness kills (harness.ts). It opens the data folder the way browser mode
// does (key file, encrypted store) and does adviser actions through the real services, each one
// contract operation and so one transaction, until it is killed with SIGKILL. After each
// committed unit of work it writes one line to stdout with a blocking write, so every line the
// harness receives names a commit that must survive:
//   client <id> <marker>                     clients.create
//   intake <clientId> <version> <id,id>      intake.save that added two trainings
//   arrangement <id> <version>               arrangements.save (new, or a new version)
// The invariants the harness checks follow from what the child does: every intake save adds
// exactly two trainings (so trainings = 2 × intake version), and arrangement versions count up.
//   node child.mjs <dataDir> <run> <seed>
import { writeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createServices } from '../../electron/services/index.ts';
import { openDataStore } from '../../electron/keys/open-data-store.ts';
import type { Training } from '../../shared/case/schema.ts';
import { defaultIntakeFields } from '../../shared/contract/intake.ts';
import type { OpInput, OpName, OpOutput } from '../../shared/contract/index.ts';
import { basicSkillsTraining } from '../helpers/trainings.ts';

const [dataDir, runArg, seedArg] = process.argv.slice(2);
if (!dataDir || !runArg || !seedArg) throw new Error('usage: child <dataDir> <run> <seed>');
const run = Number(runArg);

// mulberry32: a seeded generator, so a failing run can be repeated with its seed.
let state = Number(seedArg) >>> 0;
const random = (): number => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const report = (line: string): void => {
  writeSync(1, `${line}\n`);
};

const store = openDataStore(dataDir);
const services = createServices(store, { now: () => new Date().toISOString(), newId: () => randomUUID() }, { log: () => {} });
const must = async <K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>> => {
  const result = await services.dispatch(op, input);
  if (!result.ok) throw new Error(`${op}: ${JSON.stringify(result.error)}`);
  return result.value as OpOutput<K>;
};

const training = (title: string): Training =>
  basicSkillsTraining({ title, costs: [{ category: 'tuition', amountCents: 150_000 + Math.floor(random() * 100_000), vatIncluded: true }] });

interface Dossier {
  id: string;
  intakeVersion: number;
  hours: number;
  trainingIds: string[];
  arrangement: { id: string; version: number; trainingId: string } | null;
}
const dossiers: Dossier[] = [];
report('open');

for (let n = 0; ; n++) {
  const pick = random();
  const dossier = dossiers.length > 0 ? dossiers[Math.floor(random() * dossiers.length)]! : null;
  if (!dossier || pick < 0.2) {
    // A marker token the FTS index must find: one word, unique per run and dossier.
    const marker = `r${run}n${n}`;
    const client = await must('clients.create', {
      displayName: `Crash ${marker} de Vries`,
      birthDate: '1980-04-12',
      region: 'twente',
      adviserReference: `CT-${run}-${n}`,
      note: random() < 0.5 ? null : `Notitie ${'x'.repeat(Math.floor(random() * 1900))}`,
    });
    dossiers.push({ id: client.id, intakeVersion: 0, hours: 0, trainingIds: [], arrangement: null });
    report(`client ${client.id} ${marker}`);
  } else if (dossier.trainingIds.length === 0 || pick < 0.6) {
    const fields = defaultIntakeFields();
    // Always a different situation: intake.save writes the situation (and counts its version
    // up) only when it changed, and the harness's invariant is trainings = 2 × version.
    dossier.hours = (dossier.hours % 40) + 1;
    fields.work.hoursPerWeek = dossier.hours;
    fields.work.benefit = random() < 0.5 ? 'none' : 'ww';
    const saved = await must('intake.save', {
      clientId: dossier.id,
      expectedVersion: dossier.intakeVersion,
      fields,
      trainings: {
        added: [
          { key: 'a', training: training(`Digitale vaardigheden ${n}`) },
          { key: 'b', training: training(`Rekenen ${n}`) },
        ],
        changed: [],
        removed: [],
      },
    });
    const added = [saved.addedIds['a']!, saved.addedIds['b']!];
    dossier.intakeVersion = saved.intake.version;
    dossier.trainingIds.push(...added);
    report(`intake ${dossier.id} ${saved.intake.version} ${added.join(',')}`);
  } else {
    const trainingId = dossier.arrangement?.trainingId ?? dossier.trainingIds[Math.floor(random() * dossier.trainingIds.length)]!;
    const saved = await must('arrangements.save', {
      clientId: dossier.id,
      trainingId,
      referenceDate: '2022-01-15',
      overrides: [],
      ...(dossier.arrangement ? { arrangementId: dossier.arrangement.id, expectedVersion: dossier.arrangement.version } : {}),
    });
    dossier.arrangement = { id: saved.id, version: saved.version, trainingId };
    report(`arrangement ${saved.id} ${saved.version}`);
  }
}
