// A service stack over a fresh in-memory store with the real migrations, a fake clock, ids
// id1, id2, ... and the reference packs passed inline (parsed here, not via the loader), so
// session tests do not depend on files outside the repo's assets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceCapabilities } from '../../electron/services/capabilities.ts';
import { createServices } from '../../electron/services/index.ts';
import type { Training } from '../../shared/case/schema.ts';
import type { TrainingChanges } from '../../shared/contract/intake.ts';
import type { TrainingRecord } from '../../shared/contract/trainings.ts';
import { packSchema, type Pack } from '../../shared/packs/format.ts';
import { opCalls } from '../helpers/ops.ts';
import { fakeContext, freshStore, sampleFields } from '../helpers/store.ts';
import { basicSkillsTraining } from '../helpers/trainings.ts';

export const referencePacks = (): Pack[] =>
  ['nl.json', 'sector.json', 'regio-twente.json'].map((f) =>
    packSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'assets', 'packs', f), 'utf8'))),
  );

export function sessionServices(options: { packs?: Pack[]; capabilities?: ServiceCapabilities } = {}) {
  const store = freshStore();
  const services = createServices(store, fakeContext('2026-03-02T09:00:00.000Z'), {
    packs: { packs: options.packs ?? referencePacks(), problems: [] },
    capabilities: options.capabilities,
    log: () => {},
  });
  const { call, must, refused } = opCalls(services);
  /** The form's save with the stored situation unchanged and only these training changes. */
  const saveTrainings = async (clientId: string, trainings: Partial<TrainingChanges>) => {
    const { clientId: _c, version, updatedAt: _u, ...fields } = await must('intake.get', { clientId });
    return must('intake.save', { clientId, expectedVersion: version, fields, trainings: { added: [], changed: [], removed: [], ...trainings } });
  };
  /** Adds one candidate training the way the intake form does (saving the intake if it was not yet). */
  const addTraining = async (clientId: string, training: Training): Promise<TrainingRecord> => {
    const saved = await saveTrainings(clientId, { added: [{ key: 'new', training }] });
    return saved.trainings.find((t) => t.id === saved.addedIds['new'])!;
  };
  return { store, call, must, refused, saveTrainings, addTraining };
}

export { basicSkillsTraining, sampleFields };
