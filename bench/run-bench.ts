// Runs bench modules one after another, isolating failures, and writes the flat results file.
// The contract a module follows is in bench/README.md.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkFigures, renderTable, verdictOf } from './bench-table.js';
import type { BenchRow, BenchTargets } from './bench-table.js';

export interface BenchOptions {
  readonly dir: string;
  readonly resultsFile: string;
  /** Substrings of module file names; empty runs every module. */
  readonly filters?: readonly string[];
  readonly suffix?: string;
  readonly log?: (line: string) => void;
  /** Per-module time limit when a module does not export `timeoutMs`. */
  readonly timeoutMs?: number;
}

export interface ModuleOutcome {
  readonly name: string;
  readonly rows: readonly BenchRow[];
  readonly failure?: string;
  readonly seconds: number;
}

export interface BenchReport {
  readonly outcomes: readonly ModuleOutcome[];
  readonly results: Readonly<Record<string, number>>;
  readonly table: string;
}

/** How long one module may run before it counts as failed, unless it exports its own `timeoutMs`. */
export const DEFAULT_MODULE_TIMEOUT_MS = 20 * 60 * 1000;

/** How long each registered cleanup may take before the runner gives up on it and goes on. */
export const CLEANUP_TIMEOUT_MS = 60 * 1000;

/** What the runner hands a module's run(): its cleanups run however run() ends, a time-out included. */
export interface BenchContext {
  /** Registers a step that stops what the module started (a server, a browser); the last registered runs first. */
  cleanup(step: () => unknown): void;
  /** Aborted once the runner stops waiting for run() (past its time limit, or it threw): child processes can be ended with it. */
  readonly signal: AbortSignal;
}

interface BenchModule {
  run?: unknown;
  targets?: BenchTargets;
  timeoutMs?: unknown;
}

/** Resolves with the module's result, or rejects when it takes longer than `timeoutMs`. */
function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    const limit = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
    timer = setTimeout(() => reject(new Error(`timed out after ${limit}`)), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Runs the registered cleanups, last first, each under its own limit; answers the problems they met. */
async function runCleanups(steps: readonly (() => unknown)[]): Promise<string[]> {
  const problems: string[] = [];
  for (const step of [...steps].reverse()) {
    try {
      await withTimeout(Promise.resolve().then(step), CLEANUP_TIMEOUT_MS);
    } catch (error) {
      problems.push(`cleanup failed: ${messageOf(error)}`);
    }
  }
  return problems;
}

async function runModule(file: string, suffix: string, defaultTimeoutMs: number): Promise<ModuleOutcome> {
  const name = path.basename(file, suffix);
  const started = performance.now();
  const seconds = (): number => Math.round((performance.now() - started) / 100) / 10;
  const cleanups: (() => unknown)[] = [];
  const abort = new AbortController();
  const context: BenchContext = { cleanup: (step) => void cleanups.push(step), signal: abort.signal };
  let outcome: ModuleOutcome;
  try {
    const module = (await import(pathToFileURL(file).href)) as BenchModule;
    if (typeof module.run !== 'function') throw new Error(`${path.basename(file)} does not export async function run()`);
    const timeoutMs = typeof module.timeoutMs === 'number' && module.timeoutMs > 0 ? module.timeoutMs : defaultTimeoutMs;
    const running = Promise.resolve((module.run as (bench: BenchContext) => unknown)(context));
    const checked = checkFigures(await withTimeout(running, timeoutMs).catch((error: unknown) => {
      abort.abort();
      throw error;
    }));
    if (!checked.ok) throw new Error(checked.problem);
    const rows = Object.entries(checked.figures).map(([figure, value]) => ({ name: figure, value, target: module.targets?.[figure] }));
    outcome = { name, rows, seconds: seconds() };
  } catch (error) {
    outcome = { name, rows: [], failure: messageOf(error), seconds: seconds() };
  }
  // After a time-out run() is still going and its own finally blocks never ran: the registered cleanups stop
  // what it started (Radicale, the emulator), so the next module does not run beside it.
  const problems = await runCleanups(cleanups);
  if (problems.length === 0) return outcome;
  return { ...outcome, failure: [outcome.failure, ...problems].filter((part) => part !== undefined).join('; ') };
}

function readPrevious(file: string): Record<string, number> {
  if (!existsSync(file)) return {};
  const checked = checkFigures(JSON.parse(readFileSync(file, 'utf8')) as unknown);
  return checked.ok ? checked.figures : {};
}

/** Runs the matching modules; with filters, figures of modules that did not run are kept from the previous results. */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const { dir, resultsFile, filters = [], suffix = '.bench.ts', log = console.log, timeoutMs = DEFAULT_MODULE_TIMEOUT_MS } = options;
  const files = readdirSync(dir)
    .filter((file) => file.endsWith(suffix))
    .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
    .sort()
    .map((file) => path.join(dir, file));
  const outcomes: ModuleOutcome[] = [];
  for (const file of files) {
    log(`== ${path.basename(file)}`);
    const outcome = await runModule(file, suffix, timeoutMs);
    log(outcome.failure ? `   FAILED after ${outcome.seconds} s: ${outcome.failure}` : `   ${outcome.rows.length} figure(s) in ${outcome.seconds} s`);
    outcomes.push(outcome);
  }
  const rows = outcomes.flatMap((outcome) => outcome.rows);
  const figures = Object.fromEntries(rows.map((row) => [row.name, row.value]));
  const merged = filters.length > 0 ? { ...readPrevious(resultsFile), ...figures } : figures;
  const results = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  return { outcomes, results, table: renderTable(rows) };
}

/** Names of figures that miss their target. */
export function missedTargets(report: BenchReport): string[] {
  return report.outcomes.flatMap((outcome) => outcome.rows).filter((row) => ['over', 'under'].includes(verdictOf(row.value, row.target) ?? '')).map((row) => row.name);
}
