// A region's own Loopbaan APK list in the data folder: used when valid; when not, the shipped
// list is used and the APK screen is told which file and field to fix.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadChecklistAtStart, REGIONAL_CHECKLIST_FILE } from '../../electron/apk/load-checklist.ts';
import { createServices } from '../../electron/services/index.ts';
import { defaultChecklist } from '../../shared/apk/default-checklist.ts';
import { fakeContext, freshStore, sampleFields } from '../helpers/store.ts';
import { referencePacks } from './helpers.ts';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});
const dataDirWith = (content?: string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'arrangeur-apk-'));
  dirs.push(dir);
  if (content !== undefined) writeFileSync(join(dir, REGIONAL_CHECKLIST_FILE), content);
  return dir;
};

const twenteChecklist = () => {
  const list = structuredClone(defaultChecklist);
  return {
    ...list,
    id: 'loopbaan-apk-twente',
    version: '1.1.0',
    publisher: 'Leerwerkloket Twente',
    sections: list.sections.map((s, i) =>
      i === 0 ? { ...s, statements: [...s.statements, { id: 'ps-grensarbeid', text: 'Ik werk of woon in Duitsland.', signals: [] }] } : s,
    ),
  };
};

describe('loadChecklistAtStart', () => {
  it('uses the shipped list when the data folder has none, without a notice', () => {
    expect(loadChecklistAtStart(dataDirWith())).toEqual({ checklist: defaultChecklist, notice: null });
  });

  it("uses the region's list when it validates", () => {
    const r = loadChecklistAtStart(dataDirWith(JSON.stringify(twenteChecklist())));
    expect(r.notice).toBeNull();
    expect(r.checklist.id).toBe('loopbaan-apk-twente');
    expect(r.checklist.sections[0]!.statements.at(-1)!.text).toBe('Ik werk of woon in Duitsland.');
  });

  it('falls back to the shipped list and names the field when it does not validate', () => {
    const broken = twenteChecklist();
    (broken.sections[2]!.statements[1] as { text: string }).text = '';
    const r = loadChecklistAtStart(dataDirWith(JSON.stringify(broken)));
    expect(r.checklist).toBe(defaultChecklist);
    expect(r.notice).toContain('loopbaan-apk.json');
    expect(r.notice).toContain('$.sections[2].statements[1].text');
    expect(r.notice).toContain('Arrangeur gebruikt nu de standaardlijst.');
  });

  it('says so when the file is not JSON', () => {
    const r = loadChecklistAtStart(dataDirWith('{ "id": '));
    expect(r.checklist).toBe(defaultChecklist);
    expect(r.notice).toContain('geen geldige JSON');
  });
});

describe('apk.get tells the screen which list is in use', () => {
  it('carries the notice, or null', async () => {
    for (const notice of [null, 'De eigen Loopbaan APK-lijst is niet gebruikt.']) {
      const services = createServices(freshStore(), fakeContext('2026-03-02T09:00:00.000Z'), {
        packs: { packs: referencePacks(), problems: [] },
        checklistNotice: notice,
        log: () => {},
      });
      const client = await services.dispatch('clients.create', sampleFields());
      if (!client.ok) throw new Error(client.error.message);
      const apk = await services.dispatch('apk.get', { clientId: (client.value as { id: string }).id });
      expect(apk.ok && (apk.value as { checklistNotice: string | null }).checklistNotice).toBe(notice);
    }
  });
});
