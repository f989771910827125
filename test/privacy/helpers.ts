// Services over a fresh in-memory store (or a given one) for the privacy tests: the settings,
// the audit trail, inzage/export, erasure and retention. Same fake clock and ids as the
// session tests, plus the data folder the settings show.
import type { Store } from '../../db/open.ts';
import type { ServiceCapabilities } from '../../electron/services/capabilities.ts';
import { createServices } from '../../electron/services/index.ts';
import { defaultIntakeFields } from '../../shared/contract/intake.ts';
import { opCalls } from '../helpers/ops.ts';
import { fakeContext, freshStore, sampleFields } from '../helpers/store.ts';
import { basicSkillsTraining, referencePacks } from '../session/helpers.ts';

export interface PrivacyOptions {
  store?: Store;
  dataDir?: string;
  capabilities?: ServiceCapabilities;
  /** Start of the fake clock (each call to now() steps one second). */
  start?: string;
  /** Prefix for the fake ids, when several service stacks share one store. */
  idPrefix?: string;
}

export function privacyServices(options: PrivacyOptions = {}) {
  const store = options.store ?? freshStore();
  const clock = fakeContext(options.start ?? '2026-03-02T09:00:00.000Z');
  const prefix = options.idPrefix ?? '';
  const services = createServices(store, { now: clock.now, newId: () => `${prefix}${clock.newId()}` }, {
    packs: { packs: referencePacks(), problems: [] },
    capabilities: options.capabilities,
    dataDir: options.dataDir,
    log: () => {},
  });
  const { call, must, refused } = opCalls(services);
  /** Raw rows, for checking what is (not) stored. */
  const rows = (sql: string, ...params: unknown[]) => store.sqlite.prepare(sql).all(...params) as Record<string, unknown>[];
  return { store, call, must, refused, rows };
}

export type PrivacyServices = ReturnType<typeof privacyServices>;

/**
 * One of everything a dossier can hold: the dossier (with a note), an intake, two trainings,
 * APK answers with a note, a confirmed signal, an arrangement with an override and two
 * versions (save, then status), and an imported arrangement.
 */
export async function fullDossier(s: PrivacyServices, displayName = 'Zwaantje Quaxelbroek') {
  await s.must('settings.update', { adviserName: 'Fatima el Idrissi' });
  const client = await s.must('clients.create', sampleFields({ displayName, birthDate: '1975-06-01', region: 'twente', note: 'Wil graag in de zorg werken.' }));
  const fields = defaultIntakeFields();
  fields.basicSkills.digital = 'insufficient';
  const saved = await s.must('intake.save', {
    clientId: client.id,
    expectedVersion: 0,
    fields,
    trainings: {
      added: [
        { key: 'a', training: basicSkillsTraining() },
        { key: 'b', training: basicSkillsTraining({ title: 'Taal op het werk', provider: 'ROC van Twente' }) },
      ],
      changed: [],
      removed: [],
    },
  });
  const trainingId = saved.addedIds['a']!;
  await s.must('apk.answer', { clientId: client.id, statementId: 'ps-ontslag', answer: 'ja', note: 'Ontslag aangezegd per 1 juni.' });
  await s.must('apk.answer', { clientId: client.id, statementId: 'ps-werk-nu', answer: 'deels', note: '' });
  await s.must('apk.applySignal', { clientId: client.id, signalId: 'dismissal-notice', expectedIntakeVersion: 1 });
  const first = await s.must('arrangements.save', {
    clientId: client.id,
    trainingId,
    referenceDate: '2022-01-15',
    overrides: [{ kind: 'employer-contribution', amountCents: 10_000, reason: 'Werkgever betaalt honderd euro mee.' }],
  });
  const second = await s.must('arrangements.setStatus', { id: first.id, expectedVersion: 1, status: 'besproken' });
  const exported = await s.must('arrangements.exportJson', { id: first.id });
  const imported = await s.must('arrangements.importJson', { clientId: client.id, json: exported.json });
  return { client: await s.must('clients.get', { id: client.id }), trainingId, arrangement: second, imported: imported.arrangement };
}
