// Builds the simulator flavour of the add-in (development mode) into .cache/simulator-dist once per test run.
// Workers run in parallel, so a lock directory guards the build and a marker file records the run that built it.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inject } from 'vitest';
import webpack from 'webpack';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SIMULATOR_DIST = path.join(PROJECT_ROOT, '.cache', 'simulator-dist');
const LOCK_DIR = `${SIMULATOR_DIST}.lock`;
const MARKER = path.join(SIMULATOR_DIST, '.test-run-id');
const STALE_LOCK_MS = 180_000;
const POLL_MS = 200;

/** Test-only pages added to the build: each loads the Office shim and one bundle. */
const TEST_PAGES: Record<string, string> = {
  'test-pages/office-adapters': './test/support/pages/office-adapters-page.ts',
  'test-pages/dialog-echo': './test/support/pages/dialog-echo-page.ts',
  'test-pages/ui-shell': './test/support/pages/ui-shell-page.tsx',
};

type ConfigFactory = (env: Record<string, unknown>, argv: Record<string, unknown>) => webpack.Configuration;

async function runWebpack(): Promise<void> {
  const module = (await import(pathToFileURL(path.join(PROJECT_ROOT, 'webpack.config.js')).href)) as { default: ConfigFactory };
  const config = module.default({ host: 'simulator', outDir: SIMULATOR_DIST }, { mode: 'development' });
  config.context = PROJECT_ROOT;
  config.entry = { ...(config.entry as Record<string, string>), ...TEST_PAGES };
  config.infrastructureLogging = { level: 'error' };
  await new Promise<void>((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(`The simulator build failed:\n${stats.toString('errors-only')}`));
      resolve();
    });
  });
  for (const name of Object.keys(TEST_PAGES)) {
    const css = existsSync(path.join(SIMULATOR_DIST, `${name}.css`)) ? `<link rel="stylesheet" href="/${name}.css">` : '';
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>${css}
<script src="/simulator/office-shim.js"></script><script src="/${name}.js"></script></head><body><div id="app"></div></body></html>\n`;
    await writeFile(path.join(SIMULATOR_DIST, `${name}.html`), html);
  }
}

async function builtFor(runId: string): Promise<boolean> {
  try {
    return (await readFile(MARKER, 'utf8')) === runId;
  } catch {
    return false;
  }
}

async function acquireLock(): Promise<void> {
  await mkdir(path.dirname(LOCK_DIR), { recursive: true });
  for (;;) {
    try {
      await mkdir(LOCK_DIR);
      return;
    } catch {
      const since = await stat(LOCK_DIR).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (since > STALE_LOCK_MS) await rm(LOCK_DIR, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}

/** The directory of the simulator build for this test run, building it first if no worker has yet. */
export async function buildSimulator(): Promise<string> {
  const runId = inject('testRunId') ?? `adhoc-${process.pid}`;
  if (await builtFor(runId)) return SIMULATOR_DIST;
  await acquireLock();
  try {
    if (!(await builtFor(runId))) {
      await runWebpack();
      await writeFile(MARKER, runId);
    }
  } finally {
    await rm(LOCK_DIR, { recursive: true, force: true });
  }
  return SIMULATOR_DIST;
}
