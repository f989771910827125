// Matcher benchmark: latency per match (p50/p99) for packs of 50, 500 and 5,000 schemes, the
// time to match a batch of 10,000 cases, and the stacker against an exact MIP (HiGHS) on the
// same stacking instances: speed ratio and the number of instances where the own contribution
// differs (must be 0).
// Run alone: npx tsx bench/matcher.ts
import { closeSync, openSync, readSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { beforeOf, type BeforeOutcome } from '../shared/arrangements/reevaluate.ts';
import type { CaseFile } from '../shared/case/schema.ts';
import { buildStackingInstance, match, stack, type StackingInstance } from '../shared/matcher/index.ts';
import type { Pack } from '../shared/packs/format.ts';
import { formatIssues, parsePack } from '../shared/packs/parse.ts';
import { generateCases, generatePack } from './generate.ts';
import { getHighs, solveWithHighs } from './highs-stacking.ts';

export const SIZES = [50, 500, 5000] as const;
const CASES = 10_000;
/** Timed matches per pack size; the 5,000-scheme pack gets fewer so the run stays short. */
const SAMPLES: Record<(typeof SIZES)[number], number> = { 50: 2000, 500: 3000, 5000: 300 };
const WARM_UP = 200;
/** Stacking instances of the 500-scheme pack (about ten eligible schemes each, like a real case). */
const HIGHS_INSTANCES = 500;

export interface LatencyRow {
  readonly schemes: number;
  readonly matches: number;
  /** Wall-clock time per match, as an adviser would wait for it on this machine right now. */
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /**
   * The same matches without the time the thread stood in the CPU queue while other programs
   * ran (see runQueueClock): what the matcher itself costs, garbage collections included.
   * Equal to the wall-clock figures where the kernel does not tell (not Linux).
   */
  readonly p50OwnMs: number;
  readonly p99OwnMs: number;
  /** Share of the timed wall-clock time spent waiting for a CPU (0 = an idle machine), or null. */
  readonly queuedShare: number | null;
  readonly meanEligible: number;
  readonly meanLines: number;
  readonly loadMs: number;
}

export interface MatcherBenchResult {
  readonly latency: LatencyRow[];
  readonly batch10kSeconds: number;
  /** The batch's pack, cases and outcomes: the open arrangements of the re-evaluation bench. */
  readonly batch: { readonly pack: Pack; readonly cases: readonly CaseFile[]; readonly outcomes: readonly BeforeOutcome[] };
  readonly highs: {
    readonly instances: number;
    readonly meanSources: number;
    readonly maxSources: number;
    readonly stackTotalMs: number;
    readonly highsTotalMs: number;
    readonly highsSolveOnlyMs: number;
    readonly speedup: number;
    readonly speedupSolveOnly: number;
    readonly optimumMismatches: number;
    readonly loanMismatches: number;
  };
}

export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

const round = (n: number, digits = 3): number => Number(n.toFixed(digits));

/** Packs are loaded the way the app loads them (validation included), and timed. */
export const loadGeneratedPack = (size: number): { pack: Pack; loadMs: number } => {
  const json = generatePack(size);
  const t0 = performance.now();
  const parsed = parsePack(json, `bench-${size}.json`);
  const loadMs = performance.now() - t0;
  if (!parsed.ok) throw new Error(`Gegenereerd pakket ${size} is ongeldig:\n${formatIssues(parsed.issues)}`);
  return { pack: parsed.pack, loadMs };
};

/**
 * The time this thread has spent runnable but waiting for a CPU, in ms, from the kernel's
 * scheduler statistics (Linux, /proc/thread-self/schedstat, second field, ns); null elsewhere.
 * On a machine shared with other work (two cores, several test runs and builds at once) a
 * match of 0.5 ms is often preempted for a scheduler slice of several ms: a quarter of the
 * samples were, which made p99/p50 swing between 4 and 40 from run to run with the same code,
 * a measure of the neighbours rather than of the matcher. Subtracting this wait removes only
 * that: the thread's own work, its garbage collections and its waits for its own GC helpers
 * (those are sleeps, not queueing) all still count. Read through one descriptor into one
 * buffer, parsed by hand, so the measurement itself adds no garbage for the collector.
 */
const runQueueClock = (): { read: () => number; close: () => void } | null => {
  let fd: number;
  try {
    fd = openSync('/proc/thread-self/schedstat', 'r');
  } catch {
    return null;
  }
  const buf = Buffer.alloc(96);
  const read = (): number => {
    const n = readSync(fd, buf, 0, buf.length, 0);
    let i = 0;
    while (i < n && buf[i] !== 0x20) i++; // skip the first field (time on the CPU)
    let ns = 0;
    for (i++; i < n && buf[i]! >= 0x30 && buf[i]! <= 0x39; i++) ns = ns * 10 + (buf[i]! - 0x30);
    return ns / 1e6;
  };
  try {
    read();
  } catch {
    closeSync(fd);
    return null;
  }
  return { read, close: () => closeSync(fd) };
};

const latency = (pack: Pack, cases: readonly CaseFile[], samples: number, loadMs: number): LatencyRow => {
  // Warm-up: the first matches on a new pack compile its rule trees and let the JIT optimise
  // for its shapes; they are not what an adviser meets, so they are not timed.
  for (let i = 0; i < WARM_UP; i++) match(cases[i % cases.length]!, [pack]);
  const queue = runQueueClock();
  const times: number[] = [];
  const own: number[] = [];
  let queued = 0;
  let windowMs = 0;
  let eligible = 0;
  let lines = 0;
  for (let i = 0; i < samples; i++) {
    const c = cases[(i * 7919) % cases.length]!;
    // Outer window (o0..o1) around the two queue readings, so a wait the kernel books during a
    // reading is inside it: the own time can overstate a match by a reading, never understate it.
    const o0 = performance.now();
    const q0 = queue ? queue.read() : 0;
    const t0 = performance.now();
    const r = match(c, [pack]);
    const t1 = performance.now();
    const q1 = queue ? queue.read() : 0;
    const o1 = performance.now();
    times.push(t1 - t0);
    own.push(queue ? o1 - o0 - (q1 - q0) : t1 - t0);
    queued += q1 - q0;
    windowMs += o1 - o0;
    for (const e of r.evaluations) if (e.eligible) eligible++;
    lines += r.lines.length;
  }
  queue?.close();
  times.sort((a, b) => a - b);
  own.sort((a, b) => a - b);
  return {
    schemes: pack.schemes.length,
    matches: samples,
    p50Ms: round(percentile(times, 50)),
    p99Ms: round(percentile(times, 99)),
    maxMs: round(times[times.length - 1]!),
    p50OwnMs: round(percentile(own, 50)),
    p99OwnMs: round(percentile(own, 99)),
    queuedShare: queue ? round(queued / Math.max(windowMs, 1e-6), 2) : null,
    meanEligible: round(eligible / samples, 2),
    meanLines: round(lines / samples, 2),
    loadMs: round(loadMs, 0),
  };
};

/** Own stacker vs HiGHS on the stacking instances of real matches (only the non-trivial ones). */
const compareWithHighs = async (packs: readonly Pack[], cases: readonly CaseFile[]): Promise<MatcherBenchResult['highs']> => {
  await getHighs();
  const instances: StackingInstance[] = [];
  for (let i = 0; instances.length < HIGHS_INSTANCES && i < cases.length * packs.length; i++) {
    const pack = packs[i % packs.length]!;
    const inst = buildStackingInstance(cases[Math.floor(i / packs.length)]!, [pack]);
    if (inst.sources.length >= 2) instances.push(inst);
  }
  // Warm both up so neither pays for JIT or Wasm start-up inside the measurement.
  for (const inst of instances.slice(0, 50)) {
    stack(inst);
    await solveWithHighs(inst);
  }
  let stackTotal = 0;
  let highsTotal = 0;
  let highsSolve = 0;
  let mismatches = 0;
  let loanMismatches = 0;
  let sources = 0;
  let maxSources = 0;
  for (const inst of instances) {
    sources += inst.sources.length;
    maxSources = Math.max(maxSources, inst.sources.length);
    const t0 = performance.now();
    const own = stack(inst);
    const t1 = performance.now();
    // Timed: the one solve that gives the optimum own contribution (conservative: our stacker
    // also settles the loan and the number of lines in that time).
    const exact = await solveWithHighs(inst);
    const t2 = performance.now();
    stackTotal += t1 - t0;
    highsTotal += t2 - t1;
    highsSolve += exact.solveMs;
    if (own.ownContributionCents !== exact.ownContributionCents) {
      mismatches++;
      continue;
    }
    // Not timed: a second solve for the least loan at that own contribution.
    const withLoan = await solveWithHighs(inst, { minimiseLoan: true });
    if (withLoan.loanCents !== null && own.loanCents !== withLoan.loanCents) loanMismatches++;
  }
  return {
    instances: instances.length,
    meanSources: round(sources / Math.max(1, instances.length), 2),
    maxSources,
    stackTotalMs: round(stackTotal, 1),
    highsTotalMs: round(highsTotal, 1),
    highsSolveOnlyMs: round(highsSolve, 1),
    speedup: round(highsTotal / Math.max(stackTotal, 1e-6), 1),
    speedupSolveOnly: round(highsSolve / Math.max(stackTotal, 1e-6), 1),
    optimumMismatches: mismatches,
    loanMismatches,
  };
};

export async function runMatcherBench(log: (line: string) => void = () => {}): Promise<MatcherBenchResult> {
  const cases = generateCases(CASES);
  const packs: Record<number, Pack> = {};
  const rows: LatencyRow[] = [];
  for (const size of SIZES) {
    const { pack, loadMs } = loadGeneratedPack(size);
    packs[size] = pack;
    log(`pakket met ${size} regelingen geladen in ${loadMs.toFixed(0)} ms; meten...`);
    rows.push(latency(pack, cases, SAMPLES[size], loadMs));
  }

  log('batch van 10.000 casussen tegen 500 regelingen...');
  // What each match gives is kept as a saved arrangement stores it, for the re-evaluation bench;
  // only the matches themselves are timed.
  const outcomes: BeforeOutcome[] = new Array(cases.length);
  let elapsed = 0;
  let checksum = 0;
  for (let i = 0; i < cases.length; i++) {
    const t0 = performance.now();
    const r = match(cases[i]!, [packs[500]!]);
    elapsed += performance.now() - t0;
    checksum += r.ownContributionCents;
    outcomes[i] = beforeOf(r);
  }
  const batch10kSeconds = round(elapsed / 1000, 2);
  if (!Number.isFinite(checksum)) throw new Error('batch gaf geen getallen');

  log(`HiGHS op ${HIGHS_INSTANCES} stapelinstanties...`);
  const highs = await compareWithHighs([packs[500]!], cases);
  return { latency: rows, batch10kSeconds, highs, batch: { pack: packs[500]!, cases, outcomes } };
}

// Bundled (scripts/run-bundled.mjs), every module of bench/run.ts shares the bundle's URL, so the
// URL alone would start this file's own run inside `npm run bench` too, concurrently with it.
const runAlone = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href && /\/matcher\.m?[jt]s$/.test(import.meta.url);
if (runAlone) {
  runMatcherBench((l) => process.stderr.write(`${l}\n`)).then((r) => console.log(JSON.stringify(r, null, 2)));
}
