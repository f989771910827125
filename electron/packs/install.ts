// Installs verified pack versions into the data folder and reads them back (issue 9).
// `packs/<packId>/<version>/` holds manifest.json, manifest.sig and the files, exactly as signed.
// A version is staged in a temp folder beside it, then renamed into place in one step, and only
// then recorded in the install state: a crash leaves at most an unrecorded folder (ignored and
// replaced next time), never a half-installed version. Earlier versions stay, so an arrangement
// made with 1.3.0 can be recomputed with 1.3.0.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { PackLoadProblem } from '../../shared/contract/packs.ts';
import { formatDateNl } from '../../shared/dates/index.ts';
import type { Pack } from '../../shared/packs/format.ts';
import { layeredFromPack, resolveActive, type LayeredPack } from '../../shared/packs/layers.ts';
import { addDaysIso, comparePlainVersions, manifestSchema, MANIFEST_FILE, PACK_FILE, packIdInScope, SIGNATURE_FILE, signatureFileSchema, type Manifest, type PackLayer } from '../../shared/packs/manifest.ts';
import { parseJsonWith } from '../../shared/packs/parse.ts';
import { sha256Hex, verifyManifestSignature } from './signing.ts';
import { trustedPublishers, withRefusal, writeFileDurable, type InstallState, type InstalledVersion, type SupplyStore } from './supply-store.ts';
import { folderSource, MAX_MANIFEST_BYTES, MAX_SIGNATURE_BYTES, SourceUnavailableError, verifyVersion, type Refusal, type VersionSource } from './verify.ts';

export interface SupplyContext {
  readonly store: SupplyStore;
  /** ISO date (expiry, freeze) and ISO timestamp (records); injected so tests control time. */
  readonly today: () => string;
  readonly now: () => string;
  readonly appVersion?: string;
  /** The packs shipped with the app: trusted as part of it, the floor a signed version must pass. */
  readonly shipped?: readonly Pack[];
  readonly maxFileBytes?: number;
  /** Where refusals are logged (besides the install state). */
  readonly log?: (line: string) => void;
}

export type InstallOutcome =
  | { readonly status: 'installed'; readonly packId: string; readonly version: string; readonly replaced: string | null }
  | { readonly status: 'already-installed'; readonly packId: string; readonly version: string }
  | { readonly status: 'refused'; readonly refusal: Refusal }
  /** The source could not deliver now (network); nothing recorded, try again later. */
  | { readonly status: 'unavailable'; readonly message: string };

export const versionDir = (store: SupplyStore, packId: string, version: string): string => join(store.packsRoot, packId, version);

/** The installed and shipped packs as layered candidates, with scheme ids for the clash check. */
const activeCandidates = (state: InstallState, shipped: readonly Pack[]): LayeredPack[] => [
  ...shipped.map((p) => layeredFromPack(p, 'meegeleverd')),
  ...Object.entries(state.packs).flatMap(([packId, rec]) => {
    const v = rec.versions.find((x) => x.version === rec.active);
    return v ? [{ packId, version: v.version, layer: v.layer, origin: v.publisher, schemeIds: v.schemeIds }] : [];
  }),
];

/**
 * Verifies and installs one version. Refused: nothing on disk or in the state changes except the
 * refusal being recorded (for the Regelingen screen and the log).
 */
export const installVersion = async (
  source: VersionSource,
  ctx: SupplyContext,
  options: { feed: string; chainLookup?: (hash: string) => Promise<Manifest | undefined> },
): Promise<InstallOutcome> => {
  const refused = (refusal: Refusal): InstallOutcome => {
    recordRefusal(ctx, options.feed, refusal);
    return { status: 'refused', refusal };
  };
  let state: InstallState;
  let publishers;
  try {
    state = ctx.store.readState();
    publishers = trustedPublishers(ctx.store.readTrust());
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { status: 'refused', refusal: { source: source.label, message, problems: [] } };
  }
  const shipped = ctx.shipped ?? [];
  let outcome;
  try {
    outcome = await verifyWithState(source, ctx, state, publishers, shipped, options.chainLookup);
  } catch (err) {
    if (err instanceof SourceUnavailableError) return { status: 'unavailable', message: err.message };
    throw err;
  }
  if (outcome.status === 'refused') return refused(outcome.refusal);
  if (outcome.status === 'already-installed') return outcome;

  const v = outcome.verified;
  const m = v.manifest;
  // Everything from here on is synchronous, and starts from a fresh read of the state: another
  // install may have finished while this one awaited its files.
  try {
    state = ctx.store.readState();
  } catch (err) {
    return { status: 'refused', refusal: { source: source.label, message: err instanceof Error ? err.message : String(err), problems: [] } };
  }
  const now = state.packs[m.packId];
  if (now && comparePlainVersions(m.version, now.highestVersion) <= 0) {
    if (m.version === now.highestVersion && v.manifestHash === now.highestManifestHash) return { status: 'already-installed', packId: m.packId, version: m.version };
    return refused({ source: source.label, packId: m.packId, version: m.version, message: `Versie ${m.version} is niet nieuwer dan de intussen geïnstalleerde versie ${now.highestVersion}.`, problems: [] });
  }
  // Layers and clashes: the new version replaces its own pack; no other pack may hold its schemes.
  const candidate: LayeredPack = { ...layeredFromPack(v.pack, v.publisher.name, m.layer) };
  const resolved = resolveActive([...activeCandidates(state, shipped).filter((c) => c.packId !== m.packId), candidate]);
  if (!resolved.ok) {
    const mine = resolved.clashes.filter((c) => c.first.packId === m.packId || c.second.packId === m.packId);
    const clashes = mine.length > 0 ? mine : resolved.clashes;
    return refused({
      source: source.label,
      packId: m.packId,
      version: m.version,
      message: clashes[0]!.message,
      problems: clashes.map((c) => ({ file: PACK_FILE, path: '$.schemes', message: c.message })),
    });
  }

  // Stage, then rename into place.
  const target = versionDir(ctx.store, m.packId, m.version);
  const packDir = join(ctx.store.packsRoot, m.packId);
  mkdirSync(packDir, { recursive: true });
  const staging = join(ctx.store.packsRoot, `.staging-${randomBytes(8).toString('hex')}`);
  try {
    mkdirSync(staging, { mode: 0o700 });
    writeFileDurable(join(staging, MANIFEST_FILE), v.manifestBytes);
    writeFileDurable(join(staging, SIGNATURE_FILE), v.signatureBytes);
    for (const [name, bytes] of v.files) writeFileDurable(join(staging, name), bytes);
    // A folder of the same version that the state does not list is a leftover of a crash.
    if (existsSync(target)) rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    const detail = err instanceof Error ? err.message : String(err);
    return refused({ source: source.label, packId: m.packId, version: m.version, message: `Installeren in de gegevensmap is mislukt (${detail.slice(0, 200)}); er is niets veranderd.`, problems: [] });
  }

  const record: InstalledVersion = {
    version: m.version,
    manifestHash: v.manifestHash,
    keyId: m.keyId,
    publisher: v.publisher.name,
    layer: m.layer,
    published: m.published,
    expires: m.expires,
    refreshDays: m.refreshDays,
    schemeIds: v.pack.schemes.map((s) => s.id),
    installedAt: ctx.now(),
    feed: options.feed,
  };
  const prev = state.packs[m.packId];
  const next: InstallState = {
    ...state,
    packs: {
      ...state.packs,
      [m.packId]: {
        highestVersion: m.version,
        highestManifestHash: v.manifestHash,
        active: m.version,
        versions: [...(prev?.versions ?? []).filter((x) => x.version !== m.version), record].sort((a, b) => comparePlainVersions(a.version, b.version)),
      },
    },
  };
  try {
    ctx.store.writeState(next);
  } catch (err) {
    // Not recorded means not installed: take the folder away again.
    rmSync(target, { recursive: true, force: true });
    const detail = err instanceof Error ? err.message : String(err);
    return refused({ source: source.label, packId: m.packId, version: m.version, message: `De installatiestatus kon niet worden opgeslagen (${detail.slice(0, 200)}); er is niets veranderd.`, problems: [] });
  }
  ctx.log?.(`Pakket ${m.packId} ${m.version} geïnstalleerd (uitgever ${v.publisher.name}, bron ${options.feed}).`);
  return { status: 'installed', packId: m.packId, version: m.version, replaced: prev?.active ?? shipped.find((p) => p.id === m.packId)?.version ?? null };
};

const verifyWithState = async (
  source: VersionSource,
  ctx: SupplyContext,
  state: InstallState,
  publishers: ReturnType<typeof trustedPublishers>,
  shipped: readonly Pack[],
  chainLookup: ((hash: string) => Promise<Manifest | undefined>) | undefined,
) => {
  // The installed record depends on the pack id, which is only trusted after the signature
  // check. Read the signed manifest once to learn the id, then verify for real with that record;
  // the second pass re-checks everything, so the peek grants nothing.
  let packId: string | undefined;
  try {
    const sig = parseJsonWith(signatureFileSchema, (await source.readSignature(MAX_SIGNATURE_BYTES)).toString('utf8'), SIGNATURE_FILE);
    const bytes = await source.readManifest(MAX_MANIFEST_BYTES);
    const pub = sig.ok ? publishers.find((p) => p.keyId === sig.data.keyId) : undefined;
    if (sig.ok && pub && verifyManifestSignature(bytes, sig.data, pub.publicKey)) {
      const m = parseJsonWith(manifestSchema, bytes.toString('utf8'), MANIFEST_FILE);
      if (m.ok) packId = m.data.packId;
    }
  } catch {
    // verifyVersion below reports the same problem properly.
  }
  const rec = packId ? state.packs[packId] : undefined;
  const shippedVersion = packId ? shipped.find((p) => p.id === packId)?.version : undefined;
  return verifyVersion(source, {
    publishers,
    today: ctx.today(),
    ...(ctx.appVersion ? { appVersion: ctx.appVersion } : {}),
    ...(rec ? { installed: { highestVersion: rec.highestVersion, highestManifestHash: rec.highestManifestHash } } : {}),
    ...(shippedVersion !== undefined ? { shippedVersion } : {}),
    ...(chainLookup ? { chainLookup } : {}),
    ...(ctx.maxFileBytes ? { maxFileBytes: ctx.maxFileBytes } : {}),
  });
};

export const recordRefusal = (ctx: SupplyContext, feed: string, refusal: Refusal): void => {
  const detail = refusal.problems.map((p) => `${p.file}${p.path ? ` (${p.path})` : ''}: ${p.message}`).join('\n');
  const message = `${refusal.message}${detail ? `\n${detail}` : ''}`.slice(0, 10_000);
  // A feed offers the same wrong version on every sync: record and log it once.
  try {
    const seen = ctx.store.readState().refusals.some((r) => r.feed === feed && r.packId === refusal.packId && r.version === refusal.version && r.message === message);
    if (seen) return;
  } catch {
    // fall through: log it
  }
  ctx.log?.(`Pakket geweigerd${refusal.packId ? ` (${refusal.packId}${refusal.version ? ` ${refusal.version}` : ''})` : ''} uit ${refusal.source}: ${refusal.message}${detail ? `\n${detail}` : ''}`);
  try {
    const state = ctx.store.readState();
    ctx.store.writeState(
      withRefusal(state, {
        at: ctx.now(),
        feed,
        ...(refusal.packId ? { packId: refusal.packId } : {}),
        ...(refusal.version ? { version: refusal.version } : {}),
        message,
      }),
    );
  } catch {
    // A damaged state is already being refused; the log line above still tells the story.
  }
};

/**
 * Indexes the signed manifests a feed offers by hash, for following the chain. Only manifests
 * with a valid signature by a trusted key whose scope covers the pack are indexed.
 */
export const chainIndex = async (sources: readonly VersionSource[], ctx: SupplyContext): Promise<(hash: string) => Promise<Manifest | undefined>> => {
  const publishers = trustedPublishers(ctx.store.readTrust());
  const byHash = new Map<string, Manifest>();
  for (const s of sources) {
    try {
      const sig = parseJsonWith(signatureFileSchema, (await s.readSignature(MAX_SIGNATURE_BYTES)).toString('utf8'), SIGNATURE_FILE);
      if (!sig.ok) continue;
      const pub = publishers.find((p) => p.keyId === sig.data.keyId);
      const bytes = await s.readManifest(MAX_MANIFEST_BYTES);
      if (!pub || !verifyManifestSignature(bytes, sig.data, pub.publicKey)) continue;
      const m = parseJsonWith(manifestSchema, bytes.toString('utf8'), MANIFEST_FILE);
      if (m.ok && m.data.keyId === sig.data.keyId && packIdInScope(m.data.packId, pub.scopes)) byHash.set(sha256Hex(bytes), m.data);
    } catch {
      // An unreadable version is simply not a link in the chain.
    }
  }
  return async (hash) => byHash.get(hash);
};

// ---------------------------------------------------------------------------------------------
// Reading installed packs back (at start, and an older version for recomputing).

export interface InstalledPack {
  readonly pack: Pack;
  readonly packId: string;
  readonly version: string;
  readonly layer: PackLayer;
  readonly publisher: string;
  readonly keyId: string;
  readonly published: string;
  readonly expires: string;
  /** Expired since it was installed: still used (dropping it would hide money), but shown. */
  readonly expired: boolean;
}

export interface LoadedSupply {
  /** Shipped and installed packs together: per id the active version, national < sector < regional. */
  readonly packs: Pack[];
  readonly installed: InstalledPack[];
  readonly problems: PackLoadProblem[];
}

/** Reads one installed version back, re-checking signature (with today's trust), scope and hashes. */
export const loadInstalledVersion = async (ctx: SupplyContext, packId: string, version: string): Promise<{ ok: true; installed: InstalledPack } | { ok: false; problems: PackLoadProblem[] }> => {
  const state = ctx.store.readState();
  const rec = state.packs[packId]?.versions.find((v) => v.version === version);
  if (!rec) return { ok: false, problems: [{ file: `${packId} ${version}`, path: '', message: `Versie ${version} van pakket "${packId}" is niet geïnstalleerd.` }] };
  const publishers = trustedPublishers(ctx.store.readTrust());
  const r = await verifyVersion(folderSource(versionDir(ctx.store, packId, version)), { publishers, today: ctx.today(), purpose: 'reload', ...(ctx.appVersion ? { appVersion: ctx.appVersion } : {}) });
  if (r.status !== 'verified') {
    const why = r.status === 'refused' ? r.refusal : { message: 'onbekend', problems: [] };
    return { ok: false, problems: [{ file: `${packId} ${version}`, path: '', message: `De geïnstalleerde versie is niet meer te vertrouwen: ${why.message}` }, ...why.problems] };
  }
  const v = r.verified;
  if (v.manifestHash !== rec.manifestHash) {
    return { ok: false, problems: [{ file: `${packId} ${version}`, path: '', message: 'De geïnstalleerde versie is op schijf vervangen door een andere; die wordt niet gebruikt.' }] };
  }
  const today = ctx.today();
  return {
    ok: true,
    installed: {
      pack: v.pack,
      packId,
      version,
      layer: v.manifest.layer,
      publisher: v.publisher.name,
      keyId: v.manifest.keyId,
      published: v.manifest.published,
      expires: v.manifest.expires,
      expired: v.manifest.expires < today,
    },
  };
};

/**
 * The packs to match with: shipped ones, replaced per id by the active installed version. An
 * installed version that no longer verifies (key removed, file changed on disk) is left out and
 * named in `problems`; the shipped version of that id, if any, stays in use.
 */
export const loadActivePacks = async (ctx: SupplyContext): Promise<LoadedSupply> => {
  const state = ctx.store.readState();
  const problems: PackLoadProblem[] = [];
  const installed: InstalledPack[] = [];
  for (const [packId, rec] of Object.entries(state.packs)) {
    const r = await loadInstalledVersion(ctx, packId, rec.active);
    if (r.ok) {
      installed.push(r.installed);
      if (r.installed.expired) problems.push({ file: `${packId} ${rec.active}`, path: '$.expires', message: `Dit pakket is verlopen op ${formatDateNl(r.installed.expires)}. Het wordt nog gebruikt; vraag de uitgever om een nieuwe versie.` });
    } else problems.push(...r.problems);
  }
  type Candidate = LayeredPack & { pack: Pack };
  const candidates: Candidate[] = [
    ...(ctx.shipped ?? []).map((p) => ({ ...layeredFromPack(p, 'meegeleverd'), pack: p })),
    ...installed.map((i) => ({ ...layeredFromPack(i.pack, i.publisher, i.layer), pack: i.pack })),
  ];
  const resolved = resolveActive(candidates);
  if (!resolved.ok) {
    // Cannot happen after a checked install unless files were edited by hand; say so, and keep
    // every pack out that takes part in a clash rather than guess which one is right.
    const clashing = new Set(resolved.clashes.flatMap((c) => [c.first.packId, c.second.packId]));
    for (const c of resolved.clashes) problems.push({ file: c.second.packId, path: '$.schemes', message: c.message });
    return { packs: resolved.active.filter((c) => !clashing.has(c.packId)).map((c) => c.pack), installed, problems };
  }
  return { packs: resolved.active.map((c) => c.pack), installed, problems };
};

// ---------------------------------------------------------------------------------------------
// Freeze warnings: a publisher promises a new version within refreshDays; a feed states how
// often it is refreshed. Past that, something may be holding the app on an old version.

export interface FreezeWarning {
  readonly kind: 'pack' | 'feed';
  readonly subject: string;
  readonly since: string;
  readonly message: string;
}

export const freezeWarnings = (state: InstallState, today: string, nowIso: string): FreezeWarning[] => {
  const out: FreezeWarning[] = [];
  for (const [packId, rec] of Object.entries(state.packs)) {
    const newest = rec.versions.find((v) => v.version === rec.highestVersion);
    if (!newest) continue;
    const due = addDaysIso(newest.published, newest.refreshDays);
    if (due < today) {
      out.push({ kind: 'pack', subject: packId, since: newest.published, message: `Van pakket "${packId}" is sinds ${formatDateNl(newest.published)} geen nieuwe versie gezien; de uitgever belooft er elke ${newest.refreshDays} dagen een. Controleer of de feed nog wordt bijgewerkt.` });
    }
  }
  for (const [feed, fs] of Object.entries(state.feeds)) {
    if (!fs.refreshDays) continue;
    // The feed's own date when it states one (a server stuck on an old index), else the last
    // successful sync (an app that cannot reach its feed).
    const last = fs.generated ?? fs.lastSuccess?.slice(0, 10);
    if (!last) continue;
    if (addDaysIso(last, fs.refreshDays) < nowIso.slice(0, 10)) {
      out.push({ kind: 'feed', subject: feed, since: last, message: `De feed ${feed} is sinds ${formatDateNl(last)} niet meer bijgewerkt (afgesproken: elke ${fs.refreshDays} dagen).` });
    }
  }
  return out;
};
