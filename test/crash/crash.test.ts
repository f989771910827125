// The short crash run for every test pass (issue 13.15): 30 SIGKILLs of a writer on an
// encrypted store, bounded in time. The full run is `npm run crashtest -- --kills 300`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDataStore } from '../../electron/keys/open-data-store.ts';
import { defaultIntakeFields } from '../../shared/contract/intake.ts';
import { basicSkillsTraining } from '../session/helpers.ts';
import { servicesOn } from '../db/fixtures/services.ts';
import { check, runCrashTest, type Reports } from './harness.ts';

describe('crash harness (short run)', () => {
  it('30 kills mid-write: nothing corrupted, lost or half saved', async () => {
    const figures = await runCrashTest({ kills: 30, timeLimitMs: 45_000 });
    expect(figures.problems, `seed ${figures.seed}`).toEqual([]);
    expect(figures).toMatchObject({ corrupted: 0, lost: 0, partial: 0 });
    // Bounded in time: on a slow machine fewer cycles run, but never too few to mean something.
    expect(figures.kills).toBeGreaterThanOrEqual(15);
    expect(figures.commitsChecked).toBeGreaterThan(figures.kills);
  }, 60_000);
});

describe('crash harness checks', () => {
  it('see a lost commit and a half-saved intake (so a clean run means something)', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'arr-crashcheck-'));
    try {
      const dataDir = path.join(root, 'data');
      const store = openDataStore(dataDir);
      const { must } = servicesOn(store);
      const client = await must('clients.create', {
        displayName: 'Crash r0n0 de Vries',
        birthDate: '1980-04-12',
        region: 'twente',
        adviserReference: 'CT',
        note: null,
      });
      const saved = await must('intake.save', {
        clientId: client.id,
        expectedVersion: 0,
        fields: defaultIntakeFields(),
        trainings: {
          added: [
            { key: 'a', training: basicSkillsTraining() },
            { key: 'b', training: basicSkillsTraining({ title: 'Rekenen' }) },
          ],
          changed: [],
          removed: [],
        },
      });
      const clean: Reports = {
        clients: new Map([[client.id, 'r0n0']]),
        intakes: new Map([[client.id, { version: 1, trainingIds: Object.values(saved.addedIds) }]]),
        arrangements: new Map(),
      };
      const found: string[] = [];
      check(dataDir, clean, (kind, text) => found.push(`${kind}: ${text}`));
      expect(found).toEqual([]);

      // Half of the intake's unit of work gone, and a commit that was reported but never made.
      store.sqlite.prepare('DELETE FROM trainings WHERE id = ?').run(saved.addedIds['b']);
      store.close();
      clean.clients.set('00000000-0000-4000-8000-000000000000', 'r9n9');
      check(dataDir, clean, (kind, text) => found.push(`${kind}: ${text}`));
      expect(found.map((f) => f.split(':')[0]).sort()).toEqual(['lost', 'lost', 'partial']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
