// dossier.open: everything one dossier's screens show, in one call and from one moment.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { KyselyPlugin } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { dbMessages } from '../../db/messages.ts';
import { openStore, type Store } from '../../db/open.ts';
import { createServices } from '../../electron/services/index.ts';
import { defaultIntakeFields } from '../../shared/contract/intake.ts';
import type { OpName, OpOutput } from '../../shared/contract/index.ts';
import { fakeContext, sampleFields } from '../helpers/store.ts';
import { basicSkillsTraining, referencePacks, sessionServices } from './helpers.ts';

async function fullDossier() {
  const s = sessionServices();
  await s.must('settings.update', { adviserName: 'Fatima el Idrissi' });
  const client = await s.must('clients.create', sampleFields({ birthDate: '1975-06-01', region: 'twente' }));
  const fields = defaultIntakeFields();
  fields.basicSkills.digital = 'insufficient';
  const saved = await s.must('intake.save', {
    clientId: client.id,
    expectedVersion: 0,
    fields,
    trainings: { added: [{ key: 'a', training: basicSkillsTraining() }, { key: 'b', training: basicSkillsTraining({ title: 'Rekenen' }) }], changed: [], removed: [] },
  });
  await s.must('apk.answer', { clientId: client.id, statementId: 'bv-digitaal', answer: 'nee', note: '' });
  await s.must('arrangements.save', { clientId: client.id, trainingId: saved.trainings[0]!.id, referenceDate: '2022-01-15', overrides: [] });
  return { ...s, client };
}

describe('dossier.open', () => {
  it('answers what the separate reads answer, in one call', async () => {
    const s = await fullDossier();
    const clientId = s.client.id;
    const opened = await s.must('dossier.open', { clientId });
    expect(opened).toEqual({
      client: await s.must('clients.get', { id: clientId }),
      intake: await s.must('intake.get', { clientId }),
      trainings: await s.must('trainings.list', { clientId }),
      apk: await s.must('apk.get', { clientId }),
      arrangements: await s.must('arrangements.list', { clientId }),
      settings: await s.must('settings.get', {}),
    });
    expect(opened.trainings).toHaveLength(2);
    expect(opened.arrangements).toHaveLength(1);
    expect(opened.apk.signals.map((x) => x.id)).toEqual(['basic-skills-insufficient']);
    expect(opened.settings.adviserName).toBe('Fatima el Idrissi');
  });

  it('opens a new dossier with the defaults, and an archived one too (reading is allowed)', async () => {
    const s = sessionServices();
    const client = await s.must('clients.create', sampleFields());
    const fresh = await s.must('dossier.open', { clientId: client.id });
    expect(fresh).toMatchObject({ intake: { version: 0 }, trainings: [], arrangements: [], settings: { adviserName: '' } });
    await s.must('clients.archive', { id: client.id, expectedVersion: 1 });
    expect((await s.must('dossier.open', { clientId: client.id })).client.archivedAt).not.toBeNull();
  });

  it('refuses a dossier that does not exist, and bad input, in Dutch', async () => {
    const s = sessionServices();
    expect(await s.refused('dossier.open', { clientId: 'nope' })).toEqual({ code: 'not-found', message: dbMessages.clientNotFound });
    const bad = await s.refused('dossier.open', { clientId: 'x', extra: 1 } as never);
    expect(bad.code).toBe('invalid-input');
  });
});

describe('dossier.open reads one moment', () => {
  const dirs: string[] = [];
  const stores: Store[] = [];
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('does not see a save another process commits while it is reading', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arr-open-'));
    dirs.push(dir);
    const file = path.join(dir, 'arrangeur.sqlite');
    const store = openStore(file);
    const other = openStore(file); // as the browser mode or a second window would
    stores.push(store, other);

    // After the dossier's first read (a SELECT: a plain BEGIN takes no snapshot yet), the
    // other process saves a new intake version.
    let interfere: (() => void) | null = null;
    const selects = new WeakSet<object>();
    const afterFirstRead: KyselyPlugin = {
      transformQuery: (args) => {
        if (args.node.kind === 'SelectQueryNode') selects.add(args.queryId);
        return args.node;
      },
      transformResult: async (args) => {
        if (!selects.has(args.queryId)) return args.result;
        const act = interfere;
        interfere = null;
        act?.();
        return args.result;
      },
    };
    const services = createServices({ ...store, db: store.db.withPlugin(afterFirstRead) }, fakeContext(), {
      packs: { packs: referencePacks(), problems: [] },
      log: () => {},
    });
    const must = async <K extends OpName>(op: K, input: unknown): Promise<OpOutput<K>> => {
      const r = await services.dispatch(op, input);
      if (!r.ok) expect.fail(JSON.stringify(r.error));
      return r.value as OpOutput<K>;
    };
    const client = await must('clients.create', sampleFields());
    await must('intake.save', { clientId: client.id, expectedVersion: 0, fields: defaultIntakeFields() });

    interfere = () =>
      other.sqlite
        .prepare(`UPDATE intakes SET fields = json_set(fields, '$.educationLevel', 'havo'), version = version + 1 WHERE client_id = ?`)
        .run(client.id);
    const opened = await must('dossier.open', { clientId: client.id });
    expect(interfere).toBeNull(); // the other process did save in the middle
    expect(opened.intake).toMatchObject({ version: 1, educationLevel: 'mbo2' });

    expect((await must('dossier.open', { clientId: client.id })).intake).toMatchObject({ version: 2, educationLevel: 'havo' });
  });
});
