import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/services/dispatch.ts';
import { createServices } from '../../electron/services/index.ts';
import { serviceMessages } from '../../electron/services/messages.ts';
import { fieldMessages } from '../../shared/validation/dutch.ts';
import { dbMessages } from '../../db/messages.ts';
import type { HandlerTable } from '../../electron/services/handlers.ts';
import { fakeContext, freshStore, sampleFields } from '../helpers/store.ts';

const setup = () => {
  const store = freshStore();
  const logged: string[] = [];
  const services = createServices(store, fakeContext(), { log: (message) => logged.push(message) });
  return { store, dispatch: services.dispatch, logged };
};

const count = (store: ReturnType<typeof freshStore>) => store.sqlite.prepare('SELECT count(*) FROM clients').pluck().get();

describe('dispatch', () => {
  it('runs a valid call and answers ok with the output', async () => {
    const { dispatch } = setup();
    const result = await dispatch('clients.create', { ...sampleFields(), displayName: '  Jürgen Müller  ' });
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ id: 'id1', displayName: 'Jürgen Müller', version: 1 }),
    });
    const list = await dispatch('clients.list', {});
    expect(list.ok && (list.value as unknown[]).length).toBe(1);
  });

  it('refuses an unknown or non-string op name without touching anything', async () => {
    const { dispatch, store } = setup();
    for (const op of ['clients.drop', '__proto__', 'toString', 42, null, undefined, { op: 'clients.create' }]) {
      expect(await dispatch(op, sampleFields())).toEqual({
        ok: false,
        error: { code: 'unknown-operation', message: serviceMessages.unknownOperation },
      });
    }
    expect(count(store)).toBe(0);
  });

  it('refuses wrong types with Dutch messages per field', async () => {
    const { dispatch, store } = setup();
    const result = await dispatch('clients.create', {
      displayName: 42,
      birthDate: '31-02-1980',
      region: 'atlantis',
      adviserReference: ['x'],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toBe(serviceMessages.invalidInput);
    expect(result.error.issues).toEqual([
      { path: 'displayName', message: 'Hier hoort tekst, maar er staat het getal 42.' },
      { path: 'birthDate', message: 'Vul een geldige datum in (dd-mm-jjjj).' },
      { path: 'region', message: "Kies een van de 35 arbeidsmarktregio's." },
      { path: 'adviserReference', message: 'Hier hoort tekst, maar er staat een lijst met 1 waarde.' },
      { path: 'note', message: fieldMessages.required },
    ]);
    expect(count(store)).toBe(0);
  });

  it('refuses unknown fields (strict objects), also nested, naming them in Dutch', async () => {
    const { dispatch, store } = setup();
    const extra = await dispatch('clients.create', { ...sampleFields(), isAdmin: true });
    expect(extra).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ path: '', message: 'Dit veld kent Arrangeur niet: "isAdmin".' }] },
    });
    const created = await dispatch('clients.create', sampleFields());
    expect(created.ok).toBe(true);
    const nested = await dispatch('clients.update', {
      id: 'id1',
      expectedVersion: 1,
      fields: { ...sampleFields(), version: 99 },
    });
    expect(nested).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'fields' }] } });
    expect(count(store)).toBe(1);
  });

  it('refuses too long text with the schema\'s own Dutch message and does not echo the input', async () => {
    const { dispatch, store } = setup();
    const huge = 'x'.repeat(1_000_000);
    const result = await dispatch('clients.create', sampleFields({ displayName: huge }));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: serviceMessages.invalidInput,
        issues: [{ path: 'displayName', message: 'Naam of pseudoniem mag hoogstens 120 tekens hebben.' }],
      },
    });
    expect(JSON.stringify(result).length).toBeLessThan(1000);
    expect(count(store)).toBe(0);
  });

  it('caps the number of issues and the length of echoed unknown keys', async () => {
    const { dispatch } = setup();
    const keys = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`${'k'.repeat(500)}${i}`, i]));
    const result = await dispatch('clients.create', { ...sampleFields(), ...keys });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues!.length).toBeLessThanOrEqual(20);
    expect(result.error.issues![0]!.message.length).toBeLessThan(200);
    expect(result.error.issues![0]!.message).toMatch(/^Deze velden kent Arrangeur niet: "k{40}…", .* en nog 47\.$/);
  });

  it('uses Dutch defaults for empty input and wrong top-level types', async () => {
    const { dispatch } = setup();
    for (const input of [undefined, null, 'tekst', [], 5]) {
      const result = await dispatch('clients.get', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      if (!result.ok) expect(result.error.issues![0]!.message).toMatch(/^(Dit veld is verplicht\.|Hier hoort)/);
    }
    const empty = await dispatch('clients.create', { ...sampleFields(), displayName: '   ' });
    expect(empty).toMatchObject({ ok: false, error: { issues: [{ path: 'displayName', message: 'Vul een naam of pseudoniem in.' }] } });
  });

  it('turns an AppFailure into its typed Result (not-found, conflict)', async () => {
    const { dispatch } = setup();
    expect(await dispatch('clients.get', { id: 'nope' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: dbMessages.clientNotFound },
    });
    await dispatch('clients.create', sampleFields());
    await dispatch('clients.archive', { id: 'id1', expectedVersion: 1 });
    expect(await dispatch('clients.restore', { id: 'id1', expectedVersion: 1 })).toEqual({
      ok: false,
      error: { code: 'conflict', message: dbMessages.clientConflict },
    });
  });

  it('turns any other error into a calm internal failure, logged without the input', async () => {
    const logged: Array<[string, unknown]> = [];
    const handlers = {
      'regions.list': () => {
        throw new Error('disk on fire');
      },
    } as unknown as HandlerTable;
    const dispatch = createDispatch(handlers, (message, error) => logged.push([message, error]));
    expect(await dispatch('regions.list', {})).toEqual({
      ok: false,
      error: { code: 'internal', message: serviceMessages.internal },
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]![0]).toBe('regions.list failed');
  });

  it('refuses to hand out an answer that does not match the contract', async () => {
    const logged: string[] = [];
    const handlers = { 'regions.list': () => ({ version: 1, regions: 'all' }) } as unknown as HandlerTable;
    const dispatch = createDispatch(handlers, (message) => logged.push(message));
    expect(await dispatch('regions.list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toEqual(['regions.list: answer does not match the contract']);
  });
});

describe('services over the whole dossier flow', () => {
  it('create, search without diacritics, update, archive, restore', async () => {
    const { dispatch } = setup();
    await dispatch('clients.create', sampleFields({ displayName: 'Ayşe Ünal' }));
    const found = await dispatch('clients.search', { query: 'unal' });
    expect(found).toMatchObject({ ok: true, value: [{ id: 'id1', displayName: 'Ayşe Ünal' }] });
    const updated = await dispatch('clients.update', {
      id: 'id1',
      expectedVersion: 1,
      fields: sampleFields({ displayName: 'Ayşe Ünal', note: 'Gesprek gepland.' }),
    });
    expect(updated).toMatchObject({ ok: true, value: { version: 2, note: 'Gesprek gepland.' } });
    expect(await dispatch('clients.archive', { id: 'id1', expectedVersion: 2 })).toMatchObject({
      ok: true,
      value: { version: 3, archivedAt: expect.any(String) },
    });
    expect(await dispatch('clients.search', { query: 'unal' })).toEqual({ ok: true, value: [] });
    expect(await dispatch('clients.search', { query: 'unal', archived: true })).toMatchObject({
      ok: true,
      value: [{ id: 'id1' }],
    });
    expect(await dispatch('clients.restore', { id: 'id1', expectedVersion: 3 })).toMatchObject({
      ok: true,
      value: { version: 4, archivedAt: null },
    });
  });

  it('lists the 35 regions with the data version', async () => {
    const { dispatch } = setup();
    const result = await dispatch('regions.list', {});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as { version: string; regions: unknown[] };
    expect(value.version).toMatch(/^\d{4}\.\d+$/);
    expect(value.regions).toHaveLength(35);
  });
});
