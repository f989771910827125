// The renderer's data layer without a browser: the cache and its invalidation (query.ts), what
// each write makes stale (api.ts), the one intake.save computed from the draft
// (intakeChanges.ts), and the dossier session that keeps the adviser's typing (session.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import type { Training } from '../../shared/case/schema.ts';
import type { Client } from '../../shared/contract/clients.ts';
import type { Dossier } from '../../shared/contract/dossier.ts';
import { defaultIntakeFields, type Intake } from '../../shared/contract/intake.ts';
import type { OpInput, OpName, Result } from '../../shared/contract/index.ts';
import type { TrainingRecord } from '../../shared/contract/trainings.ts';
import { effects, keys, reads } from '../../renderer/data/api.ts';
import { intakeChanges, rowOfIssue } from '../../renderer/data/intakeChanges.ts';
import { intakeResolverSchema, type IntakeOutput } from '../../renderer/data/intakeForm.ts';
import { clearCache, fetchQuery, invalidate, useCache, type Query } from '../../renderer/data/query.ts';
import { getSession, sessionActions, useSessions } from '../../renderer/data/session.ts';
import { hasUnsavedInput, useUnsaved } from '../../renderer/data/unsaved.ts';
import { basicSkillsTraining } from '../e2e/session-seed.ts';

// ---------------------------------------------------------------------------------------------
// A stand-in for the services behind window.arrangeur, recording every call.

type Handler = (input: unknown) => Result<unknown>;
const calls: { op: OpName; input: unknown }[] = [];
let handlers: Partial<Record<OpName, Handler>> = {};
(globalThis as { window?: unknown }).window = {
  arrangeur: {
    call: async (op: OpName, input: unknown) => {
      calls.push({ op, input });
      const handler = handlers[op];
      return handler ? handler(input) : { ok: false, error: { code: 'internal', message: `no fake for ${op}` } };
    },
  },
};

const training = (title: string): Training => ({ ...basicSkillsTraining, title });

const record = (id: string, title: string, version = 1): TrainingRecord => ({
  id,
  clientId: 'c1',
  version,
  training: training(title),
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const client = (birthDate: string): Client =>
  ({ id: 'c1', displayName: 'Fatma Ünal', birthDate, region: 'twente', adviserReference: '', note: null, version: 1, archivedAt: null, createdAt: '', updatedAt: '' }) as Client;

const intake = (version: number): Intake => ({ ...defaultIntakeFields(), clientId: 'c1', version, updatedAt: null });

const dossier = (over: Partial<Dossier> = {}): Dossier =>
  ({
    client: client('1978-04-12'),
    intake: intake(1),
    trainings: [record('t1', 'Digitale basisvaardigheden'), record('t2', 'Heftruckcertificaat')],
    apk: { checklistId: 'x', answers: {}, progress: [], signals: [] },
    arrangements: [],
    settings: { adviserName: '', updatedAt: null },
    ...over,
  }) as Dossier;

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

beforeEach(() => {
  clearCache();
  calls.length = 0;
  handlers = {};
  useSessions.setState({ sessions: {} });
  useUnsaved.setState({ inputs: {} });
});

// ---------------------------------------------------------------------------------------------

describe('the cache', () => {
  const counter = (): { q: Query<number>; reads: () => number } => {
    let n = 0;
    return { q: { key: ['count'], load: async () => ok(++n) }, reads: () => n };
  };

  it('reads a key once and shares the answer', async () => {
    const { q, reads: count } = counter();
    await Promise.all([fetchQuery(q), fetchQuery(q)]);
    expect(count()).toBe(1);
    expect(useCache.getState().entries['["count"]']?.result).toEqual({ state: 'ok', value: 1 });
  });

  it('marks every key under a prefix stale, and nothing else', async () => {
    await fetchQuery({ key: ['thing', 'c1'], load: async () => ok(1) });
    await fetchQuery({ key: ['thing', 'c1', 'part'], load: async () => ok(2) });
    await fetchQuery({ key: ['thing', 'c2'], load: async () => ok(3) });
    invalidate(['thing', 'c1']);
    const stale = Object.values(useCache.getState().entries).filter((e) => e.stale).map((e) => e.key);
    expect(stale).toEqual([['thing', 'c1'], ['thing', 'c1', 'part']]);
  });

  it('drops an answer that was read before a write made its key stale', async () => {
    let release: (value: Result<string>) => void = () => {};
    const slow: Query<string> = { key: ['thing', 'c1'], load: () => new Promise((resolve) => (release = resolve)) };
    const first = fetchQuery(slow);
    invalidate(['thing', 'c1']);
    await fetchQuery({ key: ['thing', 'c1'], load: async () => ok('fresh') });
    release(ok('old'));
    await first;
    expect(useCache.getState().entries['["thing","c1"]']?.result).toEqual({ state: 'ok', value: 'fresh' });
  });

  it('a write during a read gives the key a new generation, so a screen that saw it stale before reads it again', async () => {
    await fetchQuery({ key: ['thing', 'c1'], load: async () => ok(1) });
    invalidate(['thing', 'c1']);
    const before = useCache.getState().entries['["thing","c1"]']!;
    expect(before.stale).toBe(true);
    // The screen starts its read, and a write invalidates the key in the same batch: `stale` is
    // true again, exactly as the screen last saw it, so only the generation tells it to re-read.
    void fetchQuery({ key: ['thing', 'c1'], load: () => new Promise<Result<number>>(() => {}) });
    invalidate(['thing', 'c1']);
    const after = useCache.getState().entries['["thing","c1"]']!;
    expect(after.stale).toBe(before.stale);
    expect(after.generation).toBeGreaterThan(before.generation);
  });
});

describe('what each write makes stale', () => {
  it('a changed client makes its dossier and the dossier list stale', () => {
    const input = { id: 'c1', expectedVersion: 1, fields: {} } as unknown as OpInput<'clients.update'>;
    expect(effects['clients.update'].invalidates(input, client('1960-01-01'))).toEqual([keys.dossier('c1'), keys.clientList()]);
  });

  it('a saved intake makes the dossier stale; an arrangement also its own versions', () => {
    expect(effects['intake.save'].invalidates({ clientId: 'c1' } as OpInput<'intake.save'>, {} as never)).toEqual([keys.dossier('c1')]);
    expect(effects['arrangements.save'].invalidates({ clientId: 'c1' } as OpInput<'arrangements.save'>, { id: 'a1' } as never)).toEqual([
      keys.dossier('c1'),
      keys.arrangement('a1'),
    ]);
  });

  it('the adviser name is part of every dossier, and the retention period decides the review list', () => {
    expect(effects['settings.update'].invalidates({ adviserName: 'Anna' }, {} as never)).toEqual([['dossier'], ['settings'], ['clients', 'retention']]);
  });

  it("a dossier's history is stale after any write to it, an APK answer and an inzage too", () => {
    const under = (key: readonly unknown[]) => keys.history('c1').slice(0, key.length).every((part, i) => part === key[i]);
    expect(under(keys.dossier('c1'))).toBe(true);
    expect(effects['apk.answer'].invalidates({ clientId: 'c1' } as never, {} as never)).toEqual([keys.history('c1')]);
    expect(effects['clients.exportData'].invalidates({ clientId: 'c1' }, {} as never)).toEqual([keys.history('c1')]);
    expect(keys.retention().slice(0, 1)).toEqual(keys.clientList());
  });

  it('keys nest: the plain client record and each arrangement version sit under their prefix', () => {
    expect(reads.client('c1').key.slice(0, 2)).toEqual(keys.dossier('c1'));
    expect(reads.arrangement('a1', 2).key.slice(0, 2)).toEqual(keys.arrangement('a1'));
    expect(reads.document('a1', null).key.slice(0, 2)).toEqual(keys.arrangement('a1'));
  });
});

describe('one intake.save from the draft', () => {
  const base = { intake: intake(3), trainings: [record('t1', 'A', 2), record('t2', 'B', 5), record('t3', 'C', 1)] };
  const output: IntakeOutput = {
    fields: defaultIntakeFields(),
    trainings: [
      { recordId: 't1', recordVersion: 2, training: training('A') }, // unchanged: not sent
      { recordId: null, recordVersion: null, training: training('Nieuw') }, // added
      { recordId: 't2', recordVersion: 5, training: training('B, gewijzigd') }, // changed
    ], // t3 removed
  };

  it('sends only what changed, each change with the version the adviser opened', () => {
    const save = intakeChanges(base, output);
    expect(save.expectedVersion).toBe(3);
    expect(save.trainings.added).toEqual([{ key: 'rij-2', training: training('Nieuw') }]);
    expect(save.trainings.changed).toEqual([{ id: 't2', expectedVersion: 5, training: training('B, gewijzigd') }]);
    expect(save.trainings.removed).toEqual([{ id: 't3', expectedVersion: 1 }]);
  });

  it('points a refusal at the form row it is about', () => {
    const save = intakeChanges(base, output);
    expect(rowOfIssue('trainings.changed.0', save)).toBe(2);
    expect(rowOfIssue('trainings.added.0.training.title', save)).toBe(1);
    expect(rowOfIssue('expectedVersion', save)).toBeNull();
  });

  it('compares by content, not by key order', () => {
    const reordered = Object.fromEntries(Object.entries(training('A')).reverse()) as Training;
    const save = intakeChanges(base, { ...output, trainings: [{ recordId: 't1', recordVersion: 2, training: reordered }] });
    expect(save.trainings.changed).toEqual([]);
  });
});

describe('the dossier session', () => {
  const open = async (value: Dossier) => {
    handlers['dossier.open'] = () => ok(value);
    await fetchQuery(reads.dossier('c1'), { force: true });
  };

  it('starts the draft from what is stored, and follows it while the adviser changed nothing', async () => {
    await open(dossier());
    expect(getSession('c1').draft?.trainings.map((t) => t.title)).toEqual(['Digitale basisvaardigheden', 'Heftruckcertificaat']);
    expect(getSession('c1').dirty).toBe(false);
    await open(dossier({ trainings: [record('t1', 'Digitale basisvaardigheden', 2)] }));
    expect(getSession('c1').draft?.trainings.map((t) => t.recordVersion)).toEqual([2]);
  });

  it('keeps what the adviser typed when the stored dossier changes, and asks before closing', async () => {
    await open(dossier());
    const typed = structuredClone(getSession('c1').draft!);
    typed.trainings[0]!.title = 'Digitale vaardigheden voor het werk';
    // The form hands over a copy of its values on every change.
    sessionActions('c1').setDraft(structuredClone(typed));
    expect(getSession('c1').dirty).toBe(true);
    expect(hasUnsavedInput()).toBe(true);
    await open(dossier({ client: client('1960-01-01') }));
    expect(getSession('c1').draft?.trainings[0]?.title).toBe('Digitale vaardigheden voor het werk');
    // Typing it back to what is stored is no change.
    typed.trainings[0]!.title = 'Digitale basisvaardigheden';
    sessionActions('c1').setDraft(structuredClone(typed));
    expect(getSession('c1').dirty).toBe(false);
    expect(hasUnsavedInput()).toBe(false);
  });

  it('saves the situation and every training change in one call; a conflict keeps the typing and names the row', async () => {
    await open(dossier());
    const typed = structuredClone(getSession('c1').draft!);
    typed.trainings[1]!.title = 'Heftruck en reachtruck';
    sessionActions('c1').setDraft(structuredClone(typed));
    const parsed = intakeResolverSchema.safeParse(typed);
    expect(parsed.success).toBe(true);
    handlers['intake.save'] = () => ({
      ok: false,
      error: { code: 'conflict', message: "De opleiding 'Heftruckcertificaat' is intussen gewijzigd.", issues: [{ path: 'trainings.changed.0', message: 'gewijzigd' }] },
    });
    calls.length = 0;
    const outcome = await sessionActions('c1').saveIntake(parsed.data!);
    expect(calls.map((c) => c.op)).toEqual(['intake.save']);
    expect(calls[0]!.input).toMatchObject({ clientId: 'c1', expectedVersion: 1, trainings: { added: [], changed: [{ id: 't2', expectedVersion: 1 }], removed: [] } });
    expect(outcome).toMatchObject({ ok: false, trainingRows: [1] });
    expect(getSession('c1').draft?.trainings[1]?.title).toBe('Heftruck en reachtruck');
    expect(getSession('c1').dirty).toBe(true);
  });

  it('after a save the draft is what was stored, and the dossier is read again', async () => {
    await open(dossier());
    const typed = structuredClone(getSession('c1').draft!);
    typed.trainings.pop();
    sessionActions('c1').setDraft(structuredClone(typed));
    const stored = { intake: intake(2), trainings: [record('t1', 'Digitale basisvaardigheden')], addedIds: {} };
    handlers['intake.save'] = () => ok(stored);
    const parsed = intakeResolverSchema.safeParse(typed);
    const outcome = await sessionActions('c1').saveIntake(parsed.data!);
    expect(outcome.ok).toBe(true);
    expect(getSession('c1')).toMatchObject({ dirty: false, base: { intake: { version: 2 } } });
    expect(useCache.getState().entries[JSON.stringify(keys.dossier('c1'))]?.stale).toBe(true);
  });
});
