// `npm run bench`: runs every bench/*.bench.ts module, prints one table of figures (with targets and ratios
// where a module declares them) and writes bench/results.json as one flat object, figure name → number.
// Usage: tsx bench/run.ts [name-filter...]   (with a filter, earlier figures of other modules are kept)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkFigures, renderTable, verdictOf } from './bench-table.js';
import type { BenchRow, BenchTargets } from './bench-table.js';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const RESULTS_FILE = path.join(BENCH_DIR, 'results.json');
const SUFFIX = '.bench.ts';

interface BenchModule {
  run?: unknown;
  targets?: BenchTargets;
}

interface ModuleOutcome {
  readonly name: string;
  readonly rows: BenchRow[];
  readonly failure?: string;
  readonly seconds: number;
}

async function runModule(file: string): Promise<ModuleOutcome> {
  const name = path.basename(file, SUFFIX);
  const started = performance.now();
  const seconds = (): number => Math.round((performance.now() - started) / 100) / 10;
  try {
    const module = (await import(pathToFileURL(file).href)) as BenchModule;
    if (typeof module.run !== 'function') throw new Error(`${path.basename(file)} does not export async function run()`);
    const checked = checkFigures(await (module.run as () => Promise<unknown>)());
    if (!checked.ok) throw new Error(checked.problem);
    const rows = Object.entries(checked.figures).map(([figure, value]) => ({ name: figure, value, target: module.targets?.[figure] }));
    return { name, rows, seconds: seconds() };
  } catch (error) {
    return { name, rows: [], failure: error instanceof Error ? error.message : String(error), seconds: seconds() };
  }
}

function readPrevious(): Record<string, number> {
  if (!existsSync(RESULTS_FILE)) return {};
  const checked = checkFigures(JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as unknown);
  return checked.ok ? checked.figures : {};
}

async function main(filters: readonly string[]): Promise<number> {
  const files = readdirSync(BENCH_DIR)
    .filter((file) => file.endsWith(SUFFIX))
    .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
    .sort()
    .map((file) => path.join(BENCH_DIR, file));
  if (files.length === 0) {
    console.error(`No bench module matches ${filters.join(', ') || `*${SUFFIX}`} in ${BENCH_DIR}.`);
    return 1;
  }
  const outcomes: ModuleOutcome[] = [];
  for (const file of files) {
    console.log(`== ${path.basename(file)}`);
    const outcome = await runModule(file);
    console.log(outcome.failure ? `   FAILED after ${outcome.seconds} s: ${outcome.failure}` : `   ${outcome.rows.length} figure(s) in ${outcome.seconds} s`);
    outcomes.push(outcome);
  }
  const rows = outcomes.flatMap((outcome) => outcome.rows);
  console.log(`\n${renderTable(rows)}\n`);
  const figures = Object.fromEntries(rows.map((row) => [row.name, row.value]));
  const results = filters.length > 0 ? { ...readPrevious(), ...figures } : figures;
  const sorted = Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(RESULTS_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), RESULTS_FILE)} (${Object.keys(sorted).length} figures)`);
  const failed = outcomes.filter((outcome) => outcome.failure !== undefined);
  const missed = rows.filter((row) => ['over', 'under'].includes(verdictOf(row.value, row.target) ?? ''));
  if (missed.length > 0) console.log(`targets missed: ${missed.map((row) => row.name).join(', ')}`);
  if (failed.length > 0) console.log(`modules failed: ${failed.map((outcome) => outcome.name).join(', ')}`);
  return failed.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
