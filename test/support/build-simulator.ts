// Builds the simulator flavour of the add-in (development mode for the tests, production mode for the benches,
// which measure what users run) into .cache/simulator-dist[-production] at most once per test run, and not at
// all while the sources are unchanged. Workers (and other test runs) share the directory: a lock
// guards the build, which goes to a scratch directory first and then replaces the old build in one rename.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import webpack from 'webpack';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SIMULATOR_DIST = path.join(PROJECT_ROOT, '.cache', 'simulator-dist');
export type BuildMode = 'development' | 'production';
const MARKER_NAME = '.build-marker.json';
/** What the bundle is built from: a change in any of these (by size or time) means a new build. */
const SOURCES = ['src', 'emulator/host', 'test/support/pages', 'bench/pages', 'test/fakes', 'assets', 'webpack.config.js', 'package-lock.json'];
const STALE_LOCK_MS = 180_000;
const POLL_MS = 200;

/** Test-only pages added to the build: each loads the Office shim and one bundle. */
const TEST_PAGES: Record<string, string> = {
  'test-pages/office-adapters': './test/support/pages/office-adapters-page.ts',
  'test-pages/dialog-echo': './test/support/pages/dialog-echo-page.ts',
  'test-pages/ui-shell': './test/support/pages/ui-shell-page.tsx',
  // Injected into the pane's frame by the sync bench (bench/sync-pane.bench.ts).
  'test-pages/sync-floor': './bench/pages/sync-floor-page.ts',
};

type ConfigFactory = (env: Record<string, unknown>, argv: Record<string, unknown>) => webpack.Configuration;

/** Where the build of `mode` lives. */
export function distOf(mode: BuildMode): string {
  return mode === 'development' ? SIMULATOR_DIST : `${SIMULATOR_DIST}-${mode}`;
}

async function runWebpack(outDir: string, mode: BuildMode): Promise<void> {
  const module = (await import(pathToFileURL(path.join(PROJECT_ROOT, 'webpack.config.js')).href)) as { default: ConfigFactory };
  const config = module.default({ host: 'simulator', outDir }, { mode });
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
    const css = existsSync(path.join(outDir, `${name}.css`)) ? `<link rel="stylesheet" href="/${name}.css">` : '';
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>${css}
<script src="/simulator/office-shim.js"></script><script src="/${name}.js"></script></head><body><div id="app"></div></body></html>\n`;
    await writeFile(path.join(outDir, `${name}.html`), html);
  }
}

interface BuildMarker {
  readonly runId: string;
  readonly fingerprint: string;
}

async function fingerprintOf(relative: string, hash: ReturnType<typeof createHash>): Promise<void> {
  const full = path.join(PROJECT_ROOT, relative);
  const info = await stat(full).catch(() => undefined);
  if (!info) return;
  if (info.isDirectory()) {
    for (const entry of (await readdir(full)).sort()) await fingerprintOf(path.join(relative, entry), hash);
  } else {
    hash.update(`${relative}:${info.size}:${info.mtimeMs}\n`);
  }
}

async function sourcesFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const source of SOURCES) await fingerprintOf(source, hash);
  return hash.digest('hex');
}

async function isCurrent(dist: string, runId: string, fingerprint: string): Promise<boolean> {
  try {
    const marker = JSON.parse(await readFile(path.join(dist, MARKER_NAME), 'utf8')) as BuildMarker;
    return marker.runId === runId || marker.fingerprint === fingerprint;
  } catch {
    return false;
  }
}

async function acquireLock(lockDir: string): Promise<void> {
  await mkdir(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      await mkdir(lockDir);
      return;
    } catch {
      const since = await stat(lockDir).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (since > STALE_LOCK_MS) await rm(lockDir, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}

/** The id vitest's global setup gives this test run; none when the harness runs outside vitest (the benches). */
async function testRunId(): Promise<string | undefined> {
  if (process.env.VITEST === undefined) return undefined;
  const { inject } = await import('vitest');
  return inject('testRunId');
}

/** The directory of the simulator build, building it first unless this run or unchanged sources already did. */
export async function buildSimulator(mode: BuildMode = 'development'): Promise<string> {
  const dist = distOf(mode);
  const lockDir = `${dist}.lock`;
  const runId = (await testRunId()) ?? `adhoc-${process.pid}`;
  if (await isCurrent(dist, runId, await sourcesFingerprint())) return dist;
  await acquireLock(lockDir);
  try {
    const fingerprint = await sourcesFingerprint();
    if (!(await isCurrent(dist, runId, fingerprint))) {
      const scratch = `${dist}.building-${process.pid}`;
      const old = `${dist}.old-${process.pid}`;
      await runWebpack(scratch, mode);
      await writeFile(path.join(scratch, MARKER_NAME), JSON.stringify({ runId, fingerprint } satisfies BuildMarker));
      await rename(dist, old).catch(() => undefined);
      await rename(scratch, dist);
      await rm(old, { recursive: true, force: true });
    }
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
  return dist;
}
