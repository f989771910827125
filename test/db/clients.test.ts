import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dbMessages } from '../../db/messages.ts';
import { clientsRepository } from '../../db/repositories/clients.ts';
import { toFtsPrefixQuery } from '../../db/text.ts';
import { AppFailure } from '../../shared/contract/result.ts';
import { fakeContext, freshStore, sampleFields } from '../helpers/store.ts';

const setup = () => {
  const store = freshStore();
  return { store, repo: clientsRepository(store.db, fakeContext()) };
};

const failureOf = async (promise: Promise<unknown>): Promise<AppFailure> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected an AppFailure');
};

const dump = (store: ReturnType<typeof freshStore>) => store.sqlite.prepare('SELECT * FROM clients ORDER BY seq').all();

describe('clients repository: create, get, update', () => {
  it('creates a dossier at version 1 with id and timestamps from the context', async () => {
    const { repo } = setup();
    const created = await repo.create(sampleFields({ note: 'Wil omscholen naar de zorg.' }));
    expect(created).toEqual({
      id: 'id1',
      displayName: 'Anna de Vries',
      birthDate: '1980-04-12',
      region: 'groningen',
      adviserReference: 'LWL-001',
      note: 'Wil omscholen naar de zorg.',
      version: 1,
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
      archivedAt: null,
    });
    expect(await repo.get('id1')).toEqual(created);
  });

  it('stores names in one Unicode form, so a decomposed "Mu\u0308ller" is found and shown like "Müller"', async () => {
    const { repo } = setup();
    const created = await repo.create(sampleFields({ displayName: 'Mu\u0308ller' }));
    expect(created.displayName).toBe('Müller');
    expect((await repo.search({ query: 'müller', archived: false, limit: 10 })).map((c) => c.id)).toEqual([created.id]);
  });

  it('updates when the expected version matches, bumping version and updatedAt', async () => {
    const { repo } = setup();
    const created = await repo.create(sampleFields());
    const updated = await repo.update(created.id, 1, sampleFields({ displayName: 'Anna de Vries-Bakker', region: 'friesland' }));
    expect(updated).toMatchObject({
      id: created.id,
      displayName: 'Anna de Vries-Bakker',
      region: 'friesland',
      version: 2,
      createdAt: created.createdAt,
      updatedAt: '2026-03-02T09:00:01.000Z',
    });
    expect(await repo.get(created.id)).toEqual(updated);
  });

  it('refuses a stale update with a Dutch conflict message and writes nothing', async () => {
    const { store, repo } = setup();
    const created = await repo.create(sampleFields());
    await repo.update(created.id, 1, sampleFields({ note: 'eerste wijziging' }));
    const before = dump(store);

    const failure = await failureOf(repo.update(created.id, 1, sampleFields({ note: 'verouderde wijziging' })));
    expect(failure.code).toBe('conflict');
    expect(failure.message).toBe(dbMessages.clientConflict);
    expect(dump(store)).toEqual(before);
  });

  it('answers not-found for an unknown id, for every operation', async () => {
    const { repo } = setup();
    for (const attempt of [
      repo.get('nope'),
      repo.update('nope', 1, sampleFields()),
      repo.archive('nope', 1),
      repo.restore('nope', 1),
    ]) {
      const failure = await failureOf(attempt);
      expect(failure.code).toBe('not-found');
      expect(failure.message).toBe(dbMessages.clientNotFound);
    }
  });
});

describe('clients repository: archive and restore', () => {
  it('archives and restores, each a new version; the dossier moves between the two lists', async () => {
    const { repo } = setup();
    const a = await repo.create(sampleFields({ displayName: 'Anna' }));
    await repo.create(sampleFields({ displayName: 'Bert' }));

    const archived = await repo.archive(a.id, 1);
    expect(archived).toMatchObject({ version: 2, archivedAt: '2026-03-02T09:00:02.000Z' });
    expect((await repo.list({ archived: false, limit: 100, offset: 0 })).map((c) => c.displayName)).toEqual(['Bert']);
    expect((await repo.list({ archived: true, limit: 100, offset: 0 })).map((c) => c.displayName)).toEqual(['Anna']);

    const restored = await repo.restore(a.id, 2);
    expect(restored).toMatchObject({ version: 3, archivedAt: null });
    expect((await repo.list({ archived: false, limit: 100, offset: 0 })).map((c) => c.displayName)).toEqual([
      'Anna',
      'Bert',
    ]);
  });

  it('treats archiving an archived dossier (or restoring an active one) as done, without a new version', async () => {
    const { repo } = setup();
    const a = await repo.create(sampleFields());
    expect(await repo.restore(a.id, 1)).toEqual(a);
    const archived = await repo.archive(a.id, 1);
    expect(await repo.archive(a.id, 2)).toEqual(archived);
  });

  it('refuses archive and restore with a stale version', async () => {
    const { store, repo } = setup();
    const a = await repo.create(sampleFields());
    await repo.update(a.id, 1, sampleFields({ note: 'x' }));
    const before = dump(store);
    expect((await failureOf(repo.archive(a.id, 1))).code).toBe('conflict');
    await repo.archive(a.id, 2);
    expect((await failureOf(repo.restore(a.id, 2))).code).toBe('conflict');
    expect(dump(store)[0]).toMatchObject({ version: 3 });
    expect(before).not.toEqual(dump(store));
  });
});

describe('clients repository: list', () => {
  it('sorts by name ignoring case and diacritics, and pages', async () => {
    const { repo } = setup();
    for (const name of ['Zoë Jansen', 'ümit Kaya', 'anna Smit', 'Émile Dubois', 'Bram Peters']) {
      await repo.create(sampleFields({ displayName: name }));
    }
    const names = (await repo.list({ archived: false, limit: 100, offset: 0 })).map((c) => c.displayName);
    expect(names).toEqual(['anna Smit', 'Bram Peters', 'Émile Dubois', 'ümit Kaya', 'Zoë Jansen']);
    const page2 = (await repo.list({ archived: false, limit: 2, offset: 2 })).map((c) => c.displayName);
    expect(page2).toEqual(['Émile Dubois', 'ümit Kaya']);
  });
});

describe('clients repository: search', () => {
  const seed = async () => {
    const ctx = setup();
    const { repo } = ctx;
    await repo.create(sampleFields({ displayName: 'Jürgen Müller', adviserReference: 'UWV-2026-17' }));
    await repo.create(sampleFields({ displayName: 'Ayşe Ünal', note: 'Heeft interesse in de techniek.' }));
    await repo.create(sampleFields({ displayName: 'Karin Mulder', adviserReference: 'LWL-9' }));
    await repo.create(sampleFields({ displayName: 'Piet Jansen', note: 'Oud-collega van meneer Müller.' }));
    return ctx;
  };
  const names = async (
    repo: ReturnType<typeof clientsRepository>,
    query: string,
    archived = false,
  ): Promise<string[]> => (await repo.search({ query, archived, limit: 50 })).map((c) => c.displayName);

  it('ignores case and diacritics: "muller" finds Müller, "unal" finds Ünal', async () => {
    const { repo } = await seed();
    expect(await names(repo, 'muller')).toEqual(['Jürgen Müller', 'Piet Jansen']);
    expect(await names(repo, 'MULLER')).toEqual(['Jürgen Müller', 'Piet Jansen']);
    expect(await names(repo, 'unal')).toEqual(['Ayşe Ünal']);
    expect(await names(repo, 'Ünal')).toEqual(['Ayşe Ünal']);
    expect(await names(repo, 'ayse')).toEqual(['Ayşe Ünal']);
  });

  it('also folds letters Unicode does not decompose: "yilmaz" finds Yılmaz, "sorensen" Sørensen', async () => {
    const { repo } = await seed();
    await repo.create(sampleFields({ displayName: 'Emre Yılmaz', note: 'Werkt bij Øresund Logistiek.' }));
    await repo.create(sampleFields({ displayName: 'Mette Sørensen' }));
    await repo.create(sampleFields({ displayName: 'Paweł Łukasz' }));
    expect(await names(repo, 'yilmaz')).toEqual(['Emre Yılmaz']);
    expect(await names(repo, 'Yılmaz')).toEqual(['Emre Yılmaz']);
    expect(await names(repo, 'yil')).toEqual(['Emre Yılmaz']);
    expect(await names(repo, 'sorensen')).toEqual(['Mette Sørensen']);
    expect(await names(repo, 'oresund')).toEqual(['Emre Yılmaz']);
    expect(await names(repo, 'pawel lukasz')).toEqual(['Paweł Łukasz']);
  });

  it('matches word prefixes, all words required, name hits ranked above note hits', async () => {
    const { repo } = await seed();
    const mul = await names(repo, 'mul');
    // Two name hits (bm25 orders those among themselves), then the dossier that only mentions Müller in a note.
    expect(mul.slice(0, 2).sort()).toEqual(['Jürgen Müller', 'Karin Mulder']);
    expect(mul[2]).toBe('Piet Jansen');
    expect(await names(repo, 'mul kar')).toEqual(['Karin Mulder']);
    expect(await names(repo, 'jans')).toEqual(['Piet Jansen']);
    expect(await names(repo, 'techn')).toEqual(['Ayşe Ünal']);
    expect(await names(repo, 'uwv-2026')).toEqual(['Jürgen Müller']);
    expect(await names(repo, 'xyz')).toEqual([]);
  });

  it('never interprets FTS syntax typed by the adviser and never throws on it', async () => {
    const { repo } = await seed();
    for (const query of ['"', 'AND (', ')', '*', 'NEAR(a b)', 'display_name:muller', '"muller', 'mul OR kar', '-', '^mul', '\u0000', '\u0308', '😀', '中文', 'İ']) {
      await expect(repo.search({ query, archived: false, limit: 50 })).resolves.toBeInstanceOf(Array);
    }
    // "OR" is a word to look for, not an operator: nobody is called "or".
    expect(await names(repo, 'mul OR kar')).toEqual([]);
    expect(await names(repo, 'display_name:muller')).toEqual([]);
    expect(await names(repo, '"muller')).toEqual(['Jürgen Müller', 'Piet Jansen']);
    expect(await names(repo, '"')).toEqual([]);
  });

  it('never throws, whatever Unicode the adviser types or pastes (property)', async () => {
    const { repo } = await seed();
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 100 }), async (query) => {
        const found = await repo.search({ query, archived: false, limit: 50 });
        expect(Array.isArray(found)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('searches active or archived dossiers, as asked', async () => {
    const { repo } = await seed();
    const [muller] = await repo.search({ query: 'jurgen', archived: false, limit: 5 });
    await repo.archive(muller!.id, muller!.version);
    expect(await names(repo, 'muller')).toEqual(['Piet Jansen']);
    expect(await names(repo, 'muller', true)).toEqual(['Jürgen Müller']);
  });

  it('follows edits: the old name is no longer found, the new one is', async () => {
    const { repo } = await seed();
    const [karin] = await repo.search({ query: 'karin', archived: false, limit: 5 });
    await repo.update(karin!.id, karin!.version, sampleFields({ displayName: 'Karin de Boer' }));
    expect(await names(repo, 'mulder')).toEqual([]);
    expect(await names(repo, 'boer')).toEqual(['Karin de Boer']);
  });

  it('respects the limit', async () => {
    const { repo } = await seed();
    expect(await repo.search({ query: 'mul', archived: false, limit: 2 })).toHaveLength(2);
  });
});

describe('toFtsPrefixQuery', () => {
  it('quotes every word as a prefix term and drops everything else', () => {
    expect(toFtsPrefixQuery('mul')).toBe('"mul"*');
    expect(toFtsPrefixQuery('  Jürgen   MÜL ')).toBe('"Jürgen"* "MÜL"*');
    expect(toFtsPrefixQuery('AND (')).toBe('"AND"*');
    expect(toFtsPrefixQuery('"')).toBeNull();
    expect(toFtsPrefixQuery('')).toBeNull();
    expect(toFtsPrefixQuery('a b c d e f g h i j k l m n')!.split(' ')).toHaveLength(12);
  });
});
