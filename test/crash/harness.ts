// Crash safety as a standing test (issue 13.15). A child process (child.ts) writes dossiers,
// intakes with trainings and arrangements through the real services on an encrypted store and
// is killed with SIGKILL at a random moment; after each kill the folder is reopened the way the
// app opens it and checked:
//   corrupted: the store does not open, integrity_check is not 'ok', or the FTS index fails its
//              own integrity-check or disagrees with the clients table;
//   lost:      a commit the child reported (one stdout line per committed unit of work) is gone;
//   partial:   a unit of work is half there (trainings ≠ 2 × intake version, an arrangement
//              whose versions do not run 1..latest).
// The child is bundled once with esbuild (as scripts/run-bundled.mjs does), so a kill cycle
// costs a Node start, not a TypeScript compile.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Store } from '../../db/open.ts';
import { openDataStore } from '../../electron/keys/open-data-store.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface CrashFigures {
  kills: number;
  commitsChecked: number;
  corrupted: number;
  lost: number;
  partial: number;
  /** Commits per kind, summed over all runs. */
  reported: { client: number; intake: number; arrangement: number };
  seed: number;
  durationMs: number;
  /** The first few problems, in words, for the report. */
  problems: string[];
}

export interface CrashOptions {
  kills: number;
  seed?: number;
  /** Stop starting new kill cycles after this long (the figures say how many ran). */
  timeLimitMs?: number;
  /** Longest a child runs before it is killed (ms); each kill picks a moment below this. */
  maxRunMs?: number;
  log?: (line: string) => void;
  /** Keep the data folder (for a look afterwards); otherwise it is removed. */
  keepDir?: boolean;
}

export interface Reports {
  clients: Map<string, string>; // id -> marker
  intakes: Map<string, { version: number; trainingIds: string[] }>;
  arrangements: Map<string, number>; // id -> highest reported version
}

export async function bundleChild(): Promise<string> {
  // Two levels below the repository root, like dist/electron/main.cjs, so the services find
  // assets/packs the same way the bundled app does.
  const outfile = path.join(repoRoot, '.cache', 'crash', 'child.mjs');
  mkdirSync(path.dirname(outfile), { recursive: true });
  await build({
    absWorkingDir: repoRoot,
    entryPoints: [path.join(repoRoot, 'test', 'crash', 'child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}

export async function runCrashTest(options: CrashOptions): Promise<CrashFigures> {
  const started = Date.now();
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  let rngState = seed >>> 0;
  const random = (): number => {
    rngState = (rngState + 0x6d2b79f5) >>> 0;
    let t = rngState;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const log = options.log ?? (() => {});
  const maxRunMs = options.maxRunMs ?? 400;
  const childFile = await bundleChild();
  const root = mkdtempSync(path.join(tmpdir(), 'arrangeur-crash-'));
  const dataDir = path.join(root, 'data');

  const figures: CrashFigures = {
    kills: 0,
    commitsChecked: 0,
    corrupted: 0,
    lost: 0,
    partial: 0,
    reported: { client: 0, intake: 0, arrangement: 0 },
    seed,
    durationMs: 0,
    problems: [],
  };
  // A lost or broken thing is found again after every later kill: count it once.
  const seen = new Set<string>();
  const problem = (kind: 'corrupted' | 'lost' | 'partial', text: string) => {
    if (seen.has(`${kind}: ${text}`)) return;
    seen.add(`${kind}: ${text}`);
    figures[kind]++;
    if (figures.problems.length < 20) figures.problems.push(`${kind}: ${text}`);
  };
  const all: Reports = { clients: new Map(), intakes: new Map(), arrangements: new Map() };

  try {
    for (let run = 0; run < options.kills; run++) {
      if (options.timeLimitMs !== undefined && Date.now() - started > options.timeLimitMs) break;
      // Most kills land while the child writes; one in five during start-up (open, key,
      // migrations), which must be just as safe.
      const early = random() < 0.2;
      const delay = Math.floor(random() * maxRunMs);
      const lines = await runAndKill(childFile, dataDir, run, Math.floor(random() * 2 ** 31), early, delay);
      figures.kills++;
      for (const line of lines) record(all, figures, line);
      check(dataDir, all, problem);
      if ((run + 1) % 10 === 0) {
        log(
          `${run + 1} kills, ${figures.reported.client + figures.reported.intake + figures.reported.arrangement} commits checked, ` +
            `${figures.corrupted} corrupted, ${figures.lost} lost, ${figures.partial} partial`,
        );
      }
    }
  } finally {
    if (!options.keepDir) rmSync(root, { recursive: true, force: true });
    else log(`data folder kept: ${dataDir}`);
  }
  // Every reported commit was verified after the kill that ended its run and after each later one.
  figures.commitsChecked = figures.reported.client + figures.reported.intake + figures.reported.arrangement;
  figures.durationMs = Date.now() - started;
  return figures;
}

/** Starts the child, kills it with SIGKILL after `delay` ms, returns the complete lines it wrote. */
function runAndKill(childFile: string, dataDir: string, run: number, seed: number, early: boolean, delay: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childFile, dataDir, String(run), String(seed)], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      // Count the delay from the moment the store is open, so most kills hit writes.
      if (!early && timer === undefined && out.startsWith('open\n')) timer = setTimeout(kill, delay);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    if (early) timer = setTimeout(kill, delay);
    // A child that never opens (a bug, not a crash) must not hang the harness.
    const guard = setTimeout(kill, 30_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(guard);
      if (signal !== 'SIGKILL') {
        reject(new Error(`crash child ended by itself (code ${code}): ${err.slice(0, 2000)}`));
        return;
      }
      // A line cut off by the kill was not reported; only whole lines count.
      const complete = out.slice(0, out.lastIndexOf('\n') + 1);
      resolve(complete.split('\n').filter((l) => l && l !== 'open'));
    });
  });
}

function record(all: Reports, figures: CrashFigures, line: string): void {
  const [kind, a, b, c] = line.split(' ');
  if (kind === 'client' && a && b) {
    all.clients.set(a, b);
    figures.reported.client++;
  } else if (kind === 'intake' && a && b && c) {
    const prev = all.intakes.get(a);
    all.intakes.set(a, { version: Number(b), trainingIds: [...(prev?.trainingIds ?? []), ...c.split(',')] });
    figures.reported.intake++;
  } else if (kind === 'arrangement' && a && b) {
    all.arrangements.set(a, Math.max(Number(b), all.arrangements.get(a) ?? 0));
    figures.reported.arrangement++;
  } else {
    throw new Error(`crash child wrote an unknown line: ${line}`);
  }
}

export type Problem = (kind: 'corrupted' | 'lost' | 'partial', text: string) => void;

/** Reopens the folder as the app does and reports every problem it finds (exported for its own test). */
export function check(dataDir: string, all: Reports, problem: Problem): void {
  let store: Store;
  try {
    store = openDataStore(dataDir);
  } catch (error) {
    problem('corrupted', `reopen failed: ${String(error)}`);
    return;
  }
  try {
    const db = store.sqlite;
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problem('corrupted', `integrity_check: ${String(integrity)}`);
    try {
      db.prepare(`INSERT INTO clients_fts(clients_fts) VALUES ('integrity-check')`).run();
    } catch (error) {
      problem('corrupted', `FTS integrity-check: ${String(error)}`);
    }
    const ftsRows = db.prepare('SELECT count(*) FROM clients_fts').pluck().get() as number;
    const clientRows = db.prepare('SELECT count(*) FROM clients').pluck().get() as number;
    if (ftsRows !== clientRows) problem('corrupted', `FTS has ${ftsRows} rows for ${clientRows} clients`);

    // Every reported commit, and the search index finds every reported dossier.
    const clientSeq = db.prepare('SELECT seq FROM clients WHERE id = ?').pluck();
    const ftsHit = db.prepare('SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?').pluck();
    for (const [id, marker] of all.clients) {
      const seq = clientSeq.get(id);
      if (seq === undefined) problem('lost', `client ${id}`);
      else if (!(ftsHit.all(marker) as number[]).includes(seq as number)) problem('corrupted', `FTS does not find ${marker}`);
    }
    const intakeVersion = db.prepare('SELECT version FROM intakes WHERE client_id = ?').pluck();
    const trainingExists = db.prepare('SELECT 1 FROM trainings WHERE id = ?').pluck();
    for (const [clientId, reported] of all.intakes) {
      const version = intakeVersion.get(clientId) as number | undefined;
      if (version === undefined || version < reported.version) problem('lost', `intake ${clientId} v${reported.version}`);
      for (const id of reported.trainingIds) if (!trainingExists.get(id)) problem('lost', `training ${id}`);
    }
    const versionExists = db.prepare('SELECT 1 FROM arrangement_versions WHERE arrangement_id = ? AND version = ?').pluck();
    for (const [id, version] of all.arrangements) {
      for (let v = 1; v <= version; v++) if (!versionExists.get(id, v)) problem('lost', `arrangement ${id} v${v}`);
    }

    // Half-saved units of work, over everything in the file (reported or not).
    const trainingMismatch = db
      .prepare(
        `SELECT c.id, coalesce(i.version, 0) AS version, (SELECT count(*) FROM trainings t WHERE t.client_id = c.id) AS trainings
         FROM clients c LEFT JOIN intakes i ON i.client_id = c.id
         WHERE (SELECT count(*) FROM trainings t WHERE t.client_id = c.id) <> 2 * coalesce(i.version, 0)`,
      )
      .all() as { id: string; version: number; trainings: number }[];
    for (const row of trainingMismatch) problem('partial', `client ${row.id}: intake v${row.version} with ${row.trainings} trainings`);
    const arrangementMismatch = db
      .prepare(
        `SELECT a.id, a.latest_version AS latest, count(v.version) AS versions, max(v.version) AS top
         FROM arrangements a LEFT JOIN arrangement_versions v ON v.arrangement_id = a.id
         GROUP BY a.id HAVING versions <> latest OR top IS NOT latest`,
      )
      .all() as { id: string; latest: number; versions: number }[];
    for (const row of arrangementMismatch) problem('partial', `arrangement ${row.id}: latest ${row.latest}, ${row.versions} versions`);
    const orphanVersions = db
      .prepare('SELECT count(*) FROM arrangement_versions v WHERE NOT EXISTS (SELECT 1 FROM arrangements a WHERE a.id = v.arrangement_id)')
      .pluck()
      .get() as number;
    if (orphanVersions > 0) problem('partial', `${orphanVersions} arrangement versions without their arrangement`);
  } finally {
    store.close();
  }
}
