// `npm run build`: the production bundle for real Outlook in dist/, plus dist/manifest.xml rewritten for
// ADDIN_BASE_URL, checked for leftover localhost URLs and validated offline; then the headless command in dist-cli/.
// Usage: ADDIN_BASE_URL=https://… CLIENT_ID=<guid> tsx scripts/build.ts [--out-dir <dir>]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from './build-cli.js';
import { parseBuildEnv } from './manifest/parse-build-env.js';
import type { BuildSettings } from './manifest/parse-build-env.js';
import { findLocalhost, rewriteManifestForProduction } from './manifest/rewrite-manifest.js';
import { validateFileOffline } from './validate-manifest.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

class BuildFailure extends Error {}

/** A path for messages: relative inside the working directory, absolute outside it. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' || relative.startsWith('..') ? file : relative;
}

function outDirFrom(argv: readonly string[]): string {
  const index = argv.indexOf('--out-dir');
  const value = index >= 0 ? argv[index + 1] : undefined;
  if (index >= 0 && (value === undefined || value.startsWith('--'))) throw new BuildFailure('--out-dir needs a directory, e.g. --out-dir /tmp/contact-bridge-dist');
  return value ? path.resolve(value) : path.join(ROOT, 'dist');
}

function runWebpack(settings: BuildSettings, outDir: string): void {
  const webpack = path.join(ROOT, 'node_modules', '.bin', 'webpack');
  // Pages and lazy chunks are addressed from the base URL's path, so dist/ can live below the site root.
  const publicPath = `${new URL(settings.baseUrl).pathname.replace(/\/+$/, '')}/`;
  const args = ['--mode', 'production', '--env', 'host=office', '--env', `outDir=${outDir}`, '--output-public-path', publicPath];
  console.log(`== webpack ${args.join(' ')}`);
  const run = spawnSync(webpack, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, CLIENT_ID: settings.clientId, NODE_ENV: 'production' },
  });
  if (run.error) throw new BuildFailure(`webpack could not start: ${run.error.message}. Run npm ci first.`);
  if (run.status !== 0) throw new BuildFailure(`webpack failed with exit code ${run.status ?? 'unknown'}.`);
}

function writeProductionManifest(settings: BuildSettings, outDir: string): string {
  const source = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const manifest = rewriteManifestForProduction(source, settings.baseUrl);
  const leftovers = findLocalhost(manifest);
  if (leftovers.length > 0) {
    const lines = leftovers.map((hit) => `  line ${hit.line}: ${hit.text}`).join('\n');
    throw new BuildFailure(`The production manifest still mentions localhost:\n${lines}\nUse https://localhost:3000 for every development URL in manifest.xml so the build can rewrite it.`);
  }
  mkdirSync(outDir, { recursive: true });
  const target = path.join(outDir, 'manifest.xml');
  writeFileSync(target, manifest);
  console.log(`== wrote ${displayPath(target)} for ${settings.baseUrl}`);
  return target;
}

async function main(argv: readonly string[]): Promise<number> {
  const env = parseBuildEnv(process.env);
  if (!env.ok) {
    console.error('npm run build needs two environment variables:');
    for (const problem of env.problems) console.error(`  - ${problem}`);
    return 2;
  }
  try {
    const outDir = outDirFrom(argv);
    runWebpack(env.settings, outDir);
    const manifest = writeProductionManifest(env.settings, outDir);
    console.log('== validating the production manifest');
    if (!validateFileOffline(manifest)) throw new BuildFailure('The production manifest does not pass offline validation (see above).');
    console.log(`== wrote ${displayPath(await buildCli())} (the contact-bridge command)`);
    console.log(`== done: host ${displayPath(outDir)}/ at ${env.settings.baseUrl} and deploy its manifest.xml`);
    return 0;
  } catch (error) {
    if (!(error instanceof BuildFailure)) throw error;
    console.error(`build failed: ${error.message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
