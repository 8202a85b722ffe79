// `npm run bench`: runs every bench/*.bench.ts module, prints one table of figures (with targets and ratios
// where a module declares them) and writes bench/results.json as one flat object, figure name → number.
// Usage: tsx bench/run.ts [name-filter...]   (with a filter, earlier figures of other modules are kept)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missedTargets, runBench } from './run-bench.js';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const RESULTS_FILE = path.join(BENCH_DIR, 'results.json');

async function main(filters: readonly string[]): Promise<number> {
  const report = await runBench({ dir: BENCH_DIR, resultsFile: RESULTS_FILE, filters });
  if (report.outcomes.length === 0) {
    console.error(`No bench module matches ${filters.join(', ') || '*.bench.ts'} in ${BENCH_DIR}.`);
    return 1;
  }
  console.log(`\n${report.table}\n`);
  console.log(`wrote ${path.relative(process.cwd(), RESULTS_FILE)} (${Object.keys(report.results).length} figures)`);
  const missed = missedTargets(report);
  const failed = report.outcomes.filter((outcome) => outcome.failure !== undefined).map((outcome) => outcome.name);
  if (missed.length > 0) console.log(`targets missed: ${missed.join(', ')}`);
  if (failed.length > 0) console.log(`modules failed: ${failed.join(', ')}`);
  return failed.length > 0 ? 1 : 0;
}

// Exit explicitly: a module that timed out may still hold servers or timers open.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
