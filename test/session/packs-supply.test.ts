// Issue 9 through the services, as the people involved do it: an author publishes a regional pack
// with the CLI into a folder feed; the app syncs it in without a restart; an adviser saves an
// arrangement; the author lowers a cap in version 2; the sync re-evaluates the open arrangement in
// the background and lists it with before and after; the adviser accepts (a new version recording
// the new pack version); a tampered version 3 is refused and version 2 stays. Bad input anywhere
// gets a Dutch message and changes nothing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleText } from '../../electron/packs/bundle.ts';
import { sha256Hex, writeKeyFiles } from '../../electron/packs/signing.ts';
import { createServices } from '../../electron/services/index.ts';
import { defaultIntakeFields } from '../../shared/contract/intake.ts';
import { runPackCli } from '../../scripts/pack.ts';
import { opCalls } from '../helpers/ops.ts';
import { fakeContext, freshStore, sampleFields } from '../helpers/store.ts';
import { makeEnv, mboTraining, signed, treeSnapshot, twente, type Env } from '../packs/supply/helpers.ts';

const SCHEME = 'regio.oost.vakmanschap';

/** The frozen Twente pack as "regio.oost", with a known cheque amount (and tests that say so). */
const oost = (version: string, capCents: number) =>
  twente(version, {
    id: 'regio.oost',
    edit: (p) => {
      const json = p as { title: string; schemes: Array<{ parameters: Record<string, Record<string, unknown>> }>; tests: Array<{ expect: unknown }> };
      json.title = 'Oost';
      const param = json.schemes[0]!.parameters.chequebedrag!;
      json.schemes[0]!.parameters.chequebedrag = { ...param, values: [{ from: '2019-01-01', value: capCents }], verified: true };
      json.tests[0]!.expect = { eligible: { [SCHEME]: true }, lines: [{ schemeId: SCHEME, amountCents: capCents }], ownContributionCents: 150_000 - capCents };
    },
  });

let env: Env | null = null;
let stop: (() => Promise<void>) | null = null;
afterEach(async () => {
  await stop?.();
  stop = null;
  env?.cleanup();
  env = null;
});

function setUp() {
  const e = (env = makeEnv(['regio.']));
  const services = createServices(freshStore(), fakeContext('2026-06-01T09:00:00.000Z'), { packs: { packs: [], problems: [] }, supply: e.ctx, log: () => {} });
  stop = services.stop;
  const { call, must, refused } = opCalls(services);
  // The author's side: a key pair and a folder with pack.json, published with the CLI.
  const authorDir = join(e.dir, 'auteur');
  mkdirSync(authorDir);
  const { privatePath } = writeKeyFiles(join(e.dir, 'team-oost'), e.key);
  const feed = join(e.dir, 'share');
  mkdirSync(feed);
  const publish = async (version: string, capCents: number) => {
    writeFileSync(join(authorDir, 'pack.json'), oost(version, capCents).bytes);
    const out = await runPackCli(['publish', authorDir, '--feed', feed, '--key', privatePath, '--today', '2026-05-01']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
  };
  /** A dossier with intake and the mbo-3 training for a kansberoep in Twente. */
  const dossier = async () => {
    const client = await must('clients.create', sampleFields({ displayName: 'Jan Jansen', region: 'twente' }));
    const saved = await must('intake.save', { clientId: client.id, expectedVersion: 0, fields: defaultIntakeFields(), trainings: { added: [{ key: 'm', training: mboTraining() }], changed: [], removed: [] } });
    return { client, trainingId: saved.addedIds['m']! };
  };
  return { e, services, call, must, refused, feed, publish, dossier };
}

describe('packs at run time and the re-evaluation of open arrangements (issue 9)', () => {
  it('publish v1, sync, save; publish v2 lowering the cap, sync, see before and after, accept; a tampered v3 is refused and v2 stays', async () => {
    const s = setUp();
    await s.must('settings.update', { adviserName: 'Fatima el Idrissi' });
    await s.must('packs.setFeeds', { folders: [s.feed] });

    await s.publish('1.0.0', 100_000);
    const first = await s.must('packs.sync', {});
    expect(first.installed).toBe(1);
    expect(first.feeds[0]).toMatchObject({ kind: 'folder', reachable: true, installed: [{ packId: 'regio.oost', version: '1.0.0', replaced: null }] });
    const listed = await s.must('packs.list', {});
    expect(listed.packs.map((p) => `${p.id} ${p.version}`)).toEqual(['regio.oost 1.0.0']);
    expect(listed.inUse[0]).toMatchObject({ signature: 'signed', publisher: 'Team Oost', published: '2026-05-01', expires: '2027-05-01', layerNl: 'regionaal', feed: s.feed });
    expect(listed.inUse[0]!.signatureText).toBe(`Ondertekend door Team Oost (sleutel ${listed.inUse[0]!.keyIdGrouped})`);
    expect(listed.inUse[0]!.keyIdGrouped).toMatch(/^[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}$/);
    expect(listed.lastSync).not.toBeNull();
    expect(listed.feeds).toEqual([expect.objectContaining({ kind: 'folder', location: s.feed, lastError: null })]);

    const { client, trainingId } = await s.dossier();
    const saved = await s.must('arrangements.save', { clientId: client.id, trainingId, referenceDate: '2025-09-01', overrides: [] });
    expect(saved.packs).toEqual([{ id: 'regio.oost', version: '1.0.0' }]);
    expect(saved.result.lines.map((l) => [l.schemeId, l.amountCents])).toEqual([[SCHEME, 100_000]]);
    expect(saved.result.ownContributionCents).toBe(50_000);

    await s.publish('2.0.0', 75_000);
    const second = await s.must('packs.sync', {});
    expect(second.feeds[0]!.installed).toEqual([{ packId: 'regio.oost', version: '2.0.0', replaced: '1.0.0' }]);
    expect(second.reevaluationStarted).toBe(true);
    await s.services.idle();
    const progress = await s.must('reevaluation.progress', {});
    expect(progress).toMatchObject({ running: false, checked: 1, total: 1, changed: 1 });
    expect(progress.message).toBe('1 open arrangement bekeken; 1 verandert.');

    const { runs } = await s.must('reevaluation.list', {});
    expect(runs).toHaveLength(1);
    expect(runs[0]!.message).toBe('Door Oost 2.0.0 verandert 1 arrangement.');
    const item = runs[0]!.items[0]!;
    expect(item).toMatchObject({
      arrangementId: saved.id,
      clientName: 'Jan Jansen',
      trainingTitle: 'Monteur elektrotechnische installaties (mbo-3)',
      fromVersion: 1,
      arrangementStatus: 'concept',
      before: { totalCostCents: 150_000, ownContributionCents: 50_000, loanCents: 0 },
      after: { totalCostCents: 150_000, ownContributionCents: 75_000, loanCents: 0 },
      lines: [{ schemeId: SCHEME, kind: 'grant', beforeCents: 100_000, afterCents: 75_000 }],
      packsBefore: [{ id: 'regio.oost', version: '1.0.0' }],
      packsAfter: [{ id: 'regio.oost', version: '2.0.0' }],
      decision: 'open',
      stale: false,
      problem: null,
    });
    expect(item.schemes).toEqual([
      expect.objectContaining({ schemeId: SCHEME, eligibleBefore: true, eligibleAfter: true, changes: ['Bedrag van de scholingscheque verlaagd van € 1.000,00 naar € 750,00, geldig vanaf 01-01-2019.'] }),
    ]);

    // The old version can be recomputed with its own pack version, read back from the data folder.
    const diff = await s.must('packs.diff', { packId: 'regio.oost', from: '1.0.0', to: '2.0.0' });
    expect(diff.text).toContain('verlaagd van € 1.000,00 naar € 750,00');

    const accepted = await s.must('reevaluation.accept', { itemId: item.id });
    expect(accepted.arrangement).toMatchObject({ id: saved.id, version: 2, status: 'concept', savedBy: 'Fatima el Idrissi', packs: [{ id: 'regio.oost', version: '2.0.0' }] });
    expect(accepted.arrangement.result.ownContributionCents).toBe(75_000);
    expect(accepted.item).toMatchObject({ decision: 'accepted', decidedBy: 'Fatima el Idrissi', newVersion: 2 });
    expect((await s.must('reevaluation.list', {})).runs).toEqual([]);
    // Deciding twice is refused.
    expect((await s.refused('reevaluation.keep', { itemId: item.id, reason: 'toch niet' })).code).toBe('conflict');

    // A tampered version 3: same size, one byte different. Refused whole; version 2 stays.
    await s.publish('3.0.0', 50_000);
    const v3 = join(s.feed, 'regio.oost', '3.0.0', 'pack.json');
    writeFileSync(v3, readFileSync(v3, 'utf8').replace('"Oost"', '"Wost"'));
    const before = treeSnapshot(s.e.store.packsRoot);
    const third = await s.must('packs.sync', {});
    expect(third.installed).toBe(0);
    expect(third.refused).toBe(1);
    expect(third.message).toBe('Geen nieuwe versies; 1 versie geweigerd (zie de meldingen).');
    expect(treeSnapshot(s.e.store.packsRoot)).toEqual(before);
    const after = await s.must('packs.list', {});
    expect(after.packs.map((p) => `${p.id} ${p.version}`)).toEqual(['regio.oost 2.0.0']);
    expect(after.refusals[0]).toMatchObject({ packId: 'regio.oost', version: '3.0.0' });
    expect(after.refusals[0]!.message).toMatch(/pack\.json/);
    await s.services.idle();
    expect((await s.must('reevaluation.list', {})).runs).toEqual([]);
  });

  it('an import by hand changes packs.list and the live match without a restart', async () => {
    const s = setUp();
    const { client, trainingId } = await s.dossier();
    const none = await s.must('arrangements.preview', { clientId: client.id, trainingId, referenceDate: '2025-09-01' });
    expect(none.result.lines).toEqual([]);

    const v1 = signed(oost('1.0.0', 100_000), s.e.key);
    const bundle = bundleText(v1);
    const out = await s.must('packs.import', { fileName: 'C:\\Downloads\\oost-1.0.0.arrangeur-pakket.json', bundle });
    expect(out).toMatchObject({ status: 'installed', packId: 'regio.oost', version: '1.0.0', replaced: null });
    expect(out.message).toBe('Oost 1.0.0 is geïnstalleerd. Open arrangementen worden nu herberekend.');
    const listed = await s.must('packs.list', {});
    expect(listed.inUse.map((p) => [p.id, p.version, p.feed])).toEqual([['regio.oost', '1.0.0', 'handmatig: oost-1.0.0.arrangeur-pakket.json']]);
    const live = await s.must('arrangements.preview', { clientId: client.id, trainingId, referenceDate: '2025-09-01' });
    expect(live.packs).toEqual([{ id: 'regio.oost', version: '1.0.0' }]);
    expect(live.result.lines.map((l) => [l.schemeId, l.amountCents])).toEqual([[SCHEME, 100_000]]);

    // The same file again: nothing changes.
    expect((await s.must('packs.import', { fileName: 'oost.arrangeur-pakket.json', bundle })).status).toBe('already-installed');
    // A newer version by hand shows what changed.
    const v2 = await s.must('packs.import', { fileName: 'oost2.arrangeur-pakket.json', bundle: bundleText(signed(oost('1.1.0', 80_000), s.e.key, { previous: sha256Hex(v1.manifestBytes) })) });
    expect(v2.changes.map((c) => c.text)).toEqual(['Bedrag van de scholingscheque verlaagd van € 1.000,00 naar € 800,00, geldig vanaf 01-01-2019.']);
    await s.services.idle();
  });

  it('bad input gets a Dutch message and changes nothing', async () => {
    const s = setUp();
    // A refused version is recorded (for the screen and the log); nothing else may change.
    const snapshot = () => [treeSnapshot(s.e.store.packsRoot), JSON.stringify(s.e.store.readState().packs), JSON.stringify(s.e.store.readTrust())];
    const before = snapshot();

    // Not a bundle, a bundle with a flipped byte, a bundle of a version signed by a stranger.
    const notJson = await s.refused('packs.import', { fileName: 'x.json', bundle: '{ nee' });
    expect(notJson).toMatchObject({ code: 'invalid-input' });
    expect(notJson.message).toMatch(/^Dit is geen pakketbestand van Arrangeur/);
    const good = JSON.parse(bundleText(signed(oost('1.0.0', 100_000), s.e.key))) as { files: Record<string, string> };
    const bytes = Buffer.from(good.files['pack.json']!, 'base64');
    bytes[100] = bytes[100]! ^ 1;
    good.files['pack.json'] = bytes.toString('base64');
    const tampered = await s.refused('packs.import', { fileName: 'x.arrangeur-pakket.json', bundle: JSON.stringify(good) });
    expect(tampered.code).toBe('invalid-input');
    expect(tampered.message).toMatch(/^Dit pakket is niet geïnstalleerd: .*De pakketten in gebruik zijn niet veranderd\.$/s);
    const tooBig = await s.refused('packs.import', { fileName: 'x.json', bundle: 'x'.repeat(250_000) });
    expect(tooBig.issues?.[0]?.message).toMatch(/te groot/);
    expect((await s.must('packs.list', {})).packs).toEqual([]);
    expect(snapshot()).toEqual(before);
    expect((await s.must('packs.list', {})).refusals[0]).toMatchObject({ feed: 'handmatig: x.arrangeur-pakket.json', packId: 'regio.oost', version: '1.0.0' });

    // Trust and feeds: a name is required (it is recorded), the key file must be one, scopes end in a dot.
    const keyFile = JSON.stringify(s.e.key.publicKey);
    expect((await s.refused('trust.add', { publicKeyFile: keyFile, scopes: ['sector.oom.'] })).message).toMatch(/Vul eerst uw naam in bij Instellingen/);
    await s.must('settings.update', { adviserName: 'Beheerder Bas' });
    const beforeTrust = [treeSnapshot(s.e.dir), JSON.stringify(s.e.store.readState()), JSON.stringify(s.e.store.readTrust())];
    expect((await s.refused('trust.add', { publicKeyFile: '{"keyVersion":1}', scopes: ['sector.oom.'] })).message).toBe('Dit is geen sleutelbestand van een uitgever (.pub.json). Er is niets veranderd.');
    expect((await s.refused('trust.add', { publicKeyFile: keyFile, scopes: ['sector.oom'] })).issues?.[0]?.message).toMatch(/eindigt op een punt/);
    expect((await s.refused('trust.add', { publicKeyFile: keyFile, scopes: [] })).issues?.[0]?.message).toMatch(/minstens één bereik/);
    expect((await s.refused('trust.add', { publicKeyFile: keyFile, scopes: ['regio.'] })).message).toMatch(/staat al in de lijst.*Er is niets veranderd\./);
    expect((await s.refused('trust.remove', { keyId: 'zz' })).issues?.[0]?.message).toMatch(/sleutel-id/);
    expect((await s.refused('trust.remove', { keyId: '0123456789abcdef' })).message).toMatch(/staat niet in de lijst/);
    expect((await s.refused('packs.setFeeds', { folders: ['pakketten'] })).issues?.[0]?.message).toMatch(/volledige pad/);
    expect((await s.refused('packs.setFeeds', { urls: [{ url: 'http://feed.example.org/' }] })).issues?.[0]?.message).toMatch(/https:\/\//);
    expect((await s.refused('packs.sync', {})).message).toMatch(/Er is nog geen feed ingesteld/);
    expect((await s.refused('packs.diff', { packId: 'regio.oost', from: '1.0.0', to: '2.0.0' })).code).toBe('not-found');
    expect((await s.refused('packs.runTests', { source: 'file', fileName: 'p.json', json: '{"formatVersion": 1}' })).message).toMatch(/ongeldig; de tests zijn niet gedraaid/);
    expect((await s.refused('reevaluation.accept', { itemId: 'nope' })).code).toBe('not-found');
    expect((await s.refused('reevaluation.keep', { itemId: 'nope', reason: 'kort' })).issues?.[0]?.message).toBe('Geef een reden waarom u het oude arrangement houdt.');
    expect([treeSnapshot(s.e.dir), JSON.stringify(s.e.store.readState()), JSON.stringify(s.e.store.readTrust())]).toEqual(beforeTrust);
  });

  it('trust: add with scope and fingerprint, remove takes its packs out of use; who and when are recorded', async () => {
    const s = setUp();
    await s.must('settings.update', { adviserName: 'Beheerder Bas' });
    await s.must('packs.import', { fileName: 'oost.arrangeur-pakket.json', bundle: bundleText(signed(oost('1.0.0', 100_000), s.e.key)) });
    const { generateKey } = await import('../../electron/packs/signing.ts');
    const other = generateKey('Sectorfonds OOM');
    const added = await s.must('trust.add', { publicKeyFile: JSON.stringify(other.publicKey), scopes: ['sector.oom.'] });
    expect(added.publishers.map((p) => [p.name, p.scopes, p.addedBy])).toEqual([
      ['Team Oost', ['regio.'], 'beheerder'],
      ['Sectorfonds OOM', ['sector.oom.'], 'Beheerder Bas'],
    ]);
    expect(added.changes[0]).toMatchObject({ action: 'add', by: 'Beheerder Bas', name: 'Sectorfonds OOM', keyIdGrouped: other.publicKey.keyId.toUpperCase().match(/.{4}/g)!.join(' ') });

    const removed = await s.must('trust.remove', { keyId: s.e.key.publicKey.keyId });
    expect(removed.publishers.map((p) => p.name)).toEqual(['Sectorfonds OOM']);
    expect(removed.changes[0]).toMatchObject({ action: 'remove', by: 'Beheerder Bas', name: 'Team Oost' });
    const listed = await s.must('packs.list', {});
    expect(listed.packs).toEqual([]);
    expect(listed.problems[0]!.message).toMatch(/niet meer te vertrouwen/);
    await s.services.idle();
  });

  it('only open arrangements are re-evaluated; keep records the reason; one saved again meanwhile cannot be accepted', async () => {
    const s = setUp();
    await s.must('settings.update', { adviserName: 'Fatima el Idrissi' });
    const v1 = signed(oost('1.0.0', 100_000), s.e.key);
    await s.must('packs.import', { fileName: 'oost.arrangeur-pakket.json', bundle: bundleText(v1) });
    await s.services.idle();
    const { client, trainingId } = await s.dossier();
    const save = (status: 'concept' | 'aangevraagd' | 'toegekend') => s.must('arrangements.save', { clientId: client.id, trainingId, referenceDate: '2025-09-01', overrides: [], status });
    const open = await save('concept');
    const final = await save('toegekend');
    const applied = await save('aangevraagd');

    await s.must('packs.import', { fileName: 'oost2.arrangeur-pakket.json', bundle: bundleText(signed(oost('1.1.0', 90_000), s.e.key, { previous: sha256Hex(v1.manifestBytes) })) });
    await s.services.idle();
    const { runs } = await s.must('reevaluation.list', {});
    expect(runs[0]!.message).toBe('Door Oost 1.1.0 veranderen 2 arrangementen.');
    expect(runs[0]!.items.map((i) => [i.arrangementId, i.arrangementStatus])).toEqual([
      [open.id, 'concept'],
      [applied.id, 'aangevraagd'],
    ]);
    expect(runs[0]!.items.some((i) => i.arrangementId === final.id)).toBe(false);
    const [keepItem, staleItem] = runs[0]!.items;

    const kept = await s.must('reevaluation.keep', { itemId: keepItem!.id, reason: '  De werkgever heeft de cheque al toegezegd.  ' });
    expect(kept.item).toMatchObject({ decision: 'kept', reason: 'De werkgever heeft de cheque al toegezegd.', decidedBy: 'Fatima el Idrissi', newVersion: null });
    expect((await s.must('arrangements.get', { id: open.id })).version).toBe(1);

    // Saved again by the adviser: it now uses 1.1.0, and the question is moot.
    await s.must('arrangements.save', { clientId: client.id, trainingId, referenceDate: '2025-09-01', overrides: [], arrangementId: applied.id, expectedVersion: 1, status: 'aangevraagd' });
    const refusal = await s.refused('reevaluation.accept', { itemId: staleItem!.id });
    expect(refusal).toMatchObject({ code: 'conflict', message: 'Het arrangement is intussen opnieuw opgeslagen; het is daarmee al berekend met de regelingen van nu. Er is niets veranderd.' });
    expect((await s.must('reevaluation.list', {})).runs).toEqual([]);
    const all = await s.must('reevaluation.list', { show: 'all' });
    expect(all.runs[0]!.items.map((i) => [i.decision, i.stale])).toEqual([
      ['kept', false],
      ['open', true],
    ]);
  });

  it('runs a pack\'s own tests for its author, with the rules no test reaches', async () => {
    const s = setUp();
    const out = await s.must('packs.runTests', { source: 'file', fileName: 'pack.json', json: oost('1.0.0', 100_000).bytes.toString('utf8') });
    expect(out).toMatchObject({ packId: 'regio.oost', version: '1.0.0', failed: 0 });
    expect(out.total).toBeGreaterThan(0);
    expect(out.coverage.rules).toBeGreaterThan(0);
    const wrong = JSON.parse(oost('1.0.0', 100_000).bytes.toString('utf8')) as { tests: Array<{ expect: { ownContributionCents?: number } }> };
    wrong.tests[0]!.expect.ownContributionCents = 1;
    const failing = await s.must('packs.runTests', { source: 'file', fileName: 'pack.json', json: JSON.stringify(wrong) });
    expect(failing.failed).toBe(1);
    expect(failing.tests.find((t) => !t.passed)!.failures.join(' ')).toMatch(/eigen bijdrage|Eigen bijdrage/i);
  });
});
