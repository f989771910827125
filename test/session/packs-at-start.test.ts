// Without injected packs the services load the shipped reference packs at start; a folder
// that does not validate leaves the app usable and names the problem.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../electron/services/index.ts';
import { loadPacksAtStart } from '../../electron/services/packs-at-start.ts';
import { fakeContext, freshStore } from '../helpers/store.ts';

describe('packs at service start', () => {
  it('loads the shipped reference packs by default', async () => {
    const services = createServices(freshStore(), fakeContext(), { log: () => {} });
    const r = await services.dispatch('packs.list', {});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const value = r.value as { packs: { id: string }[]; problems: unknown[] };
    expect(value.packs.map((p) => p.id).sort()).toEqual(['gemeente.maastricht', 'nl', 'regio.twente', 'sector']);
    expect(value.problems).toEqual([]);
  });

  it('reports a broken pack folder instead of failing to start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arrangeur-packs-'));
    try {
      writeFileSync(join(dir, 'kapot.json'), '{ "formatVersion": 1, ');
      const snapshot = loadPacksAtStart([dir]);
      expect(snapshot.packs).toEqual([]);
      expect(snapshot.problems[0]).toMatchObject({ file: 'kapot.json' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
