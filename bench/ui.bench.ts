// The Contacts view in Chromium over a real IndexedDB mirror: bench/pages/ui-bench-page.tsx is built with the
// pane's own webpack configuration in production mode (its CSS and theme tokens included), served on loopback
// and driven through `page.evaluate`. Figures: first rows painted after the view opens and search as you type on
// 10,000 contacts (medians), and finding the duplicates of 50,000 contacts (median of a few runs).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';
import { generateLocalhostCertificate } from '../scripts/dev-certs.js';
import { launchChromium, newContext, serveStatic } from '../test/support/browser.js';
import type { BenchTargets } from './bench-table.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEARCH_CONTACTS = 10_000;
const DUPLICATE_CONTACTS = 50_000;
const PAINT_RUNS = 15;
const DUPLICATE_RUNS = 3;
/** Typed letter by letter: names, an e-mail address and phone digits, as people search. */
const SEARCH_WORDS = ['maria', 'fischer', 'person123', '2065'];

export const targets: BenchTargets = {
  'ui.search10kMs': { max: 30 },
  'ui.contactsFirstPaintMs': { max: 100 },
  'ui.duplicates50kMs': { max: 2_000 },
};

export const timeoutMs = 900_000;

interface UiBench {
  firstPaint(count: number, runs: number): Promise<number[]>;
  searchAsYouType(count: number, words: readonly string[]): Promise<number[]>;
  duplicates(count: number, runs: number): Promise<{ times: number[]; groups: number; readMs: number; groupMs: number }>;
}

type ConfigFactory = (env: Record<string, unknown>, argv: Record<string, unknown>) => webpack.Configuration;

async function build(outDir: string): Promise<void> {
  const factory = ((await import(pathToFileURL(path.join(ROOT, 'webpack.config.js')).href)) as { default: ConfigFactory }).default;
  const config = factory({ host: 'simulator', outDir }, { mode: 'production' });
  // The pane's rules and its CSS and config plugins; one page of our own instead of the pane's pages.
  const kept = (config.plugins ?? []).filter((plugin) => plugin !== null && typeof plugin === 'object' && ['MiniCssExtractPlugin', 'DefinePlugin'].includes(plugin.constructor.name));
  Object.assign(config, {
    context: ROOT,
    entry: { 'ui-bench': './bench/pages/ui-bench-page.tsx' },
    devtool: false,
    plugins: [...kept, new HtmlWebpackPlugin({ filename: 'index.html', templateContent: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>UI bench</title></head><body><div id="root"></div></body></html>' })],
    infrastructureLogging: { level: 'error' },
  });
  await new Promise<void>((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve();
    });
  });
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const round = (ms: number): number => Math.round(ms * 10) / 10;
const spread = (values: readonly number[]): string => `${round(Math.min(...values))}–${round(Math.max(...values))}`;

export async function run(): Promise<Record<string, number>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'contact-bridge-ui-bench-'));
  const browser = await launchChromium();
  try {
    await build(dir);
    const server = await serveStatic(dir, await generateLocalhostCertificate());
    try {
      const context = await newContext(browser);
      const page = await context.newPage();
      // The task pane's width in Outlook.
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(server.url);
      const bench = (name: keyof UiBench, ...args: unknown[]) =>
        page.evaluate(([method, values]) => ((window as unknown as { __uiBench: Record<string, (...a: unknown[]) => Promise<unknown>> }).__uiBench[method] as (...a: unknown[]) => Promise<unknown>)(...values), [name, args] as const);
      const only = process.env.UI_BENCH_ONLY;
      const paints = only === 'duplicates' ? [0] : ((await bench('firstPaint', SEARCH_CONTACTS, PAINT_RUNS)) as number[]);
      const keystrokes = only === 'duplicates' ? [0] : ((await bench('searchAsYouType', SEARCH_CONTACTS, SEARCH_WORDS)) as number[]);
      const found = (await bench('duplicates', DUPLICATE_CONTACTS, DUPLICATE_RUNS)) as { times: number[]; groups: number; readMs: number; groupMs: number };
      console.log(`ui bench: first paint ${spread(paints)} ms over ${paints.length} runs; search ${spread(keystrokes)} ms over ${keystrokes.length} keystrokes; duplicates ${spread(found.times)} ms (reading ${round(found.readMs)} ms, grouping ${round(found.groupMs)} ms), ${found.groups} groups`);
      if (found.groups === 0) throw new Error('the duplicates bench found no groups');
      return {
        'ui.contactsFirstPaintMs': round(median(paints)),
        'ui.search10kMs': round(median(keystrokes)),
        'ui.search10kMaxMs': round(Math.max(...keystrokes)),
        'ui.duplicates50kMs': Math.round(median(found.times)),
        'ui.duplicates50kGroupsCount': found.groups,
      };
    } finally {
      await server.close();
    }
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}
