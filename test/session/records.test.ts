// Intake, trainings, settings, packs and the PDF capability through the services.
import { describe, expect, it } from 'vitest';
import type { ServiceCapabilities } from '../../electron/services/capabilities.ts';
import { trainingsRepository } from '../../db/repositories/trainings.ts';
import { defaultIntakeFields } from '../../shared/contract/intake.ts';
import { basicSkillsTraining, sampleFields, sessionServices } from './helpers.ts';

describe('intake', () => {
  it('starts at version 0 with defaults and is version-guarded like a dossier', async () => {
    const s = sessionServices();
    const client = await s.must('clients.create', sampleFields());
    const fresh = await s.must('intake.get', { clientId: client.id });
    expect(fresh).toEqual({ clientId: client.id, ...defaultIntakeFields(), version: 0, updatedAt: null });

    const saved = await s.must('intake.save', { clientId: client.id, expectedVersion: 0, fields: { ...defaultIntakeFields(), educationLevel: 'mbo3' } });
    expect(saved).toEqual({ intake: expect.objectContaining({ version: 1, educationLevel: 'mbo3' }), trainings: [], addedIds: {} });
    const stale = await s.refused('intake.save', { clientId: client.id, expectedVersion: 0, fields: defaultIntakeFields() });
    expect(stale.code).toBe('conflict');
    expect((await s.must('intake.get', { clientId: client.id })).educationLevel).toBe('mbo3');
  });

  it('refuses bad fields with Dutch messages at the field', async () => {
    const s = sessionServices();
    const client = await s.must('clients.create', sampleFields());
    const fields = { ...defaultIntakeFields(), educationLevel: 'kleuterschool' } as never;
    const error = await s.refused('intake.save', { clientId: client.id, expectedVersion: 0, fields });
    expect(error.issues).toEqual([{ path: 'fields.educationLevel', message: 'Kies de hoogst afgeronde opleiding.' }]);
  });

  it('refuses writes to an archived dossier', async () => {
    const s = sessionServices();
    const client = await s.must('clients.create', sampleFields());
    await s.must('clients.archive', { id: client.id, expectedVersion: 1 });
    const error = await s.refused('intake.save', { clientId: client.id, expectedVersion: 0, fields: defaultIntakeFields() });
    expect(error.message).toMatch(/gearchiveerd/);
  });
});

describe('trainings', () => {
  it('keeps several candidates per client, edits them version-guarded and removes one without losing its arrangement', async () => {
    const s = sessionServices();
    const client = await s.must('clients.create', sampleFields({ birthDate: '1975-06-01' }));
    const fields = defaultIntakeFields();
    fields.basicSkills.digital = 'insufficient';
    await s.must('intake.save', { clientId: client.id, expectedVersion: 0, fields });
    const added = await s.saveTrainings(client.id, {
      added: [
        { key: 'a', training: basicSkillsTraining() },
        { key: 'b', training: basicSkillsTraining({ title: 'Mbo-4 Verzorgende IG', kind: 'mbo-diploma', mboPathway: 'bbl', level: 'mbo4' }) },
      ],
    });
    expect(added.intake.version).toBe(1);
    const [a, b] = added.trainings;
    expect(added.addedIds).toEqual({ a: a!.id, b: b!.id });
    expect((await s.must('trainings.list', { clientId: client.id })).map((t) => t.training.title)).toEqual([
      'Digitale vaardigheden voor het werk',
      'Mbo-4 Verzorgende IG',
    ]);

    const edited = await s.saveTrainings(client.id, { changed: [{ id: b!.id, expectedVersion: 1, training: { ...b!.training, provider: 'ROC van Twente' } }] });
    expect(edited.trainings.map((t) => t.version)).toEqual([1, 2]);
    const stale = await s.refused('intake.save', {
      clientId: client.id,
      expectedVersion: 1,
      fields,
      trainings: { added: [], changed: [{ id: b!.id, expectedVersion: 1, training: { ...b!.training, provider: 'ROC Twente' } }], removed: [] },
    });
    expect(stale.code).toBe('conflict');
    const backwards = await s.refused('intake.save', {
      clientId: client.id,
      expectedVersion: 1,
      fields,
      trainings: { added: [{ key: 'x', training: basicSkillsTraining({ endDate: '2022-01-01' }) }], changed: [], removed: [] },
    });
    expect(backwards.issues).toEqual([{ path: 'trainings.added.0.training.endDate', message: 'De einddatum van de opleiding ligt vóór de startdatum.' }]);

    const arrangement = await s.must('arrangements.save', { clientId: client.id, trainingId: a!.id, referenceDate: '2022-01-15', overrides: [] });
    expect((await s.refused('intake.save', { clientId: client.id, expectedVersion: 1, fields, trainings: { added: [], changed: [], removed: [{ id: a!.id, expectedVersion: 2 }] } })).code).toBe('conflict');
    const removed = await s.saveTrainings(client.id, { removed: [{ id: a!.id, expectedVersion: 1 }] });
    expect(removed.trainings.map((t) => t.id)).toEqual([b!.id]);
    expect((await s.must('trainings.list', { clientId: client.id })).map((t) => t.id)).toEqual([b!.id]);
    const kept = await s.must('arrangements.get', { id: arrangement.id });
    expect(kept.trainingId).toBeNull();
    expect(kept.case.training.title).toBe('Digitale vaardigheden voor het werk');
  });

  it('refuses to compute an arrangement before the intake is saved', async () => {
    const s = sessionServices();
    const client = await s.must('clients.create', sampleFields());
    // The forms cannot get here any more (a training is saved with the intake), an imported
    // arrangement can: it brings its training, not an intake.
    const t = await trainingsRepository(s.store.db).create('t1', client.id, basicSkillsTraining(), '2026-03-02T09:00:00.000Z');
    const error = await s.refused('arrangements.preview', { clientId: client.id, trainingId: t.id, referenceDate: '2022-01-15', overrides: [] });
    expect(error).toMatchObject({ code: 'invalid-case', message: 'Vul eerst de intake in en sla die op. Er is niets opgeslagen.' });
  });

  it('reports a case that does not hold together, naming the screen', async () => {
    const s = sessionServices();
    const client = await s.must('clients.create', sampleFields({ birthDate: '2023-05-01' }));
    await s.must('intake.save', { clientId: client.id, expectedVersion: 0, fields: defaultIntakeFields() });
    const t = await s.addTraining(client.id, basicSkillsTraining());
    const error = await s.refused('arrangements.save', { clientId: client.id, trainingId: t.id, referenceDate: '2022-01-15', overrides: [] });
    expect(error.code).toBe('invalid-case');
    expect(error.issues).toEqual([{ path: 'client.birthDate', message: 'Dossier: De geboortedatum ligt na de peildatum.' }]);
  });
});

describe('settings and packs', () => {
  it('keeps the adviser name', async () => {
    const s = sessionServices();
    const empty = { organisation: '', phone: '', email: '', address: '', website: '', retentionMonths: null, dataLocation: null };
    expect(await s.must('settings.get', {})).toEqual({ adviserName: '', ...empty, updatedAt: null });
    await s.must('settings.update', { adviserName: '  Fatima el Idrissi ' });
    expect(await s.must('settings.get', {})).toEqual({ adviserName: 'Fatima el Idrissi', ...empty, updatedAt: expect.any(String) });
    expect((await s.refused('settings.update', { adviserName: 'F' })).issues?.[0]?.message).toBe('Vul uw naam in (minstens 2 tekens).');
  });

  it('lists the loaded packs whole, so the renderer can match live', async () => {
    const s = sessionServices();
    const { packs, problems } = await s.must('packs.list', {});
    expect(packs.map((p) => p.id).sort()).toEqual(['nl', 'regio.twente', 'sector']);
    expect(packs.find((p) => p.id === 'nl')!.schemes.some((x) => x.id === 'nl.tel-mee-met-taal')).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('PDF export', () => {
  async function saved(capabilities?: ServiceCapabilities) {
    const s = sessionServices({ capabilities });
    const client = await s.must('clients.create', sampleFields({ birthDate: '1975-06-01' }));
    const fields = defaultIntakeFields();
    fields.basicSkills.digital = 'insufficient';
    await s.must('intake.save', { clientId: client.id, expectedVersion: 0, fields });
    const t = await s.addTraining(client.id, basicSkillsTraining());
    const a = await s.must('arrangements.save', { clientId: client.id, trainingId: t.id, referenceDate: '2022-01-15', overrides: [] });
    return { ...s, a };
  }

  it('is unavailable outside the desktop app, with a message pointing at the print view', async () => {
    const s = await saved();
    const error = await s.refused('arrangements.exportPdf', { id: s.a.id });
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/afdrukweergave/);
  });

  it('prints the document HTML and saves the bytes where the adviser chooses', async () => {
    const printed: string[] = [];
    const files: [string, number][] = [];
    const s = await saved({
      printPdf: async (html) => {
        printed.push(html);
        return new TextEncoder().encode('%PDF-1.7 fake');
      },
      saveFile: async (name, bytes) => {
        files.push([name, bytes.length]);
        return `/home/adviseur/${name}`;
      },
    });
    const result = await s.must('arrangements.exportPdf', { id: s.a.id });
    expect(result).toEqual({ saved: true, path: '/home/adviseur/arrangement-digitale-vaardigheden-voor-het-werk-2022-01-15-v1.pdf' });
    expect(printed[0]).toBe((await s.must('arrangements.document', { id: s.a.id })).html);
    expect(files).toEqual([['arrangement-digitale-vaardigheden-voor-het-werk-2022-01-15-v1.pdf', 13]]);
  });

  it('reports a cancelled save dialog as not saved', async () => {
    const s = await saved({ printPdf: async () => new Uint8Array([1]), saveFile: async () => null });
    expect(await s.must('arrangements.exportPdf', { id: s.a.id })).toEqual({ saved: false, path: null });
  });
});
