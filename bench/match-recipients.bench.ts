// Matching the participants of a message with 50 recipients against a mirror of 10,000 contacts, in Chromium
// with real IndexedDB through the Dexie adapter: bench/pages/match-bench-page.ts is bundled with webpack,
// served on loopback, seeded once, and the match use case is timed (median of several runs after a warm-up).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import webpack from 'webpack';
import type { BenchTargets } from './bench-table.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM_PATH = '/usr/bin/chromium';
const CONTACTS = 10_000;
const RUNS = 25;

export const targets: BenchTargets = {
  'match.recipients50Ms': { max: 5 },
};

interface MatchBenchResult {
  readonly medianMs: number;
  readonly coldMedianMs: number;
  readonly withCardsMedianMs: number;
  readonly indexBuildMs: number;
  readonly indexHeapMB: number;
  readonly statuses: Record<string, number>;
  readonly seedMs: number;
}

function bundle(outDir: string): Promise<void> {
  const config: webpack.Configuration = {
    mode: 'production',
    context: ROOT,
    entry: { bench: './bench/pages/match-bench-page.ts' },
    output: { path: outDir, filename: '[name].js' },
    resolve: { extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } },
    module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, loader: 'esbuild-loader', options: { target: 'es2022' } }] },
    performance: { hints: false },
    optimization: { minimize: false },
    infrastructureLogging: { level: 'error' },
  };
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve();
    });
  });
}

async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const file = request.url === '/bench.js' ? 'bench.js' : 'index.html';
    void readFile(path.join(dir, file)).then((body) => {
      response.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function run(): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'contact-bridge-match-bench-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info', '--js-flags=--expose-gc'] });
  try {
    await bundle(dir);
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>match bench</title><script src="/bench.js"></script>');
    const server = await serve(dir);
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      const result = await page.evaluate(
        ([count, runs]) => (window as unknown as { __matchBench: { run(c: number, r: number): Promise<MatchBenchResult> } }).__matchBench.run(count, runs),
        [CONTACTS, RUNS] as const,
      );
      console.log(`match bench: seeded in ${Math.round(result.seedMs)} ms, statuses ${JSON.stringify(result.statuses)}, median ${result.medianMs.toFixed(2)} ms`);
      if ((result.statuses.known ?? 0) === 0 || (result.statuses.unknown ?? 0) === 0) throw new Error(`unexpected match statuses ${JSON.stringify(result.statuses)}`);
      const round = (ms: number) => Math.round(ms * 100) / 100;
      return {
        'match.recipients50Ms': round(result.medianMs),
        'match.recipients50ColdMs': round(result.coldMedianMs),
        'match.recipients50WithCardsMs': round(result.withCardsMedianMs),
        'match.indexBuild10kMs': Math.round(result.indexBuildMs),
        'match.indexHeap10kMB': Math.round(result.indexHeapMB * 10) / 10,
      };
    } finally {
      await server.close();
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
