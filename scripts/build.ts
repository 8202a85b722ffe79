// `npm run build`: the production bundle for real Outlook in dist/, plus both manifests rendered for ADDIN_BASE_URL
// from the add-in declaration (dist/manifest.xml, and dist/manifest.json with its localization file and package
// icons), checked for leftover localhost URLs and validated offline; then the headless command in dist-cli/.
// Usage: ADDIN_BASE_URL=https://… CLIENT_ID=<guid> tsx scripts/build.ts [--out-dir <dir>]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from './build-cli.js';
import { parseBuildEnv } from './manifest/parse-build-env.js';
import type { BuildSettings } from './manifest/parse-build-env.js';
import { findLocalhost } from './manifest/find-localhost.js';
import { renderXmlManifest } from './manifest/render-xml-manifest.js';
import { writeJsonPackage } from './manifest/write-json-package.js';
import { validateFileOffline, validateJsonFileOffline } from './validate-manifest.js';

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

function refuseLocalhost(file: string): void {
  const leftovers = findLocalhost(readFileSync(file, 'utf8'));
  if (leftovers.length === 0) return;
  const lines = leftovers.map((hit) => `  line ${hit.line}: ${hit.text}`).join('\n');
  throw new BuildFailure(`${displayPath(file)} still mentions localhost:\n${lines}\nEvery URL of the declaration must be a path below the base URL (scripts/manifest/addin-declaration.ts).`);
}

/** Both manifests for the production base URL; returns their paths. */
function writeProductionManifests(settings: BuildSettings, outDir: string): { xml: string; json: string } {
  mkdirSync(outDir, { recursive: true });
  const xml = path.join(outDir, 'manifest.xml');
  writeFileSync(xml, renderXmlManifest(settings.baseUrl));
  const written = writeJsonPackage(ROOT, outDir, settings.baseUrl);
  const json = path.join(outDir, 'manifest.json');
  for (const file of [xml, ...written.filter((name) => name.endsWith('.json'))]) refuseLocalhost(file);
  console.log(`== wrote ${displayPath(xml)} and ${written.map(displayPath).join(', ')} for ${settings.baseUrl}`);
  return { xml, json };
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
    const manifests = writeProductionManifests(env.settings, outDir);
    console.log('== validating the production manifests');
    if (!validateFileOffline(manifests.xml)) throw new BuildFailure('The production XML manifest does not pass offline validation (see above).');
    if (!validateJsonFileOffline(manifests.json)) throw new BuildFailure('The production unified manifest does not pass offline validation (see above).');
    console.log(`== wrote ${displayPath(await buildCli())} (the contact-bridge command)`);
    console.log(`== done: host ${displayPath(outDir)}/ at ${env.settings.baseUrl}; npm run package makes the app package of its manifest.json, or deploy its manifest.xml`);
    return 0;
  } catch (error) {
    if (!(error instanceof BuildFailure)) throw error;
    console.error(`build failed: ${error.message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
