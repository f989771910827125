// The audit trail (issue 13.13): each kind of change writes one entry in its own transaction,
// naming the changed fields and never their values; the chain is append-only in SQLite and a
// change made behind its back (triggers dropped, raw SQL) is found at the right entry.
import { describe, expect, it } from 'vitest';
import { defaultIntakeFields } from '../../shared/contract/intake.ts';
import { sampleFields } from '../helpers/store.ts';
import { basicSkillsTraining } from '../session/helpers.ts';
import { fullDossier, privacyServices, type PrivacyServices } from './helpers.ts';

type Row = { seq: number; actor: string; action: string; record_type: string; client_id: string | null; record_id: string | null; fields: string; details: string };

const entries = (s: PrivacyServices) => s.rows('SELECT * FROM audit_log ORDER BY seq') as unknown as Row[];
const summary = (r: Row) => ({ action: r.action, type: r.record_type, fields: JSON.parse(r.fields) as string[] });
/** What the last call appended, oldest first. */
async function appended(s: PrivacyServices, act: () => Promise<unknown>) {
  const before = entries(s).length;
  await act();
  return entries(s).slice(before);
}

describe('audit trail: one entry per change, field names only', () => {
  it('records every kind of change with who, what, which record and which fields', async () => {
    const s = privacyServices();
    const [settings] = await appended(s, () => s.must('settings.update', { adviserName: 'Fatima el Idrissi', organisation: 'Leerwerkloket Twente' }));
    // Before the name was known, the change is by "onbekende adviseur".
    expect(settings).toMatchObject({ actor: 'onbekende adviseur', action: 'settings.update', client_id: null, record_id: null });
    expect(summary(settings!).fields).toEqual(['adviserName', 'organisation']);
    expect(await appended(s, () => s.must('settings.update', { adviserName: 'Fatima el Idrissi' }))).toEqual([]);

    let client = await s.must('clients.create', sampleFields({ displayName: 'Zwaantje Quaxelbroek', note: 'Wil de zorg in.' }));
    const created = entries(s).at(-1)!;
    expect(created).toMatchObject({ actor: 'Fatima el Idrissi', action: 'client.create', record_type: 'client', client_id: client.id });
    expect(JSON.parse(created.fields)).toEqual(['adviserReference', 'birthDate', 'displayName', 'note', 'region']);

    const update = await appended(s, async () => {
      client = await s.must('clients.update', { id: client.id, expectedVersion: 1, fields: sampleFields({ displayName: 'Zwaantje Q.', note: 'Wil de zorg in.' }) });
    });
    expect(update.map(summary)).toEqual([{ action: 'client.update', type: 'client', fields: ['displayName'] }]);
    // A refused change writes no entry either.
    expect(await appended(s, () => s.refused('clients.update', { id: client.id, expectedVersion: 1, fields: sampleFields() }))).toEqual([]);

    const fields = defaultIntakeFields();
    const intake = await appended(s, () =>
      s.must('intake.save', { clientId: client.id, expectedVersion: 0, fields, trainings: { added: [{ key: 'a', training: basicSkillsTraining() }], changed: [], removed: [] } }),
    );
    expect(intake.map((r) => r.action)).toEqual(['intake.save', 'training.add']);
    expect(JSON.parse(intake[0]!.fields)).toEqual(expect.arrayContaining(['educationLevel', 'work.hoursPerWeek', 'basicSkills.digital', 'schemesUsed']));
    expect(JSON.parse(intake[1]!.fields)).toEqual(expect.arrayContaining(['title', 'provider', 'costs', 'startDate']));
    const trainingId = intake[1]!.record_id!;

    const changed = await appended(s, () =>
      s.must('intake.save', {
        clientId: client.id,
        expectedVersion: 1,
        fields: { ...fields, work: { ...fields.work, hoursPerWeek: 24 } },
        trainings: { added: [], changed: [{ id: trainingId, expectedVersion: 1, training: basicSkillsTraining({ provider: 'ROC van Twente' }) }], removed: [] },
      }),
    );
    expect(changed.map(summary)).toEqual([
      { action: 'intake.save', type: 'intake', fields: ['work.hoursPerWeek'] },
      { action: 'training.change', type: 'training', fields: ['provider'] },
    ]);

    expect((await appended(s, () => s.must('apk.answer', { clientId: client.id, statementId: 'ps-ontslag', answer: 'ja', note: 'Brief van 1 mei.' }))).map(summary)).toEqual([
      { action: 'apk.answer', type: 'apk-answer', fields: ['answer', 'note'] },
    ]);
    expect((await appended(s, () => s.must('apk.answer', { clientId: client.id, statementId: 'ps-ontslag', answer: 'ja', note: 'Brief van 2 mei.' }))).map(summary)).toEqual([
      { action: 'apk.answer', type: 'apk-answer', fields: ['note'] },
    ]);
    const signal = await appended(s, () => s.must('apk.applySignal', { clientId: client.id, signalId: 'dismissal-notice', expectedIntakeVersion: 2 }));
    expect(signal.map(summary)).toEqual([{ action: 'apk.signal', type: 'intake', fields: ['work.dismissalNotice'] }]);
    expect(JSON.parse(signal[0]!.details)).toEqual({ signal: 'dismissal-notice', version: 3 });

    const arrangementSaves = await appended(s, () => s.must('arrangements.save', { clientId: client.id, trainingId, referenceDate: '2022-01-15', overrides: [] }));
    expect(arrangementSaves).toHaveLength(1);
    expect(summary(arrangementSaves[0]!)).toEqual({
      action: 'arrangement.save',
      type: 'arrangement',
      fields: ['actions', 'case', 'lineStatuses', 'overrides', 'packs', 'referenceDate', 'result', 'status'],
    });
    const arrangementId = arrangementSaves[0]!.record_id!;
    const status = await appended(s, () => s.must('arrangements.setStatus', { id: arrangementId, expectedVersion: 1, status: 'besproken' }));
    expect(status.map(summary)).toEqual([{ action: 'arrangement.status', type: 'arrangement', fields: ['status'] }]);
    expect(JSON.parse(status[0]!.details)).toEqual({ version: 2 });
    const resave = await appended(s, () =>
      s.must('arrangements.save', {
        clientId: client.id,
        trainingId,
        referenceDate: '2022-01-15',
        arrangementId,
        expectedVersion: 2,
        status: 'besproken',
        overrides: [{ kind: 'employer-contribution', amountCents: 10_000, reason: 'Werkgever betaalt mee.' }],
      }),
    );
    expect(JSON.parse(resave[0]!.fields)).toEqual(expect.arrayContaining(['overrides', 'result']));
    expect(JSON.parse(resave[0]!.fields)).not.toContain('status');

    const { json } = await s.must('arrangements.exportJson', { id: arrangementId });
    const imported = await appended(s, () => s.must('arrangements.importJson', { clientId: client.id, json }));
    expect(imported.map((r) => [r.action, r.record_type])).toEqual([
      ['training.add', 'training'],
      ['arrangement.import', 'arrangement'],
    ]);

    const removed = await appended(s, () =>
      s.must('intake.save', { clientId: client.id, expectedVersion: 3, fields: { ...fields, work: { ...fields.work, hoursPerWeek: 24, dismissalNotice: true } }, trainings: { added: [], changed: [], removed: [{ id: trainingId, expectedVersion: 1 + 1 }] } }),
    );
    expect(removed.map(summary)).toEqual([{ action: 'training.remove', type: 'training', fields: [] }]);

    expect((await appended(s, () => s.must('clients.archive', { id: client.id, expectedVersion: 2 }))).map(summary)).toEqual([
      { action: 'client.archive', type: 'client', fields: ['archivedAt'] },
    ]);
    // Archiving an archived dossier changes nothing and records nothing.
    expect(await appended(s, () => s.must('clients.archive', { id: client.id, expectedVersion: 3 }))).toEqual([]);
    expect((await appended(s, () => s.must('clients.restore', { id: client.id, expectedVersion: 3 }))).map(summary)).toEqual([
      { action: 'client.restore', type: 'client', fields: ['archivedAt'] },
    ]);

    // Never a value: not the name, the note, the birth date, an APK note, a training or an amount.
    const raw = JSON.stringify(s.rows('SELECT * FROM audit_log'));
    for (const value of ['Zwaantje', 'Quaxelbroek', 'zorg', '1980-04-12', 'Brief van', 'Digitale vaardigheden', 'ROC van Twente', 'Werkgever betaalt', '10000', 'LWL-001', 'groningen']) {
      expect(raw, value).not.toContain(value);
    }
    expect((await s.must('audit.verify', {})).ok).toBe(true);
  });

  it('shows the trail of one dossier, newest first, in Dutch, and no other dossier', async () => {
    const s = privacyServices();
    const { client } = await fullDossier(s);
    const other = await s.must('clients.create', sampleFields({ displayName: 'Ander' }));
    const trail = await s.must('audit.list', { clientId: client.id });
    expect(trail.map((e) => e.seq)).toEqual([...trail.map((e) => e.seq)].sort((a, b) => b - a));
    expect(trail.at(-1)).toMatchObject({ action: 'client.create', actor: 'Fatima el Idrissi', recordType: 'client', recordId: null });
    expect(trail.at(-1)!.description).toBe('Dossier aangemaakt: kenmerk, geboortedatum, naam, notitie, regio');
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['intake.save', 'training.add', 'apk.answer', 'apk.signal', 'arrangement.save', 'arrangement.status', 'arrangement.import']));
    expect(trail.some((e) => e.action === 'settings.update')).toBe(false);
    expect((await s.must('audit.list', { clientId: other.id })).map((e) => e.action)).toEqual(['client.create']);
    expect((await s.refused('audit.list', { clientId: 'bestaat-niet' })).code).toBe('not-found');
  });
});

describe('audit trail: append-only and tamper-evident', () => {
  it('refuses UPDATE, DELETE and an entry anywhere but at the end, in SQLite itself', async () => {
    const s = privacyServices();
    await fullDossier(s);
    const db = s.store.sqlite;
    expect(() => db.prepare(`UPDATE audit_log SET actor = 'Iemand anders' WHERE seq = 2`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM audit_log WHERE seq = 2`).run()).toThrow(/append-only/);
    const last = db.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1').get() as Record<string, unknown>;
    const insert = db.prepare(
      `INSERT INTO audit_log (seq, at, actor, action, record_type, fields, details, prev_hash, hash) VALUES (?, 't', 'x', 'settings.update', 'settings', '[]', '{}', ?, ?)`,
    );
    expect(() => insert.run(last.seq, last.hash, 'f'.repeat(64))).toThrow();
    expect(() => insert.run(Number(last.seq) + 1, 'e'.repeat(64), 'f'.repeat(64))).toThrow(/end of the chain/);
    expect((await s.must('audit.verify', {})).ok).toBe(true);
  });

  const tampered = async (tamper: (db: PrivacyServices['store']['sqlite']) => void) => {
    const s = privacyServices();
    await fullDossier(s);
    const count = entries(s).length;
    expect(await s.must('audit.verify', {})).toMatchObject({ ok: true, entries: count, brokenAt: null });
    s.store.sqlite.exec('DROP TRIGGER audit_log_append_only_update; DROP TRIGGER audit_log_append_only_delete; DROP TRIGGER audit_log_append_at_end;');
    tamper(s.store.sqlite);
    return s.must('audit.verify', {});
  };

  it('finds a changed field list at that entry', async () => {
    const result = await tampered((db) => db.prepare(`UPDATE audit_log SET fields = '["region"]' WHERE seq = 5`).run());
    expect(result).toMatchObject({ ok: false, brokenAt: 5, message: expect.stringContaining('regel 5 is achteraf gewijzigd') });
  });

  it('finds a changed adviser or time, also when the hash was replaced too', async () => {
    expect(await tampered((db) => db.prepare(`UPDATE audit_log SET actor = 'Kees Bakker' WHERE seq = 7`).run())).toMatchObject({ ok: false, brokenAt: 7 });
    expect(await tampered((db) => db.prepare(`UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z', hash = '${'a'.repeat(64)}' WHERE seq = 3`).run())).toMatchObject({
      ok: false,
      brokenAt: 3,
    });
  });

  it('finds a removed entry at the entry after it', async () => {
    const result = await tampered((db) => db.prepare('DELETE FROM audit_log WHERE seq = 4').run());
    expect(result).toMatchObject({ ok: false, brokenAt: 5, message: expect.stringContaining('vóór regel 5 ontbreekt') });
  });

  it('finds a removed entry whose successors were renumbered at the first of them', async () => {
    const result = await tampered((db) => {
      db.prepare('DELETE FROM audit_log WHERE seq = 4').run();
      db.prepare('UPDATE audit_log SET seq = seq - 1 WHERE seq > 4').run();
    });
    expect(result).toMatchObject({ ok: false, brokenAt: 4, message: expect.stringContaining('regel 4 sluit niet aan') });
  });

  it('finds an entry moved to another dossier, and a reference cleared outside an erasure', async () => {
    expect(await tampered((db) => db.prepare(`UPDATE audit_log SET client_id = 'id999' WHERE seq = 6`).run())).toMatchObject({ ok: false, brokenAt: 6 });
    expect(
      await tampered((db) => db.prepare(`UPDATE audit_log SET client_id = NULL, record_id = NULL, ref_salt = NULL WHERE seq = 8`).run()),
    ).toMatchObject({ ok: false, brokenAt: 8, message: expect.stringContaining('buiten het wissen') });
  });
});
