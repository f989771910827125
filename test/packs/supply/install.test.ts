// Issue 9, step 2 and 3: trust with scope, rollback protection, expiry, the chain, layers and
// clashes, atomic install, and reading installed packs back. Every refusal leaves the installed
// packs exactly as they were.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freezeWarnings, installVersion, loadActivePacks, loadInstalledVersion, chainIndex, versionDir } from '../../../electron/packs/install.ts';
import { generateKey, keyIdOf, sha256Hex } from '../../../electron/packs/signing.ts';
import { addPublisher, removePublisher } from '../../../electron/packs/supply-store.ts';
import { memorySource } from '../../../electron/packs/verify.ts';
import type { SignedVersion } from '../../../electron/packs/publish.ts';
import { makeEnv, NOW, shippedPacks, shippedText, signed, treeSnapshot, twente, type Env } from './helpers.ts';

const envs: Env[] = [];
const env = (...args: Parameters<typeof makeEnv>): Env => {
  const e = makeEnv(...args);
  envs.push(e);
  return e;
};
afterEach(() => {
  while (envs.length) envs.pop()!.cleanup();
});

const src = (v: SignedVersion, label = 'test') => memorySource(label, { manifest: v.manifestBytes, signature: v.signatureBytes, files: v.files });
const install = (e: Env, v: SignedVersion, chain?: SignedVersion[]) =>
  (async () => installVersion(src(v), e.ctx, { feed: 'test-feed', ...(chain ? { chainLookup: await chainIndex(chain.map((c) => src(c)), e.ctx) } : {}) }))();

const oost = (version: string, edit?: (p: Record<string, unknown>) => void) => twente(version, { id: 'regio.oost', ...(edit ? { edit } : {}) });

describe('trust administration', () => {
  it('records who added and removed a publisher, and when', () => {
    const e = env();
    const other = generateKey('Sectorfonds');
    const add = addPublisher(e.store, { ...other.publicKey, scopes: ['sector.oom.'] }, 'Anna (beheer)', NOW, keyIdOf);
    expect(add.ok).toBe(true);
    const rem = removePublisher(e.store, other.publicKey.keyId, 'Piet (beheer)', '2026-06-02T09:00:00.000Z');
    expect(rem.ok).toBe(true);
    const changes = e.store.readTrust().changes.map((c) => `${c.action} ${c.name} ${c.by} ${c.at.slice(0, 10)}`);
    expect(changes).toEqual(['add Team Oost beheerder 2026-06-01', 'add Sectorfonds Anna (beheer) 2026-06-01', 'remove Sectorfonds Piet (beheer) 2026-06-02']);
    expect(statSync(join(e.dir, 'data', 'pack-trust.json')).mode & 0o777).toBe(0o600);
  });

  it('refuses a scope without the closing dot, a wrong key id, and a second copy of a key, changing nothing', () => {
    const e = env();
    const before = readFileSync(join(e.dir, 'data', 'pack-trust.json'), 'utf8');
    const k = generateKey('X');
    const bad = addPublisher(e.store, { ...k.publicKey, scopes: ['regio.twente'] }, 'beheer', NOW, keyIdOf);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('eindigt op een punt');
    expect(addPublisher(e.store, { ...k.publicKey, keyId: '0000000000000000', scopes: ['nl.'] }, 'beheer', NOW, keyIdOf).ok).toBe(false);
    expect(addPublisher(e.store, { ...e.key.publicKey, scopes: ['nl.'] }, 'beheer', NOW, keyIdOf).ok).toBe(false);
    expect(readFileSync(join(e.dir, 'data', 'pack-trust.json'), 'utf8')).toBe(before);
  });
});

describe('installVersion', () => {
  it('installs a signed version atomically and records it; loadActivePacks uses it', async () => {
    const e = env();
    const v = signed(oost('1.0.0'), e.key);
    const r = await install(e, v);
    expect(r).toMatchObject({ status: 'installed', packId: 'regio.oost', version: '1.0.0', replaced: null });
    const dir = versionDir(e.store, 'regio.oost', '1.0.0');
    expect(readFileSync(join(dir, 'manifest.json'))).toEqual(v.manifestBytes);
    expect(existsSync(join(dir, 'pack.json'))).toBe(true);
    const state = e.store.readState();
    expect(state.packs['regio.oost']).toMatchObject({ highestVersion: '1.0.0', active: '1.0.0', highestManifestHash: sha256Hex(v.manifestBytes) });
    expect(statSync(join(e.dir, 'data', 'pack-state.json')).mode & 0o777).toBe(0o600);
    const loaded = await loadActivePacks(e.ctx);
    expect(loaded.problems).toEqual([]);
    expect(loaded.packs.map((p) => `${p.id} ${p.version}`)).toEqual(['regio.oost 1.0.0']);
    expect((await install(e, v)).status).toBe('already-installed');
  });

  it('refuses a pack signed by an unknown key, naming the key id in groups', async () => {
    const e = env();
    const stranger = generateKey('Onbekend');
    const before = treeSnapshot(e.store.packsRoot);
    const r = await install(e, signed(oost('1.0.0'), stranger));
    expect(r.status).toBe('refused');
    if (r.status === 'refused') expect(r.refusal.message).toContain(stranger.publicKey.keyId.slice(0, 4).toUpperCase());
    expect(treeSnapshot(e.store.packsRoot)).toEqual(before);
    expect(e.store.readState().refusals).toHaveLength(1);
    expect(e.log.join('\n')).toContain('onbekende sleutel');
  });

  it('refuses a pack outside the key scope, whole', async () => {
    const e = env(['regio.achterhoek.']);
    const r = await install(e, signed(oost('1.0.0'), e.key));
    expect(r.status).toBe('refused');
    if (r.status === 'refused') expect(r.refusal.message).toContain('mag pakket "regio.oost" niet uitgeven');
    expect(e.store.readState().packs).toEqual({});
  });

  it('a key for "sector.oom." cannot publish pack "sector" (which would replace every sector fund)', async () => {
    const e = env(['sector.oom.']);
    const sector = JSON.parse(shippedText('sector.json'));
    sector.version = '2.0.0';
    const bytes = Buffer.from(JSON.stringify(sector));
    const { parsePack } = await import('../../../shared/packs/parse.ts');
    const p = parsePack(bytes.toString(), 'pack.json');
    if (!p.ok) throw new Error('fixture');
    const r = await install(e, signed({ pack: p.pack, bytes }, e.key));
    expect(r.status).toBe('refused');
  });

  it('rollback protection: older refused, same version with other content refused, even after the folder is gone', async () => {
    const e = env();
    expect((await install(e, signed(oost('1.2.0'), e.key))).status).toBe('installed');
    const before = treeSnapshot(e.store.packsRoot);
    const older = await install(e, signed(oost('1.1.9'), e.key));
    expect(older.status).toBe('refused');
    if (older.status === 'refused') expect(older.refusal.message).toContain('ouder dan de al geïnstalleerde versie 1.2.0');
    const same = await install(e, signed(oost('1.2.0', (p) => (p.title = 'Andere titel')), e.key));
    expect(same.status).toBe('refused');
    expect(treeSnapshot(e.store.packsRoot)).toEqual(before);
  });

  it('refuses an expired version and one for a newer app', async () => {
    const e = env();
    const expired = await install(e, signed(oost('1.0.0'), e.key, { published: '2025-01-01', expires: '2026-05-31' }));
    expect(expired.status).toBe('refused');
    if (expired.status === 'refused') expect(expired.refusal.message).toContain('verlopen op 31-05-2026');
    const tooNew = await install(e, signed(oost('1.0.0', (p) => (p.minAppVersion = '9.0.0')), e.key));
    expect(tooNew.status).toBe('refused');
    expect(e.store.readState().packs).toEqual({});
  });

  it('a signed version must be newer than the shipped one of the same id, and then replaces it', async () => {
    const e = env(['regio.'], { shipped: shippedPacks() });
    expect((await install(e, signed(twente('1.0.0'), e.key))).status).toBe('refused');
    const r = await install(e, signed(twente('1.1.0'), e.key));
    expect(r).toMatchObject({ status: 'installed', replaced: '1.0.0' });
    const loaded = await loadActivePacks(e.ctx);
    expect(loaded.packs.map((p) => `${p.id} ${p.version}`)).toEqual(['sector 1.0.0', 'regio.twente 1.1.0']);
  });

  it('follows the chain: 1.2.0 after 1.0.0 needs 1.1.0 in the feed, and a version without previous is refused', async () => {
    const e = env();
    const v1 = signed(oost('1.0.0'), e.key);
    await install(e, v1);
    const v11 = signed(oost('1.1.0'), e.key, { previous: sha256Hex(v1.manifestBytes) });
    const v12 = signed(oost('1.2.0'), e.key, { previous: sha256Hex(v11.manifestBytes) });
    const broken = await install(e, v12);
    expect(broken.status).toBe('refused');
    if (broken.status === 'refused') expect(broken.refusal.message).toContain('keten');
    expect((await install(e, signed(oost('1.3.0'), e.key))).status).toBe('refused');
    expect(await install(e, v12, [v11, v12])).toMatchObject({ status: 'installed', version: '1.2.0' });
    // The old version stays on disk for recomputing old arrangements.
    const old = await loadInstalledVersion(e.ctx, 'regio.oost', '1.0.0');
    expect(old.ok && old.installed.pack.version).toBe('1.0.0');
  });

  it('refuses a signature file that differs from the written form only in whitespace', async () => {
    const e = env();
    const v = signed(oost('1.0.0'), e.key);
    const loose = Buffer.from(v.signatureBytes.toString('utf8').replace('\n', '\r\n'));
    const r = await installVersion(memorySource('x', { manifest: v.manifestBytes, signature: loose, files: v.files }), e.ctx, { feed: 'f' });
    expect(r.status).toBe('refused');
    if (r.status === 'refused') expect(r.refusal.message).toContain('manifest.sig');
  });

  it('refuses a pack whose own scheme tests fail', async () => {
    const e = env();
    const r = await install(e, signed(oost('1.0.0', (p) => ((p.tests as Array<{ expect: Record<string, unknown> }>)[0]!.expect.ownContributionCents = 1)), e.key));
    expect(r.status).toBe('refused');
    if (r.status === 'refused') expect(r.refusal.message).toContain('test');
  });

  it('refuses a manifest whose layer contradicts the pack', async () => {
    const e = env();
    const r = await install(e, signed(oost('1.0.0'), e.key, { layer: 'national' }));
    expect(r.status).toBe('refused');
    if (r.status === 'refused') expect(r.refusal.problems[0]!.message).toContain('regionaal');
  });
});

describe('layers and clashes', () => {
  it('the same scheme id in two different packs is refused, naming both packs', async () => {
    const e = env(['sector.oom.'], { shipped: shippedPacks() });
    const sector = JSON.parse(shippedText('sector.json'));
    const oom = { ...sector, id: 'sector.oom', version: '1.0.0', schemes: sector.schemes.filter((s: { id: string }) => s.id.startsWith('sector.oom.')), tests: [] };
    delete oom.testBaseCase;
    const bytes = Buffer.from(JSON.stringify(oom));
    const { parsePack } = await import('../../../shared/packs/parse.ts');
    const p = parsePack(bytes.toString(), 'pack.json');
    if (!p.ok) throw new Error(JSON.stringify(p.issues));
    const before = treeSnapshot(e.store.packsRoot);
    const r = await install(e, signed({ pack: p.pack, bytes }, e.key));
    expect(r.status).toBe('refused');
    if (r.status === 'refused') {
      expect(r.refusal.message).toContain('"sector.oom.trainingstoelage" staat in twee pakketten');
      expect(r.refusal.message).toContain('"sector" 1.0.0 (meegeleverd)');
      expect(r.refusal.message).toContain('"sector.oom" 1.0.0 (Team Oost)');
    }
    expect(treeSnapshot(e.store.packsRoot)).toEqual(before);
  });

  it('orders the active packs national < sector < regional', async () => {
    const { resolveActive } = await import('../../../shared/packs/layers.ts');
    const r = resolveActive([
      { packId: 'regio.a', version: '1.0.0', layer: 'regional', origin: 'x', schemeIds: ['regio.a.x'] },
      { packId: 'nl', version: '1.0.0', layer: 'national', origin: 'x', schemeIds: ['nl.x'] },
      { packId: 'regio.a', version: '1.10.0', layer: 'regional', origin: 'x', schemeIds: ['regio.a.x'] },
      { packId: 'sector', version: '1.0.0', layer: 'sector', origin: 'x', schemeIds: ['sector.x'] },
    ]);
    expect(r.ok).toBe(true);
    expect(r.active.map((p) => `${p.packId} ${p.version}`)).toEqual(['nl 1.0.0', 'sector 1.0.0', 'regio.a 1.10.0']);
  });
});

describe('reading installed packs back', () => {
  it('a pack whose publisher was removed is no longer used; the shipped one of that id stays', async () => {
    const e = env(['regio.'], { shipped: shippedPacks() });
    await install(e, signed(twente('1.1.0'), e.key));
    removePublisher(e.store, e.key.publicKey.keyId, 'beheer', NOW);
    const loaded = await loadActivePacks(e.ctx);
    expect(loaded.packs.map((p) => `${p.id} ${p.version}`)).toContain('regio.twente 1.0.0');
    expect(loaded.problems[0]!.message).toContain('niet meer te vertrouwen');
  });

  it('an installed file changed on disk is not used', async () => {
    const e = env();
    await install(e, signed(oost('1.0.0'), e.key));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(versionDir(e.store, 'regio.oost', '1.0.0'), 'pack.json'), '{}');
    const loaded = await loadActivePacks(e.ctx);
    expect(loaded.packs).toEqual([]);
    expect(loaded.problems.length).toBeGreaterThan(0);
  });

  it('flags an expired installed pack but keeps using it, and warns of a frozen feed', async () => {
    const e = env();
    await install(e, signed(oost('1.0.0'), e.key, { published: '2026-01-01', expires: '2026-07-01', refreshDays: 30 }));
    const later = { ...e.ctx, today: () => '2026-08-01' };
    const loaded = await loadActivePacks(later);
    expect(loaded.packs).toHaveLength(1);
    expect(loaded.problems[0]!.message).toContain('verlopen op 01-07-2026');
    const warnings = freezeWarnings(e.store.readState(), '2026-02-15', '2026-02-15T00:00:00Z');
    expect(warnings.map((w) => w.subject)).toEqual(['regio.oost']);
    expect(warnings[0]!.message).toContain('sinds 01-01-2026');
    expect(freezeWarnings(e.store.readState(), '2026-01-20', '2026-01-20T00:00:00Z')).toEqual([]);
  });

  it('a damaged install state refuses installing instead of forgetting what was installed', async () => {
    const e = env();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(e.dir, 'data', 'pack-state.json'), '{"stateVersion": 1, "packs": ');
    const r = await install(e, signed(oost('1.0.0'), e.key));
    expect(r.status).toBe('refused');
    if (r.status === 'refused') expect(r.refusal.message).toContain('beschadigd');
  });
});
