// intake.save is one adviser action: the situation and every training change commit together or
// not at all, and a refusal names the training it is about.
import type BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { defaultIntakeFields, type IntakeFields } from '../../shared/contract/intake.ts';
import { basicSkillsTraining, sampleFields, sessionServices } from './helpers.ts';

/** Every row of every table (FTS shadow tables included), to prove a refused save wrote nothing. */
const snapshot = (sqlite: BetterSqlite3.Database) => {
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`SELECT * FROM "${t}"`).all()]));
};

const verzorgende = basicSkillsTraining({ title: 'Verzorgende IG', kind: 'mbo-diploma', mboPathway: 'bbl', level: 'mbo3' });
const taal = basicSkillsTraining({ title: 'Taal op de werkvloer', provider: 'ROC van Twente' });

async function dossierWithThreeTrainings() {
  const s = sessionServices();
  await s.must('settings.update', { adviserName: 'Fatima el Idrissi' });
  const client = await s.must('clients.create', sampleFields({ birthDate: '1975-06-01', region: 'twente' }));
  const fields: IntakeFields = { ...defaultIntakeFields(), basicSkills: { language: 'unknown', numeracy: 'unknown', digital: 'insufficient' } };
  const first = await s.must('intake.save', {
    clientId: client.id,
    expectedVersion: 0,
    fields,
    trainings: {
      added: [
        { key: 'a', training: basicSkillsTraining() },
        { key: 'b', training: verzorgende },
        { key: 'c', training: taal },
      ],
      changed: [],
      removed: [],
    },
  });
  const [a, b, c] = first.trainings as [(typeof first.trainings)[0], (typeof first.trainings)[0], (typeof first.trainings)[0]];
  // An arrangement on the first training: removing it would unlink the arrangement.
  const arrangement = await s.must('arrangements.save', { clientId: client.id, trainingId: a.id, referenceDate: '2022-01-15', overrides: [] });
  return { ...s, client, fields, a, b, c, arrangement };
}

describe('intake.save: all or nothing', () => {
  it('saves the situation and every training change in one go, and says which new row got which id', async () => {
    const s = await dossierWithThreeTrainings();
    const saved = await s.must('intake.save', {
      clientId: s.client.id,
      expectedVersion: 1,
      fields: { ...s.fields, educationLevel: 'havo' },
      trainings: {
        added: [{ key: 'row-7', training: basicSkillsTraining({ title: 'Rekenen in de zorg' }) }],
        changed: [{ id: s.b.id, expectedVersion: 1, training: { ...verzorgende, provider: 'ROC Midden Nederland' } }],
        removed: [{ id: s.a.id, expectedVersion: 1 }],
      },
    });
    expect(saved.intake).toMatchObject({ version: 2, educationLevel: 'havo' });
    expect(saved.trainings.map((t) => [t.training.title, t.version])).toEqual([
      ['Verzorgende IG', 2],
      ['Taal op de werkvloer', 1],
      ['Rekenen in de zorg', 1],
    ]);
    expect(saved.addedIds).toEqual({ 'row-7': saved.trainings[2]!.id });
    expect(saved.trainings).toEqual(await s.must('trainings.list', { clientId: s.client.id }));
    // The removed training's arrangement stays readable, unlinked.
    expect((await s.must('arrangements.get', { id: s.arrangement.id })).trainingId).toBeNull();
  });

  it('writes nothing at all when a write fails half way (the second new training cannot be inserted)', async () => {
    const s = await dossierWithThreeTrainings();
    // Record each write as it happens, outside the database, so the test can show the fault
    // came after the intake, the change, the removal and the first new training were written.
    const writes: string[] = [];
    s.store.sqlite.function('note_write', (what: unknown) => {
      writes.push(String(what));
      return null;
    });
    s.store.sqlite.exec(`
      CREATE TEMP TRIGGER note_intake AFTER UPDATE ON intakes BEGIN SELECT note_write('intake'); END;
      CREATE TEMP TRIGGER note_update AFTER UPDATE ON trainings BEGIN SELECT note_write('changed ' || json_extract(NEW.training, '$.title')); END;
      CREATE TEMP TRIGGER note_delete AFTER DELETE ON trainings BEGIN SELECT note_write('removed ' || json_extract(OLD.training, '$.title')); END;
      CREATE TEMP TRIGGER note_insert AFTER INSERT ON trainings BEGIN SELECT note_write('added ' || json_extract(NEW.training, '$.title')); END;
      CREATE TEMP TRIGGER fault BEFORE INSERT ON trainings WHEN json_extract(NEW.training, '$.title') = 'Breekt'
      BEGIN SELECT RAISE(ABORT, 'injected fault'); END;
    `);
    const before = snapshot(s.store.sqlite);

    const error = await s.refused('intake.save', {
      clientId: s.client.id,
      expectedVersion: 1,
      fields: { ...s.fields, educationLevel: 'hbo-bachelor' },
      trainings: {
        added: [
          { key: 'ok', training: basicSkillsTraining({ title: 'Rekenen in de zorg' }) },
          { key: 'bad', training: basicSkillsTraining({ title: 'Breekt' }) },
        ],
        changed: [{ id: s.b.id, expectedVersion: 1, training: { ...verzorgende, provider: 'ROC Midden Nederland' } }],
        removed: [{ id: s.a.id, expectedVersion: 1 }],
      },
    });

    expect(writes).toEqual(['intake', 'changed Verzorgende IG', 'removed Digitale vaardigheden voor het werk', 'added Rekenen in de zorg']);
    expect(error.code).toBe('internal');
    expect(snapshot(s.store.sqlite)).toEqual(before);
    expect((await s.must('intake.get', { clientId: s.client.id })).version).toBe(1);
    expect((await s.must('arrangements.get', { id: s.arrangement.id })).trainingId).toBe(s.a.id);
  });

  it('refuses the whole save when the last of three changes is stale, naming that training at its row', async () => {
    const s = await dossierWithThreeTrainings();
    // Another window changes "Taal op de werkvloer" first.
    await s.saveTrainings(s.client.id, { changed: [{ id: s.c.id, expectedVersion: 1, training: { ...taal, provider: 'Taalhuis Hengelo' } }] });
    const before = snapshot(s.store.sqlite);

    const error = await s.refused('intake.save', {
      clientId: s.client.id,
      expectedVersion: 1,
      fields: { ...s.fields, educationLevel: 'havo' },
      trainings: {
        added: [{ key: 'n', training: basicSkillsTraining({ title: 'Rekenen in de zorg' }) }],
        changed: [
          { id: s.a.id, expectedVersion: 1, training: basicSkillsTraining({ provider: 'Bibliotheek Enschede' }) },
          { id: s.b.id, expectedVersion: 1, training: { ...verzorgende, provider: 'ROC Midden Nederland' } },
          { id: s.c.id, expectedVersion: 1, training: { ...taal, provider: 'ROC Twente' } },
        ],
        removed: [],
      },
    });

    const message =
      'De opleiding ‘Taal op de werkvloer’ is intussen ergens anders gewijzigd. Er is niets opgeslagen; wat u hebt ingevuld blijft staan. Haal de nieuwste versie op en sla daarna opnieuw op.';
    expect(error).toEqual({ code: 'conflict', message, issues: [{ path: 'trainings.changed.2', message }] });
    expect(snapshot(s.store.sqlite)).toEqual(before);
  });

  it('names every training that changed elsewhere when there are several', async () => {
    const s = await dossierWithThreeTrainings();
    await s.saveTrainings(s.client.id, {
      changed: [
        { id: s.b.id, expectedVersion: 1, training: { ...verzorgende, provider: 'Elders' } },
        { id: s.c.id, expectedVersion: 1, training: { ...taal, provider: 'Elders' } },
      ],
    });
    const error = await s.refused('intake.save', {
      clientId: s.client.id,
      expectedVersion: 1,
      fields: s.fields,
      trainings: { added: [], changed: [{ id: s.b.id, expectedVersion: 1, training: verzorgende }], removed: [{ id: s.c.id, expectedVersion: 1 }] },
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^De opleidingen ‘Verzorgende IG’ en ‘Taal op de werkvloer’ zijn intussen ergens anders gewijzigd/);
    expect(error.issues?.map((i) => i.path)).toEqual(['trainings.changed.0', 'trainings.removed.0']);
  });

  it('refuses a stale situation that differs from what is stored, with the training changes', async () => {
    const s = await dossierWithThreeTrainings();
    await s.must('intake.save', { clientId: s.client.id, expectedVersion: 1, fields: { ...s.fields, educationLevel: 'vmbo' } });
    const before = snapshot(s.store.sqlite);
    const error = await s.refused('intake.save', {
      clientId: s.client.id,
      expectedVersion: 1,
      fields: { ...s.fields, educationLevel: 'mbo4' },
      trainings: { added: [{ key: 'n', training: taal }], changed: [], removed: [] },
    });
    expect(error.code).toBe('conflict');
    expect(error.issues).toEqual([{ path: 'expectedVersion', message: error.message }]);
    expect(error.message).toMatch(/^De intake is intussen ergens anders gewijzigd\. Er is niets opgeslagen; wat u hebt ingevuld blijft staan\./);
    expect(snapshot(s.store.sqlite)).toEqual(before);
  });

  it('writes only what differs: an unchanged situation keeps its version, saving twice changes nothing', async () => {
    const s = await dossierWithThreeTrainings();
    // Stored key order differs from the form's; still the same situation.
    const reordered = Object.fromEntries(Object.entries(s.fields).reverse()) as IntakeFields;
    const added = await s.must('intake.save', {
      clientId: s.client.id,
      expectedVersion: 1,
      fields: reordered,
      trainings: { added: [{ key: 'n', training: basicSkillsTraining({ title: 'Rekenen in de zorg' }) }], changed: [], removed: [] },
    });
    expect(added.intake.version).toBe(1);
    expect(added.trainings).toHaveLength(4);

    const before = snapshot(s.store.sqlite);
    const again = await s.must('intake.save', {
      clientId: s.client.id,
      expectedVersion: 1,
      fields: s.fields,
      trainings: { added: [], changed: [{ id: s.b.id, expectedVersion: 1, training: verzorgende }], removed: [] },
    });
    expect(again.intake.version).toBe(1);
    expect(again.trainings.map((t) => t.version)).toEqual([1, 1, 1, 1]);
    expect(snapshot(s.store.sqlite)).toEqual(before);
  });

  it('a situation saved elsewhere to exactly the same values is no conflict', async () => {
    const s = await dossierWithThreeTrainings();
    const elsewhere = await s.must('intake.save', { clientId: s.client.id, expectedVersion: 1, fields: { ...s.fields, educationLevel: 'havo' } });
    expect(elsewhere.intake.version).toBe(2);
    const saved = await s.must('intake.save', {
      clientId: s.client.id,
      expectedVersion: 1,
      fields: { ...s.fields, educationLevel: 'havo' },
      trainings: { added: [], changed: [], removed: [{ id: s.c.id, expectedVersion: 1 }] },
    });
    expect(saved.intake.version).toBe(2);
    expect(saved.trainings.map((t) => t.id)).toEqual([s.a.id, s.b.id]);
  });

  it('a training removed elsewhere: removing it again is done, changing it is refused by name', async () => {
    const s = await dossierWithThreeTrainings();
    await s.saveTrainings(s.client.id, { removed: [{ id: s.c.id, expectedVersion: 1 }] });
    const removedAgain = await s.saveTrainings(s.client.id, { removed: [{ id: s.c.id, expectedVersion: 1 }] });
    expect(removedAgain.trainings.map((t) => t.id)).toEqual([s.a.id, s.b.id]);

    const before = snapshot(s.store.sqlite);
    const error = await s.refused('intake.save', {
      clientId: s.client.id,
      expectedVersion: 1,
      fields: s.fields,
      trainings: {
        added: [],
        changed: [
          { id: s.b.id, expectedVersion: 1, training: { ...verzorgende, provider: 'ROC Midden Nederland' } },
          { id: s.c.id, expectedVersion: 1, training: { ...taal, provider: 'ROC Twente' } },
        ],
        removed: [],
      },
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^De opleiding ‘Taal op de werkvloer’ is intussen ergens anders verwijderd\. Er is niets opgeslagen;/);
    expect(error.issues?.map((i) => i.path)).toEqual(['trainings.changed.1']);
    expect(snapshot(s.store.sqlite)).toEqual(before);
  });

  it('refuses a training named twice, a duplicate row key, and a training of another dossier', async () => {
    const s = await dossierWithThreeTrainings();
    const other = await s.must('clients.create', sampleFields({ displayName: 'Piet Pietersen' }));
    const before = snapshot(s.store.sqlite);
    const twice = await s.refused('intake.save', {
      clientId: s.client.id,
      expectedVersion: 1,
      fields: s.fields,
      trainings: {
        added: [
          { key: 'k', training: taal },
          { key: 'k', training: taal },
        ],
        changed: [{ id: s.b.id, expectedVersion: 1, training: { ...verzorgende, provider: 'X' } }],
        removed: [{ id: s.b.id, expectedVersion: 1 }],
      },
    });
    expect(twice.code).toBe('invalid-input');
    expect(twice.issues?.map((i) => i.path)).toEqual(['trainings.removed.0', 'trainings.added.1.key']);

    const foreign = await s.refused('intake.save', {
      clientId: other.id,
      expectedVersion: 0,
      fields: s.fields,
      trainings: { added: [], changed: [{ id: s.b.id, expectedVersion: 1, training: { ...verzorgende, provider: 'X' } }], removed: [] },
    });
    expect(foreign).toMatchObject({ code: 'conflict', message: 'De opleiding ‘Verzorgende IG’ hoort bij een ander dossier. Er is niets opgeslagen.' });
    expect(snapshot(s.store.sqlite)).toEqual(before);
  });

  it('refuses any write to an archived dossier, the trainings included', async () => {
    const s = await dossierWithThreeTrainings();
    await s.must('clients.archive', { id: s.client.id, expectedVersion: 1 });
    const before = snapshot(s.store.sqlite);
    const error = await s.refused('intake.save', {
      clientId: s.client.id,
      expectedVersion: 1,
      fields: s.fields,
      trainings: { added: [{ key: 'n', training: taal }], changed: [], removed: [] },
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/gearchiveerd/);
    expect(snapshot(s.store.sqlite)).toEqual(before);
  });
});

