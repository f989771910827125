// `npm run crashtest [-- --kills 300] [--seed N] [--keep]`: the full crash run (harness.ts).
// Prints progress, the figures in words, and last one JSON line for machines. Exit code 1 when
// anything was corrupted, lost or half saved.
import { parseArgs } from 'node:util';
import { runCrashTest } from './harness.ts';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '300' },
    seed: { type: 'string' },
    'max-run-ms': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const kills = Number(values.kills);
if (!Number.isInteger(kills) || kills < 1) {
  console.error('Gebruik: npm run crashtest -- [--kills 300] [--seed N] [--max-run-ms 400] [--keep]');
  process.exit(2);
}

const figures = await runCrashTest({
  kills,
  ...(values.seed !== undefined ? { seed: Number(values.seed) } : {}),
  ...(values['max-run-ms'] !== undefined ? { maxRunMs: Number(values['max-run-ms']) } : {}),
  keepDir: values.keep,
  log: (line) => console.log(line),
});
console.log(
  `kills: ${figures.kills}, commits checked: ${figures.commitsChecked} ` +
    `(${figures.reported.client} dossiers, ${figures.reported.intake} intakes with trainings, ${figures.reported.arrangement} arrangement versions), ` +
    `corrupted: ${figures.corrupted}, lost: ${figures.lost}, partial: ${figures.partial}, ` +
    `seed ${figures.seed}, ${(figures.durationMs / 1000).toFixed(1)} s`,
);
for (const p of figures.problems) console.log(`  ${p}`);
console.log(JSON.stringify(figures));
process.exitCode = figures.corrupted + figures.lost + figures.partial > 0 ? 1 : 0;
