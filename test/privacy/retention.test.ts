// Retention (issue 13.12): a policy in the settings (off by default), a review list of what it
// would erase (name and archive date, nothing more), and an erasure of only the dossiers the
// adviser confirmed from that list, each checked again. Nothing disappears without confirmation.
import { describe, expect, it } from 'vitest';
import { monthsBefore } from '../../electron/services/privacy.ts';
import { freshStore, sampleFields } from '../helpers/store.ts';
import { privacyServices } from './helpers.ts';

/** Dossiers made and archived in 2023 and 2025 (a clock then), reviewed on 2 March 2026 (a clock now). */
async function seeded() {
  const store = freshStore();
  const then = privacyServices({ store, start: '2023-01-10T09:00:00.000Z', idPrefix: 'then-' });
  await then.must('settings.update', { adviserName: 'Fatima el Idrissi' });
  const create = (displayName: string) => then.must('clients.create', sampleFields({ displayName }));
  const a = await then.must('clients.archive', { id: (await create('Anna Oud')).id, expectedVersion: 1 });
  const b = await then.must('clients.archive', { id: (await create('Bas Oud')).id, expectedVersion: 1 });
  const c = await create('Cor Actief');
  const d = await create('Dirk Oud');
  const later = privacyServices({ store, start: '2025-12-01T09:00:00.000Z', idPrefix: 'later-' });
  const e = await later.must('clients.archive', { id: (await later.must('clients.create', sampleFields({ displayName: 'Eva Recent' }))).id, expectedVersion: 1 });
  const dArchived = await then.must('clients.archive', { id: d.id, expectedVersion: 1 });
  return { store, now: privacyServices({ store, start: '2026-03-02T09:00:00.000Z', idPrefix: 'now-' }), a, b, c, d: dArchived, e };
}

const names = (rows: Array<Record<string, unknown>>) => rows.map((r) => r.display_name);

describe('retention policy', () => {
  it('is off by default: the review is empty and erasing is refused', async () => {
    const { now, a } = await seeded();
    expect(await now.must('settings.get', {})).toMatchObject({ retentionMonths: null });
    expect(await now.must('retention.review', {})).toEqual({ months: null, archivedBefore: null, candidates: [], total: 0 });
    const refused = await now.refused('retention.erase', { confirm: true, clients: [{ id: a.id, expectedVersion: a.version }] });
    expect(refused).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('Er is geen bewaartermijn ingesteld') });
    expect(names(now.rows('SELECT display_name FROM clients ORDER BY sort_name'))).toContain('Anna Oud');
  });

  it('is a setting in months (1 to 240, or off), recorded in the audit trail', async () => {
    const { now } = await seeded();
    for (const bad of [0, 241, 1.5]) {
      expect((await now.refused('settings.update', { adviserName: 'Fatima el Idrissi', retentionMonths: bad })).issues).toEqual([
        { path: 'retentionMonths', message: 'Kies een bewaartermijn van 1 tot 240 maanden (hele maanden), of zet de bewaartermijn uit.' },
      ]);
    }
    expect(await now.must('settings.update', { adviserName: 'Fatima el Idrissi', retentionMonths: 24 })).toMatchObject({ retentionMonths: 24 });
    const entry = now.rows('SELECT action, fields FROM audit_log ORDER BY seq DESC LIMIT 1')[0];
    expect(entry).toEqual({ action: 'settings.update', fields: '["retentionMonths"]' });
    expect(await now.must('settings.update', { adviserName: 'Fatima el Idrissi', retentionMonths: null })).toMatchObject({ retentionMonths: null });
  });

  it('lists the archived dossiers past the period, oldest first, with only a name and an archive date', async () => {
    const { now, a, b, d } = await seeded();
    await now.must('settings.update', { adviserName: 'Fatima el Idrissi', retentionMonths: 24 });
    const review = await now.must('retention.review', {});
    expect(review.months).toBe(24);
    expect(review.archivedBefore?.slice(0, 10)).toBe('2024-03-02');
    expect(review.candidates).toEqual([
      { id: a.id, displayName: 'Anna Oud', archivedAt: a.archivedAt, version: 2 },
      { id: b.id, displayName: 'Bas Oud', archivedAt: b.archivedAt, version: 2 },
      { id: d.id, displayName: 'Dirk Oud', archivedAt: d.archivedAt, version: 2 },
    ]);
    expect(review.total).toBe(3);
    // Reviewing erases nothing and records nothing.
    expect(now.rows('SELECT count(*) AS n FROM clients')[0]!.n).toBe(5);
  });

  it('erases only what the adviser confirmed and still qualifies, and says why it skipped the rest', async () => {
    const { now, a, b, c, d, e } = await seeded();
    await now.must('settings.update', { adviserName: 'Fatima el Idrissi', retentionMonths: 24 });
    await now.must('retention.review', {});
    // Between the review and the confirmation: Bas is restored in another window, Dirk edited.
    await now.must('clients.restore', { id: b.id, expectedVersion: b.version });
    await now.must('clients.update', { id: d.id, expectedVersion: d.version, fields: sampleFields({ displayName: 'Dirk Oud', note: 'Toch bellen.' }) });

    const result = await now.must('retention.erase', {
      confirm: true,
      clients: [
        { id: a.id, expectedVersion: a.version },
        { id: b.id, expectedVersion: b.version },
        { id: c.id, expectedVersion: c.version },
        { id: d.id, expectedVersion: d.version },
        { id: e.id, expectedVersion: e.version },
        { id: 'bestaat-niet', expectedVersion: 1 },
      ],
    });
    expect(result.erased).toEqual([{ id: a.id, erasedAt: expect.any(String), records: expect.objectContaining({ dossiers: 1 }) }]);
    expect(result.skipped).toEqual([
      { id: b.id, reason: expect.stringContaining('valt niet (meer) onder de bewaartermijn') },
      { id: c.id, reason: expect.stringContaining('valt niet (meer) onder de bewaartermijn') },
      { id: d.id, reason: expect.stringContaining('gewijzigd nadat u de lijst opende') },
      { id: e.id, reason: expect.stringContaining('valt niet (meer) onder de bewaartermijn') },
      { id: 'bestaat-niet', reason: expect.stringContaining('bestaat niet meer') },
    ]);
    expect(names(now.rows('SELECT display_name FROM clients ORDER BY sort_name'))).toEqual(['Bas Oud', 'Cor Actief', 'Dirk Oud', 'Eva Recent']);
    const last = now.rows('SELECT action, client_id, details FROM audit_log ORDER BY seq DESC LIMIT 1')[0]!;
    expect(last).toMatchObject({ action: 'client.erase', client_id: null });
    expect(JSON.parse(String(last.details))).toMatchObject({ trigger: 'retention', dossiers: 1 });
    expect((await now.must('audit.verify', {})).ok).toBe(true);
  });

  it('needs an explicit confirmation and a list without doubles; otherwise nothing is erased', async () => {
    const { now, a } = await seeded();
    await now.must('settings.update', { adviserName: 'Fatima el Idrissi', retentionMonths: 24 });
    const one = [{ id: a.id, expectedVersion: a.version }];
    const issues = async (input: unknown) => (await now.refused('retention.erase', input as never)).issues;
    expect(await issues({ clients: one })).toEqual([{ path: 'confirm', message: 'Bevestig dat u deze dossiers wilt wissen. Er is niets gewist.' }]);
    expect(await issues({ confirm: false, clients: one })).toEqual([{ path: 'confirm', message: 'Bevestig dat u deze dossiers wilt wissen. Er is niets gewist.' }]);
    expect(await issues({ confirm: true, clients: [] })).toEqual([{ path: 'clients', message: 'Kies de dossiers die u wilt wissen.' }]);
    expect(await issues({ confirm: true, clients: [...one, ...one] })).toEqual([{ path: 'clients', message: 'Een dossier staat twee keer in de lijst. Er is niets gewist.' }]);
    expect(names(now.rows('SELECT display_name FROM clients ORDER BY sort_name'))).toContain('Anna Oud');
  });
});

describe('monthsBefore', () => {
  it('counts calendar months and keeps the day, or the month\'s last day', () => {
    expect(monthsBefore('2026-03-02T09:00:00.000Z', 24)).toBe('2024-03-02T09:00:00.000Z');
    expect(monthsBefore('2026-03-31T10:00:00.000Z', 1)).toBe('2026-02-28T10:00:00.000Z');
    expect(monthsBefore('2024-03-31T10:00:00.000Z', 1)).toBe('2024-02-29T10:00:00.000Z');
    expect(monthsBefore('2026-01-15T00:00:00.000Z', 13)).toBe('2024-12-15T00:00:00.000Z');
  });
});
