// The packs in use and the supply chain behind them (issue 9): the adviser's and the
// administrator's actions, one operation each. Installing, trust and feeds live in the data
// folder (electron/packs/); after anything that can change the packs in use, the services
// re-read them (ctx.packs.reload) and swap them in whole, which also starts the re-evaluation
// of the open arrangements. Every refusal is a Dutch message and changes nothing; installs are
// atomic in electron/packs/install.ts, and a refused version is recorded for the screen and log.
import type { Kysely } from 'kysely';
import { settingsRepository } from '../../db/repositories/settings.ts';
import type { Database } from '../../db/schema.ts';
import type { PackInUse, PacksList, packsOperations, RefusalInfo, TrustList } from '../../shared/contract/packs.ts';
import { AppFailure, type Issue } from '../../shared/contract/result.ts';
import { packTestCoverage } from '../../shared/matcher/pack-test-coverage.ts';
import { runPackTests } from '../../shared/matcher/pack-tests.ts';
import { diffPacks, formatPackDiff } from '../../shared/packs/diff.ts';
import type { Pack } from '../../shared/packs/format.ts';
import { groupKeyId, layerNl, layerOfScopeKind, publicKeyFileSchema, type PackLayer } from '../../shared/packs/manifest.ts';
import { formatIssues, parseJsonWith, parsePack } from '../../shared/packs/parse.ts';
import { readBundle } from '../packs/bundle.ts';
import { readFeeds, writeFeeds, type FeedsFile } from '../packs/feeds-config.ts';
import { syncFolderFeed } from '../packs/folder-feed.ts';
import { syncHttpsFeed } from '../packs/https-feed.ts';
import { freezeWarnings, installVersion, type SupplyContext } from '../packs/install.ts';
import { keyIdOf } from '../packs/signing.ts';
import { addPublisher, removePublisher, type TrustFile } from '../packs/supply-store.ts';
import { recordChange } from './audit.ts';
import type { ServiceContext } from './context.ts';
import type { HandlerTable } from './handlers.ts';

export const packsMessages = {
  noSupply: 'In deze omgeving kunnen geen regelingenpakketten worden bijgewerkt (er is geen gegevensmap). Er is niets veranderd.',
  noFeeds: 'Er is nog geen feed ingesteld. Vraag de functioneel beheerder om bij Regelingen een map of webadres op te geven. Er is niets veranderd.',
  nameMissing: 'Vul eerst uw naam in bij Instellingen: bij deze wijziging wordt vastgelegd wie die deed. Er is niets veranderd.',
  importRefused: (why: string) => `Dit pakket is niet geïnstalleerd: ${why} De pakketten in gebruik zijn niet veranderd.`,
  importUnreadable: (why: string) => `${why} Er is niets geïnstalleerd.`,
  alreadyInstalled: (id: string, version: string) => `Versie ${version} van "${id}" was al geïnstalleerd; er is niets veranderd.`,
  installed: (title: string, version: string, replaced: string | null) =>
    `${title} ${version} is geïnstalleerd${replaced ? ` en vervangt versie ${replaced}` : ''}. Open arrangementen worden nu herberekend.`,
  versionUnknown: (id: string, version: string) => `Versie ${version} van pakket "${id}" is niet beschikbaar op deze computer.`,
  packUnknown: (id: string) => `Pakket "${id}" is niet in gebruik en niet geïnstalleerd.`,
  testPackInvalid: 'Dit pakketbestand is ongeldig; de tests zijn niet gedraaid. Kijk bij de meldingen wat er mis is.',
  keyFileInvalid: 'Dit is geen sleutelbestand van een uitgever (.pub.json). Er is niets veranderd.',
  syncSummary: (installed: number, refused: number, unreachable: number) => {
    const parts = [installed === 0 ? 'Geen nieuwe versies' : installed === 1 ? '1 nieuwe versie geïnstalleerd' : `${installed} nieuwe versies geïnstalleerd`];
    if (refused > 0) parts.push(refused === 1 ? '1 versie geweigerd (zie de meldingen)' : `${refused} versies geweigerd (zie de meldingen)`);
    if (unreachable > 0) parts.push(unreachable === 1 ? '1 feed niet bereikbaar' : `${unreachable} feeds niet bereikbaar`);
    return `${parts.join('; ')}.`;
  },
} as const;

/** The feed label of a pack imported by hand, as the install state and the screen show it. */
export const manualFeed = (fileName: string): string => `handmatig: ${fileName.split(/[\\/]/).pop()}`;

const SHIPPED_TEXT = 'Meegeleverd met Arrangeur';

export function packsHandlers(ctx: ServiceContext): HandlerTable<keyof typeof packsOperations> {
  const supplyOrFail = (): SupplyContext => {
    const s = ctx.packs.supply;
    if (!s) throw new AppFailure('unavailable', packsMessages.noSupply);
    return s;
  };

  /** Who changes trust or feeds: the adviser name in the settings; required, because it is recorded. */
  const actor = async (): Promise<string> => {
    const name = (await settingsRepository(ctx.db).get()).adviserName.trim();
    if (!name) throw new AppFailure('invalid-input', packsMessages.nameMissing);
    return name;
  };

  /** An audit entry for a supply-chain change (the trail lives in the store; the change itself in the data folder). */
  const audit = (action: 'pack.install' | 'publisher.trust' | 'publisher.revoke', recordId: string, details: Record<string, string | number>) =>
    ctx.transaction((db: Kysely<Database>) => recordChange(ctx, db, { action, recordType: action === 'pack.install' ? 'pack' : 'publisher', clientId: null, recordId, fields: [], details }));

  const inUse = (): PackInUse[] => {
    const snap = ctx.packs.current();
    const supply = ctx.packs.supply;
    let state = null;
    try {
      state = supply?.store.readState() ?? null;
    } catch {
      state = null;
    }
    return snap.packs.map((pack): PackInUse => {
      const signed = snap.installed?.find((i) => i.packId === pack.id && i.version === pack.version);
      const rec = state?.packs[pack.id];
      const installedVersion = rec?.versions.find((v) => v.version === pack.version);
      const shipped = supply?.shipped?.find((p) => p.id === pack.id);
      const versions = [...new Set([...(shipped ? [shipped.version] : []), ...(rec?.versions.map((v) => v.version) ?? [])])];
      const layer: PackLayer = signed?.layer ?? layerOfScopeKind(pack.scope.kind);
      return {
        id: pack.id,
        title: pack.title,
        version: pack.version,
        layer,
        layerNl: layerNl[layer],
        signature: signed ? 'signed' : 'shipped',
        signatureText: signed ? `Ondertekend door ${signed.publisher} (sleutel ${groupKeyId(signed.keyId)})` : SHIPPED_TEXT,
        publisher: signed?.publisher ?? pack.publisher,
        keyId: signed?.keyId ?? null,
        keyIdGrouped: signed ? groupKeyId(signed.keyId) : null,
        published: signed?.published ?? null,
        expires: signed?.expires ?? null,
        expired: signed?.expired ?? false,
        installedAt: installedVersion?.installedAt ?? null,
        feed: installedVersion?.feed ?? null,
        schemeCount: pack.schemes.length,
        versions: versions.length > 0 ? versions : [pack.version],
      };
    });
  };

  const list = (): PacksList => {
    const snap = ctx.packs.current();
    const supply = ctx.packs.supply;
    const base: PacksList = { packs: snap.packs, problems: snap.problems, inUse: inUse(), feeds: [], lastSync: null, freezeWarnings: [], refusals: [] };
    if (!supply) return base;
    const problems = [...snap.problems];
    let feedsFile: FeedsFile | null = null;
    try {
      feedsFile = readFeeds(supply.store);
    } catch (err) {
      problems.push({ file: 'pack-feeds.json', path: '', message: err instanceof Error ? err.message : String(err) });
    }
    let state;
    try {
      state = supply.store.readState();
    } catch (err) {
      problems.push({ file: 'pack-state.json', path: '', message: err instanceof Error ? err.message : String(err) });
      return { ...base, problems };
    }
    const feedStatus = (kind: 'folder' | 'https', location: string) => {
      const f = state.feeds[location];
      return { kind, location, lastAttempt: f?.lastAttempt ?? null, lastSuccess: f?.lastSuccess ?? null, lastError: f?.lastError ?? null };
    };
    const feeds = [...(feedsFile?.folders.map((f) => feedStatus('folder', f)) ?? []), ...(feedsFile?.urls.map((u) => feedStatus('https', u.url)) ?? [])];
    const successes = Object.values(state.feeds).flatMap((f) => (f.lastSuccess ? [f.lastSuccess] : [])).sort();
    const refusals: RefusalInfo[] = [...state.refusals].reverse().map((r) => ({ at: r.at, feed: r.feed, packId: r.packId ?? null, version: r.version ?? null, message: r.message }));
    return {
      ...base,
      problems,
      feeds,
      lastSync: successes[successes.length - 1] ?? null,
      freezeWarnings: freezeWarnings(state, supply.today(), supply.now()),
      refusals,
    };
  };

  /** A version this app has: the one in use, the shipped one, or a kept installed copy. */
  const packVersion = async (packId: string, version: string): Promise<Pack> => {
    const pack = await ctx.packs.packAt({ id: packId, version });
    if (!pack) throw new AppFailure('not-found', packsMessages.versionUnknown(packId, version));
    return pack;
  };

  const trustList = (trust: TrustFile): TrustList => ({
    publishers: trust.publishers.map((p) => ({ keyId: p.keyId, keyIdGrouped: groupKeyId(p.keyId), name: p.name, scopes: [...p.scopes], addedBy: p.addedBy, addedAt: p.addedAt })),
    changes: [...trust.changes].reverse().map((c) => ({ at: c.at, by: c.by, action: c.action, keyId: c.keyId, keyIdGrouped: groupKeyId(c.keyId), name: c.name, scopes: [...c.scopes] })),
  });

  const feedsView = (f: FeedsFile) => ({
    folders: [...f.folders],
    urls: f.urls.map((u) => ({ url: u.url, hasCa: u.caPem !== undefined })),
    changes: [...f.changes].reverse().map((c) => ({ at: c.at, by: c.by, folders: [...c.folders], urls: [...c.urls] })),
  });

  /** After the packs may have changed: read them again (a change starts the re-evaluation). */
  const reloadAfter = async (): Promise<boolean> => {
    const before = ctx.packs.current();
    const after = await ctx.packs.reload();
    return before !== after && JSON.stringify(before.packs.map((p) => `${p.id}@${p.version}`)) !== JSON.stringify(after.packs.map((p) => `${p.id}@${p.version}`));
  };

  return {
    'packs.list': () => list(),

    'packs.sync': async () => {
      const supply = supplyOrFail();
      const feeds = readFeeds(supply.store);
      if (feeds.folders.length === 0 && feeds.urls.length === 0) throw new AppFailure('not-found', packsMessages.noFeeds);
      const results = [];
      for (const folder of feeds.folders) {
        const r = await syncFolderFeed(folder, supply);
        results.push({
          kind: 'folder' as const,
          location: folder,
          reachable: r.reachable,
          message: r.message ?? null,
          installed: r.installed,
          refused: r.refused.map((x) => ({ packId: x.packId ?? null, version: x.version ?? null, message: x.message })),
          pending: r.pending,
          ignored: r.ignored.length,
        });
      }
      for (const u of feeds.urls) {
        const r = await syncHttpsFeed(u.url, supply, u.caPem ? { ca: u.caPem } : {});
        results.push({
          kind: 'https' as const,
          location: u.url,
          reachable: r.reachable,
          message: r.message ?? null,
          installed: r.installed,
          refused: r.refused.map((x) => ({ packId: x.packId ?? null, version: x.version ?? null, message: x.message })),
          pending: r.unavailable.map((x) => ({ packId: x.packId, version: x.version, reason: x.message })),
          ignored: 0,
        });
      }
      const installed = results.reduce((n, r) => n + r.installed.length, 0);
      const refused = results.reduce((n, r) => n + r.refused.length, 0);
      for (const r of results) for (const i of r.installed) await audit('pack.install', `${i.packId}@${i.version}`, { version: i.version, feed: r.kind });
      const changed = installed > 0 ? await reloadAfter() : false;
      return {
        feeds: results,
        installed,
        refused,
        message: packsMessages.syncSummary(installed, refused, results.filter((r) => !r.reachable).length),
        reevaluationStarted: changed,
      };
    },

    'packs.import': async ({ fileName, bundle }) => {
      const supply = supplyOrFail();
      const feed = manualFeed(fileName);
      const read = readBundle(bundle, fileName);
      if (!read.ok) {
        const issues: Issue[] = read.problems.map((p) => ({ path: `bundle${p.path.slice(1)}`, message: p.message }));
        throw new AppFailure('invalid-input', packsMessages.importUnreadable(read.message), issues);
      }
      const before = ctx.packs.current();
      const out = await installVersion(read.source, supply, { feed });
      if (out.status === 'refused') {
        const issues: Issue[] = out.refusal.problems.slice(0, 20).map((p) => ({ path: `${p.file}${p.path ? ` ${p.path}` : ''}`, message: p.message }));
        throw new AppFailure('invalid-input', packsMessages.importRefused(out.refusal.message), issues);
      }
      if (out.status === 'unavailable') throw new AppFailure('invalid-input', packsMessages.importUnreadable(out.message));
      if (out.status === 'already-installed') {
        return { status: 'already-installed' as const, packId: out.packId, version: out.version, replaced: null, changes: [], message: packsMessages.alreadyInstalled(out.packId, out.version), reevaluationStarted: false };
      }
      await audit('pack.install', `${out.packId}@${out.version}`, { version: out.version, feed: 'handmatig' });
      const changed = await reloadAfter();
      const now = ctx.packs.current().packs.find((p) => p.id === out.packId);
      const old = before.packs.find((p) => p.id === out.packId);
      const changes = now && old ? diffPacks(old, now) : [];
      return {
        status: 'installed' as const,
        packId: out.packId,
        version: out.version,
        replaced: out.replaced,
        changes,
        message: packsMessages.installed(now?.title ?? out.packId, out.version, out.replaced),
        reevaluationStarted: changed,
      };
    },

    'packs.diff': async ({ packId, from, to }) => {
      const known = ctx.packs.current().packs.some((p) => p.id === packId) || ctx.packs.supply?.store.readState().packs[packId] !== undefined;
      if (!known) throw new AppFailure('not-found', packsMessages.packUnknown(packId));
      const a = await packVersion(packId, from);
      const b = await packVersion(packId, to);
      const changes = diffPacks(a, b);
      return { packId, title: b.title, from, to, changes, text: formatPackDiff(a, b, changes) };
    },

    'packs.runTests': async (input) => {
      let pack: Pack;
      if (input.source === 'installed') {
        const inUseNow = ctx.packs.current().packs.find((p) => p.id === input.packId);
        if (!inUseNow && input.version === undefined) throw new AppFailure('not-found', packsMessages.packUnknown(input.packId));
        pack = input.version === undefined ? inUseNow! : await packVersion(input.packId, input.version);
      } else {
        const r = parsePack(input.json, input.fileName.split(/[\\/]/).pop() ?? input.fileName);
        if (!r.ok) {
          throw new AppFailure(
            'invalid-input',
            packsMessages.testPackInvalid,
            r.issues.slice(0, 20).map((i) => ({ path: i.path, message: formatIssues([i]) })),
          );
        }
        pack = r.pack;
      }
      const tests = runPackTests(pack);
      const coverage = packTestCoverage(pack);
      const passed = tests.filter((t) => t.passed).length;
      return {
        packId: pack.id,
        version: pack.version,
        total: tests.length,
        passed,
        failed: tests.length - passed,
        tests: tests.map((t) => ({ name: t.name, passed: t.passed, failures: [...t.failures] })),
        coverage: { rules: coverage.rules, rulesCovered: coverage.rulesCovered, branches: coverage.branches, branchesCovered: coverage.branchesCovered, gaps: coverage.gaps.map((g) => ({ ...g })) },
      };
    },

    'packs.getFeeds': () => feedsView(readFeeds(supplyOrFail().store)),

    'packs.setFeeds': async ({ folders, urls }) => {
      const supply = supplyOrFail();
      const by = await actor();
      const current = readFeeds(supply.store);
      const uniqueFolders = [...new Set(folders)];
      const uniqueUrls = [...new Map(urls.map((u) => [u.url, u])).values()];
      const next: FeedsFile = {
        ...current,
        folders: uniqueFolders,
        urls: uniqueUrls.map((u) => (u.caPem ? { url: u.url, caPem: u.caPem } : { url: u.url })),
        changes: [...current.changes, { at: supply.now(), by, folders: uniqueFolders, urls: uniqueUrls.map((u) => u.url) }],
      };
      writeFeeds(supply.store, next);
      return feedsView(next);
    },

    'trust.list': () => trustList(supplyOrFail().store.readTrust()),

    'trust.add': async ({ publicKeyFile, scopes, name }) => {
      const supply = supplyOrFail();
      const parsed = parseJsonWith(publicKeyFileSchema, publicKeyFile, 'sleutelbestand');
      if (!parsed.ok) {
        throw new AppFailure('invalid-input', packsMessages.keyFileInvalid, parsed.issues.slice(0, 10).map((i) => ({ path: `publicKeyFile${i.path.replace(/^\$/, '')}`, message: formatIssues([i]) })));
      }
      const by = await actor();
      const key = parsed.data;
      const r = addPublisher(supply.store, { publicKey: key.publicKey, keyId: key.keyId, name: name ?? key.name, scopes }, by, supply.now(), keyIdOf);
      if (!r.ok) throw new AppFailure('invalid-input', `${r.message} Er is niets veranderd.`);
      await audit('publisher.trust', key.keyId, { scopes: scopes.length });
      // A version refused before for an unknown key is not installed by this; the next sync may.
      await reloadAfter();
      return trustList(r.trust);
    },

    'trust.remove': async ({ keyId }) => {
      const supply = supplyOrFail();
      const by = await actor();
      const r = removePublisher(supply.store, keyId, by, supply.now());
      if (!r.ok) throw new AppFailure('not-found', `${r.message} Er is niets veranderd.`);
      await audit('publisher.revoke', keyId, {});
      // Its packs no longer verify: they leave the packs in use (the shipped version of the same id stays).
      await reloadAfter();
      return trustList(r.trust);
    },
  };
}
