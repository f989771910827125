// Issue 9, step 3: a folder feed with the clutter real shares have (desktop.ini, .DS_Store,
// Thumbs.db, temp files, a version still being copied, symlinks, files no manifest names).
import { mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanFolderFeed, syncFolderFeed } from '../../../electron/packs/folder-feed.ts';
import { loadActivePacks, versionDir } from '../../../electron/packs/install.ts';
import { latestManifestHash, publishToFolderFeed } from '../../../electron/packs/publish.ts';
import { makeEnv, signed, treeSnapshot, twente, type Env } from './helpers.ts';

let e: Env;
afterEach(() => e?.cleanup());

const oost = (version: string) => twente(version, { id: 'regio.oost' });

const publish = (feed: string, version: string) => {
  const prev = latestManifestHash(feed, 'regio.oost');
  return publishToFolderFeed(feed, signed(oost(version), e.key, { previous: prev?.hash ?? null }));
};

describe('folder feed', () => {
  it('installs every new version, ignores foreign files, waits for a half-copied one, and finishes it next time', async () => {
    e = makeEnv();
    const feed = join(e.dir, 'share');
    mkdirSync(feed);
    const v1 = publish(feed, '1.0.0');
    const v11 = publish(feed, '1.1.0');
    // Clutter at every level.
    writeFileSync(join(feed, 'desktop.ini'), '[.ShellClassInfo]');
    writeFileSync(join(feed, '.DS_Store'), 'x');
    writeFileSync(join(feed, 'LEESMIJ.txt'), 'notities');
    writeFileSync(join(feed, 'regio.oost', 'Thumbs.db'), 'x');
    writeFileSync(join(v1, 'desktop.ini'), 'x');
    writeFileSync(join(v11, 'kopie van pack.json.tmp'), 'half');
    writeFileSync(join(v11, 'aantekeningen.txt'), 'niet in het manifest');
    mkdirSync(join(feed, 'regio.oost', '.1.3.0.abcd.partial'));
    mkdirSync(join(feed, 'regio.oost', 'oud'));
    symlinkSync(v1, join(feed, 'regio.oost', '9.9.9'));
    symlinkSync(join(feed, 'regio.oost'), join(feed, 'regio.link'));
    // 1.2.0 is still being copied: pack.json is cut short.
    const v12 = publish(feed, '1.2.0');
    const full = readFileSync(join(v12, 'pack.json'));
    truncateSync(join(v12, 'pack.json'), 100);

    const scan = scanFolderFeed(feed);
    expect(scan.versions.map((v) => v.version)).toEqual(['1.0.0', '1.1.0', '1.2.0']);
    const reasons = scan.ignored.map((i) => `${i.path.slice(feed.length + 1)}: ${i.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        '.DS_Store: systeembestand van Windows of macOS',
        'desktop.ini: systeembestand van Windows of macOS',
        'LEESMIJ.txt: geen map van een pakket',
        'regio.link: snelkoppeling (symlink): wordt niet gevolgd',
        'regio.oost/9.9.9: snelkoppeling (symlink): wordt niet gevolgd',
        'regio.oost/.1.3.0.abcd.partial: half gekopieerd of tijdelijk bestand',
        'regio.oost/oud: mapnaam is geen versienummer als 1.2.3',
        'regio.oost/Thumbs.db: systeembestand van Windows of macOS',
      ]),
    );

    const r = await syncFolderFeed(feed, e.ctx);
    expect(r.reachable).toBe(true);
    expect(r.refused).toEqual([]);
    expect(r.installed.map((i) => i.version)).toEqual(['1.0.0', '1.1.0']);
    expect(r.pending).toEqual([{ packId: 'regio.oost', version: '1.2.0', reason: 'pack.json is nog niet helemaal gekopieerd' }]);
    // Only the signed files are installed: no clutter travels along.
    expect(readdirSync(versionDir(e.store, 'regio.oost', '1.1.0')).sort()).toEqual(['manifest.json', 'manifest.sig', 'pack.json']);
    expect(readdirSync(e.store.packsRoot)).toEqual(['regio.oost']);

    writeFileSync(join(v12, 'pack.json'), full);
    const again = await syncFolderFeed(feed, e.ctx);
    expect(again.installed.map((i) => `${i.version} (was ${i.replaced})`)).toEqual(['1.2.0 (was 1.1.0)']);
    expect(readdirSync(join(e.store.packsRoot, 'regio.oost')).sort()).toEqual(['1.0.0', '1.1.0', '1.2.0']);
    const loaded = await loadActivePacks(e.ctx);
    expect(loaded.packs.map((p) => p.version)).toEqual(['1.2.0']);
    expect(e.store.readState().feeds[feed]?.lastSuccess).toBeDefined();
  });

  it('a symlink named in a manifest, or a file that grew after signing, is refused; a missing feed changes nothing', async () => {
    e = makeEnv();
    const feed = join(e.dir, 'share');
    mkdirSync(feed);
    const v1 = publish(feed, '1.0.0');
    renameSync(join(v1, 'pack.json'), join(e.dir, 'elders.json'));
    symlinkSync(join(e.dir, 'elders.json'), join(v1, 'pack.json'));
    const r = await syncFolderFeed(feed, e.ctx);
    expect(r.installed).toEqual([]);
    expect(r.refused[0]?.message).toContain('symlink');

    const v2 = publish(feed, '1.1.0');
    writeFileSync(join(v2, 'pack.json'), `${readFileSync(join(v2, 'pack.json'), 'utf8')}\n\n`);
    const r2 = await syncFolderFeed(feed, e.ctx);
    expect(r2.refused.find((x) => x.version === '1.1.0')?.message).toContain('manifest zegt');
    // The same refusal on every sync is recorded once, not once per sync.
    expect(e.store.readState().refusals.filter((x) => x.version === '1.0.0')).toHaveLength(1);
    expect(treeSnapshot(e.store.packsRoot)).toEqual([]);

    const gone = await syncFolderFeed(join(e.dir, 'usb-stick-eruit'), e.ctx);
    expect(gone.reachable).toBe(false);
    expect(gone.message).toContain('niet bereikbaar');
  });

  it('refuses a file over the size limit without reading it', async () => {
    e = makeEnv();
    const feed = join(e.dir, 'share');
    mkdirSync(feed);
    const v1 = publish(feed, '1.0.0');
    const ctx = { ...e.ctx, maxFileBytes: 1000 };
    const r = await syncFolderFeed(feed, ctx);
    expect(r.refused[0]?.message).toMatch(/pack\.json" is \d+ bytes; de grens is 1000 bytes/);
    expect(v1).toBeTruthy();
  });
});
