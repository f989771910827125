// Shared fixtures for the pack supply-chain tests: a data folder, keys, trust, and packs made
// from the shipped Twente and sector packs with another id or version.
import { createHash } from 'node:crypto';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Training } from '../../../shared/case/schema.ts';
import type { Pack } from '../../../shared/packs/format.ts';
import { parsePack } from '../../../shared/packs/parse.ts';
import type { SupplyContext } from '../../../electron/packs/install.ts';
import { signVersion, type SignOptions, type SignedVersion } from '../../../electron/packs/publish.ts';
import { generateKey, keyIdOf, type GeneratedKey } from '../../../electron/packs/signing.ts';
import { addPublisher, jsonFileSupplyStore, type SupplyStore } from '../../../electron/packs/supply-store.ts';

export const TODAY = '2026-06-01';
export const NOW = '2026-06-01T10:00:00.000Z';

/**
 * Frozen copies of the shipped Twente and sector packs (as of commit 55306d7): the supply-chain
 * tests are about signing and installing, and must not break while the domain content of
 * assets/packs is being corrected.
 */
export const fixtureDir = join(import.meta.dirname, 'fixtures');
export const shippedText = (file: string): string => readFileSync(join(fixtureDir, file), 'utf8');

/** The shipped Twente pack, optionally under another id, with another version, or edited. */
export const twente = (version: string, options: { id?: string; edit?: (p: Record<string, unknown>) => void } = {}): { pack: Pack; bytes: Buffer } => {
  let text = shippedText('regio-twente.json');
  if (options.id) text = text.replaceAll('"regio.twente', `"${options.id}`);
  const json = JSON.parse(text) as Record<string, unknown>;
  json.version = version;
  options.edit?.(json);
  const bytes = Buffer.from(`${JSON.stringify(json, null, 2)}\n`);
  const r = parsePack(bytes.toString('utf8'), 'pack.json', { appVersion: '99.0.0' });
  if (!r.ok) throw new Error(`fixture pack invalid: ${JSON.stringify(r.issues)}`);
  return { pack: r.pack, bytes };
};

/**
 * The client's training when an installed Twente pack is used for an arrangement (the services
 * test and the Regelingen end-to-end test): mbo-3 on a kansberoep, € 1.500,00 tuition, so the
 * pack's cheque covers part of it and the rest is the client's own contribution.
 */
export const mboTraining = (): Training => ({
  title: 'Monteur elektrotechnische installaties (mbo-3)',
  provider: 'ROC van Twente',
  kind: 'mbo-diploma',
  mboPathway: 'bbl',
  level: 'mbo3',
  recognitions: ['ocw-diploma'],
  purpose: 'future-occupation',
  kansberoep: true,
  jobGuarantee: false,
  startDate: '2025-10-01',
  endDate: '2026-09-30',
  costs: [{ category: 'tuition', amountCents: 150_000, vatIncluded: true }],
});

export const signed = (p: { pack: Pack; bytes: Buffer }, key: GeneratedKey, opts: Partial<SignOptions> = {}): SignedVersion =>
  signVersion(p.pack, p.bytes, new Map(), { privateKeyPem: key.privateKeyPem, published: '2026-05-01', expires: '2027-05-01', refreshDays: 60, previous: null, ...opts });

export interface Env {
  readonly dir: string;
  readonly store: SupplyStore;
  readonly ctx: SupplyContext;
  readonly key: GeneratedKey;
  readonly log: string[];
  cleanup(): void;
}

export const shippedPacks = (): Pack[] =>
  ['regio-twente.json', 'sector.json'].map((f) => {
    const r = parsePack(shippedText(f), f, { appVersion: '99.0.0' });
    if (!r.ok) throw new Error(f);
    return r.pack;
  });

/** A data folder with one trusted publisher (scope given) and a fixed clock. */
export const makeEnv = (scopes: string[] = ['regio.'], options: { shipped?: Pack[]; today?: string } = {}): Env => {
  const dir = mkdtempSync(join(tmpdir(), 'arrangeur-supply-'));
  const store = jsonFileSupplyStore(join(dir, 'data'));
  const key = generateKey('Team Oost');
  const r = addPublisher(store, { publicKey: key.publicKey.publicKey, keyId: key.publicKey.keyId, name: 'Team Oost', scopes }, 'beheerder', NOW, keyIdOf);
  if (!r.ok) throw new Error(r.message);
  const log: string[] = [];
  const today = options.today ?? TODAY;
  const ctx: SupplyContext = { store, today: () => today, now: () => NOW, shipped: options.shipped ?? [], log: (l) => log.push(l) };
  return { dir, store, ctx, key, log, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
};

/** Every path below dir with the SHA-256 of its content: proves a refusal changed nothing. */
export const treeSnapshot = (dir: string): string[] => {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch {
      return;
    }
    for (const n of names) {
      const p = join(d, n);
      const st = lstatSync(p);
      if (st.isDirectory()) {
        out.push(`${rel}${n}/`);
        walk(p, `${rel}${n}/`);
      } else out.push(`${rel}${n} ${createHash('sha256').update(readFileSync(p)).digest('hex').slice(0, 12)}`);
    }
  };
  walk(dir, '');
  return out;
};
