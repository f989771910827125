// Issue 9: at least 1,000 tampered variants of one signed pack version, generated with
// fast-check. Every one is refused, and none is partly installed: the installed packs folder
// and the install state are byte for byte what they were before.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installVersion, type InstallOutcome } from '../../../electron/packs/install.ts';
import type { SignedVersion } from '../../../electron/packs/publish.ts';
import { generateKey, keyIdOf, sha256Hex, signManifest } from '../../../electron/packs/signing.ts';
import { addPublisher } from '../../../electron/packs/supply-store.ts';
import { folderSource, memorySource, type VersionSource } from '../../../electron/packs/verify.ts';
import { signatureFileText, type Manifest } from '../../../shared/packs/manifest.ts';
import { makeEnv, NOW, signed, treeSnapshot, twente, type Env } from './helpers.ts';

const RUNS = 1200;

let e: Env;
let base: SignedVersion;
let v1Hash: string;
const stranger = generateKey('Onbekende uitgever');
const otherTrusted = generateKey('Sectorfonds');
let scratch: string;
let counter = 0;

beforeAll(async () => {
  e = makeEnv(['regio.oost.']);
  const r = addPublisher(e.store, { ...otherTrusted.publicKey, scopes: ['sector.'] }, 'beheerder', NOW, keyIdOf);
  if (!r.ok) throw new Error(r.message);
  const v1 = signed(twente('1.0.0', { id: 'regio.oost' }), e.key);
  v1Hash = sha256Hex(v1.manifestBytes);
  const installed = await installVersion(memorySource('v1', { manifest: v1.manifestBytes, signature: v1.signatureBytes, files: v1.files }), e.ctx, { feed: 'f' });
  if (installed.status !== 'installed') throw new Error('setup');
  base = signed(twente('1.1.0', { id: 'regio.oost' }), e.key, { previous: v1Hash });
  scratch = join(e.dir, 'scratch');
  mkdirSync(scratch);
});
afterAll(() => e.cleanup());

// ---------------------------------------------------------------------------------------------
// Variants. Each takes the untouched signed version and returns what an attacker (or a broken
// copy) would hand over: manifest bytes, signature bytes and files, plus optional disk tricks.

interface Variant {
  manifest: Buffer;
  signature: Buffer;
  files: Map<string, Buffer>;
  /** Write to disk and read through the folder source (symlinks need a real folder). */
  disk?: 'plain' | 'symlink-pack';
}

const clone = (): Variant => ({ manifest: Buffer.from(base.manifestBytes), signature: Buffer.from(base.signatureBytes), files: new Map([...base.files].map(([k, v]) => [k, Buffer.from(v)])) });

const flip = (b: Buffer, at: number, mask: number): Buffer => {
  const out = Buffer.from(b);
  const i = at % out.length;
  out[i] = out[i]! ^ mask;
  return out;
};

/** A manifest the attacker edits and signs again with some key. */
const resign = (edit: (m: Manifest) => void, key = e.key, files?: Map<string, Buffer>): Variant => {
  const m: Manifest = JSON.parse(base.manifestBytes.toString('utf8'));
  edit(m);
  const manifest = Buffer.from(`${JSON.stringify(m, null, 2)}\n`);
  return { manifest, signature: Buffer.from(signatureFileText(signManifest(manifest, key.privateKeyPem))), files: files ?? clone().files };
};

/** A pack edited and a fully consistent manifest made for it, signed by the given key. */
const repack = (version: string, opts: { id?: string; expires?: string; published?: string; key?: typeof stranger; edit?: (p: Record<string, unknown>) => void } = {}): Variant => {
  const p = twente(version, { id: opts.id ?? 'regio.oost', ...(opts.edit ? { edit: opts.edit } : {}) });
  const v = signed(p, opts.key ?? e.key, { previous: v1Hash, ...(opts.expires ? { expires: opts.expires } : {}), ...(opts.published ? { published: opts.published } : {}) });
  return { manifest: v.manifestBytes, signature: v.signatureBytes, files: new Map(v.files) };
};

const mutations = [
  fc.record({ kind: fc.constant('flip-pack'), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }).map((x) => ({ ...x, make: () => ({ ...clone(), files: new Map([['pack.json', flip(base.files.get('pack.json')!, x.at, x.mask)]]) }) })),
  fc.record({ kind: fc.constant('flip-manifest'), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }).map((x) => ({ ...x, make: () => ({ ...clone(), manifest: flip(base.manifestBytes, x.at, x.mask) }) })),
  fc.record({ kind: fc.constant('flip-signature'), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }).map((x) => ({ ...x, make: () => ({ ...clone(), signature: flip(base.signatureBytes, x.at, x.mask) }) })),
  fc.record({ kind: fc.constant('truncate'), which: fc.constantFrom('pack.json', 'manifest', 'signature'), len: fc.nat() }).map((x) => ({
    ...x,
    make: () => {
      const v = clone();
      if (x.which === 'manifest') v.manifest = v.manifest.subarray(0, x.len % v.manifest.length);
      else if (x.which === 'signature') v.signature = v.signature.subarray(0, x.len % v.signature.length);
      else v.files.set('pack.json', v.files.get('pack.json')!.subarray(0, x.len % v.files.get('pack.json')!.length));
      return v;
    },
  })),
  fc.record({ kind: fc.constant('append'), which: fc.constantFrom('pack.json', 'manifest', 'signature'), extra: fc.uint8Array({ minLength: 1, maxLength: 16 }) }).map((x) => ({
    ...x,
    make: () => {
      const v = clone();
      const add = (b: Buffer) => Buffer.concat([b, Buffer.from(x.extra)]);
      if (x.which === 'manifest') v.manifest = add(v.manifest);
      else if (x.which === 'signature') v.signature = add(v.signature);
      else v.files.set('pack.json', add(v.files.get('pack.json')!));
      return v;
    },
  })),
  fc.record({ kind: fc.constant('rename-file'), to: fc.constantFrom('Pack.json', 'pack.json.tmp', 'pakket.json', 'pack.json ', '../pack.json') }).map((x) => ({
    ...x,
    make: () => ({ ...clone(), files: new Map([[x.to, base.files.get('pack.json')!]]) }),
  })),
  fc.record({ kind: fc.constant('dot-dot-name'), name: fc.constantFrom('../pack.json', '../../etc/passwd', '/etc/passwd', 'C:\\pack.json', 'sub/../pack.json', '..\\pack.json'), resigned: fc.boolean() }).map((x) => ({
    ...x,
    make: (): Variant => {
      const files = new Map([[x.name, base.files.get('pack.json')!]]);
      if (x.resigned) return resign((m) => (m.files[0]!.name = x.name), e.key, files);
      const m = JSON.parse(base.manifestBytes.toString('utf8'));
      m.files[0].name = x.name;
      return { ...clone(), manifest: Buffer.from(JSON.stringify(m, null, 2)), files };
    },
  })),
  fc.record({ kind: fc.constant('version-down'), version: fc.constantFrom('1.0.0', '0.9.0', '0.0.1', '1.0.0'), consistent: fc.boolean() }).map((x) => ({
    ...x,
    make: () => (x.consistent ? repack(x.version, { edit: (p) => (p.title = `Oost ${x.version} opnieuw`) }) : resign((m) => (m.version = x.version))),
  })),
  fc.record({ kind: fc.constant('swap-key'), how: fc.constantFrom('stranger', 'other-trusted', 'claim-other-id', 'claim-trusted-id') }).map((x) => ({
    ...x,
    make: (): Variant => {
      if (x.how === 'stranger') return repack('1.1.0', { key: stranger });
      if (x.how === 'other-trusted') return repack('1.1.0', { key: otherTrusted });
      // A signature by one key presented as another's.
      const sig = JSON.parse(base.signatureBytes.toString('utf8'));
      sig.keyId = x.how === 'claim-other-id' ? otherTrusted.publicKey.keyId : e.key.publicKey.keyId;
      const bySomeoneElse = signManifest(base.manifestBytes, stranger.privateKeyPem);
      if (x.how === 'claim-trusted-id') sig.signature = bySomeoneElse.signature;
      return { ...clone(), signature: Buffer.from(signatureFileText(sig)) };
    },
  })),
  fc.record({ kind: fc.constant('out-of-scope'), id: fc.constantFrom('regio.twente', 'regio', 'nl.oost', 'sector.oost') }).map((x) => ({ ...x, make: () => repack('1.1.0', { id: x.id }) })),
  fc.record({ kind: fc.constant('expired'), expires: fc.constantFrom('2026-05-31', '2026-01-02', '2025-12-31') }).map((x) => ({ ...x, make: () => repack('1.1.0', { published: '2025-01-01', expires: x.expires }) })),
  fc.record({ kind: fc.constant('manifest-lies'), what: fc.constantFrom('sha', 'size', 'packId', 'layer', 'minApp', 'previous', 'keyId') }).map((x) => ({
    ...x,
    make: () =>
      resign((m) => {
        if (x.what === 'sha') m.files[0]!.sha256 = 'f'.repeat(64);
        if (x.what === 'size') m.files[0]!.size += 1;
        if (x.what === 'packId') m.packId = 'regio.oost.anders';
        if (x.what === 'layer') m.layer = 'national';
        if (x.what === 'minApp') m.minAppVersion = '99.0.0';
        if (x.what === 'previous') m.previous = 'a'.repeat(64);
        if (x.what === 'keyId') m.keyId = otherTrusted.publicKey.keyId;
      }),
  })),
  fc.record({ kind: fc.constant('huge-file'), mb: fc.constantFrom(6, 100) }).map((x) => ({
    ...x,
    make: (): Variant => {
      // The size in the signed manifest is honest; the limit must still refuse before reading.
      const bytes = Buffer.alloc(x.mb === 100 ? 1 : 6 * 1024 * 1024, 0x20);
      const files = new Map([['pack.json', bytes]]);
      return resign((m) => (m.files[0] = { name: 'pack.json', sha256: sha256Hex(bytes), size: x.mb * 1024 * 1024 }), e.key, files);
    },
  })),
  fc.record({ kind: fc.constant('on-disk'), trick: fc.constantFrom('symlink-pack', 'flip-then-disk') , at: fc.nat() }).map((x) => ({
    ...x,
    make: (): Variant => (x.trick === 'symlink-pack' ? { ...clone(), disk: 'symlink-pack' } : { ...clone(), files: new Map([['pack.json', flip(base.files.get('pack.json')!, x.at, 1)]]), disk: 'plain' }),
  })),
];

const sourceOf = (v: Variant): VersionSource => {
  if (!v.disk) return memorySource('variant', { manifest: v.manifest, signature: v.signature, files: v.files });
  const dir = join(scratch, String(counter++));
  mkdirSync(dir);
  writeFileSync(join(dir, 'manifest.json'), v.manifest);
  writeFileSync(join(dir, 'manifest.sig'), v.signature);
  for (const [name, bytes] of v.files) {
    if (v.disk === 'symlink-pack' && name === 'pack.json') {
      writeFileSync(join(scratch, `target-${counter}.json`), bytes);
      symlinkSync(join(scratch, `target-${counter}.json`), join(dir, name));
    } else if (!name.includes('/') && !name.includes('\\')) writeFileSync(join(dir, name), bytes);
  }
  return folderSource(dir);
};

describe('tampered variants of a signed pack', () => {
  it('the untouched version installs (so the refusals below are about the tampering)', async () => {
    const fresh = makeEnv(['regio.oost.']);
    try {
      const v1 = signed(twente('1.0.0', { id: 'regio.oost' }), fresh.key);
      await installVersion(memorySource('v1', { manifest: v1.manifestBytes, signature: v1.signatureBytes, files: v1.files }), fresh.ctx, { feed: 'f' });
      const ok = signed(twente('1.1.0', { id: 'regio.oost' }), fresh.key, { previous: sha256Hex(v1.manifestBytes) });
      const r = await installVersion(memorySource('ok', { manifest: ok.manifestBytes, signature: ok.signatureBytes, files: ok.files }), fresh.ctx, { feed: 'f' });
      expect(r.status).toBe('installed');
    } finally {
      fresh.cleanup();
    }
  });

  it(`refuses all of ${RUNS} tampered variants and never touches the installed packs`, async () => {
    const tree = treeSnapshot(e.store.packsRoot);
    const packs = JSON.stringify(e.store.readState().packs);
    const kinds = new Map<string, number>();
    const accepted: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.oneof(...mutations), async (m) => {
        kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
        const variant = m.make();
        const r: InstallOutcome = await installVersion(sourceOf(variant), e.ctx, { feed: 'aanvaller' });
        if (r.status !== 'refused') accepted.push(`${JSON.stringify({ ...m, make: undefined })} → ${r.status}`);
        expect(r.status).toBe('refused');
        if (r.status === 'refused') expect(r.refusal.message.length).toBeGreaterThan(10);
      }),
      { numRuns: RUNS, seed: 20260601 },
    );
    expect(accepted).toEqual([]);
    expect(treeSnapshot(e.store.packsRoot)).toEqual(tree);
    expect(JSON.stringify(e.store.readState().packs)).toBe(packs);
    // No staging folder left behind either.
    expect(treeSnapshot(e.store.packsRoot).filter((p) => p.startsWith('.staging'))).toEqual([]);
    expect([...kinds.values()].reduce((a, b) => a + b, 0)).toBe(RUNS);
    expect(kinds.size).toBe(mutations.length);
    rmSync(scratch, { recursive: true, force: true });
  }, 120_000);
});
