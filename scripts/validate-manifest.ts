// `npm run validate`: checks manifest.xml (and dist/manifest.xml when built) offline against the manifest schema's
// rules and the unified manifest (the declaration's development rendering, and dist/manifest.json when built)
// against its vendored JSON schema, then asks Microsoft's online validator about the XML when it is reachable.
// Usage: tsx scripts/validate-manifest.ts [--offline] [manifest files (.xml or .json)...]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_BASE_URL } from './manifest/find-localhost.js';
import { formatIssue, hasErrors } from './manifest/manifest-issue.js';
import type { ManifestIssue } from './manifest/manifest-issue.js';
import { classifyOnlineValidation } from './manifest/online-validation.js';
import type { OnlineOutcome } from './manifest/online-validation.js';
import { probeLocalImage } from './manifest/probe-local-image.js';
import { packageFiles } from './manifest/render-json-manifest.js';
import { validateJsonManifest } from './manifest/validate-json-manifest.js';
import { validateManifest } from './manifest/validate-manifest.js';
import { validateJsonManifestFile } from './manifest/write-json-package.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ONLINE_TIMEOUT_MS = 60_000;

/** A path for messages: relative inside the working directory, absolute outside it. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' || relative.startsWith('..') ? file : relative;
}

/** Prints the issues and the verdict for one manifest; returns whether it passed. */
function report(label: string, issues: readonly ManifestIssue[]): boolean {
  for (const issue of issues) console.log(formatIssue(issue));
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  const verdict = hasErrors(issues) ? 'FAILED' : 'passed';
  console.log(`offline validation: ${label} ${verdict} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`);
  return !hasErrors(issues);
}

/** Validates one XML manifest offline, prints its issues and returns whether it passed. */
export function validateFileOffline(file: string): boolean {
  const label = displayPath(file);
  return report(label, validateManifest(readFileSync(file, 'utf8'), { file: label, probeImage: probeLocalImage(path.dirname(file)) }));
}

/** Validates one unified manifest (with the files beside it) offline, prints its issues and returns whether it passed. */
export function validateJsonFileOffline(file: string): boolean {
  const label = displayPath(file);
  return report(label, validateJsonManifestFile(file, label));
}

/** The declaration's unified manifest for the development server, validated without writing it anywhere. */
function validateDevelopmentJson(): boolean {
  const files = packageFiles(DEV_BASE_URL);
  const text = JSON.stringify(files[0]?.json);
  const readSibling = (relative: string): string | undefined => {
    const file = files.find((candidate) => candidate.path === relative);
    return file?.json === undefined ? undefined : JSON.stringify(file.json);
  };
  const label = 'manifest.json (development rendering of scripts/manifest/addin-declaration.ts)';
  const probe = probeLocalImage(ROOT);
  return report(label, validateJsonManifest(text, { file: label, readSibling, probeImage: (relative) => probe(`${DEV_BASE_URL}/${relative}`) }));
}

function validateOnline(file: string): OnlineOutcome {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'office-addin-manifest');
  const command = existsSync(bin) ? bin : 'npx';
  const args = existsSync(bin) ? ['validate', file] : ['--no-install', 'office-addin-manifest', 'validate', file];
  const run = spawnSync(command, args, { encoding: 'utf8', timeout: ONLINE_TIMEOUT_MS, env: { ...process.env, FORCE_COLOR: '0' } });
  const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}${run.error ? `\n${run.error.message}` : ''}`;
  const outcome = classifyOnlineValidation({ exitCode: run.status, output, timedOut: run.error?.message.includes('ETIMEDOUT') ?? false });
  if (outcome.status === 'failed') console.log(output.trim());
  return outcome;
}

/** dist/manifest.xml is a build product: say so when manifest.xml changed after it was written. */
function warnIfStale(files: readonly string[]): void {
  const source = path.join(ROOT, 'manifest.xml');
  const built = path.join(ROOT, 'dist', 'manifest.xml');
  if (!files.includes(built) || !existsSync(source) || !existsSync(built)) return;
  if (statSync(source).mtimeMs > statSync(built).mtimeMs) {
    console.log('warning: dist/manifest.xml is older than manifest.xml; run npm run build again before deploying it.');
  }
}

function main(argv: readonly string[]): number {
  const offlineOnly = argv.includes('--offline');
  const named = argv.filter((arg) => !arg.startsWith('--')).map((arg) => path.resolve(arg));
  const defaults = [path.join(ROOT, 'manifest.xml'), path.join(ROOT, 'dist', 'manifest.xml'), path.join(ROOT, 'dist', 'manifest.json')];
  const all = named.length > 0 ? named : defaults.filter((file) => existsSync(file));
  let failed = named.length === 0 && !validateDevelopmentJson();
  for (const file of all) {
    if (!existsSync(file)) {
      console.log(`offline validation: ${file} FAILED (file not found)`);
      failed = true;
      continue;
    }
    if (!(file.endsWith('.json') ? validateJsonFileOffline(file) : validateFileOffline(file))) failed = true;
  }
  // Microsoft's online validator is asked about the XML manifests; the JSON schema check above is the unified one's.
  const files = all.filter((file) => !file.endsWith('.json'));
  warnIfStale(files);
  for (const file of files.filter((candidate) => existsSync(candidate))) {
    const label = displayPath(file);
    const outcome: OnlineOutcome = offlineOnly
      ? { status: 'skipped', summary: 'online validation: skipped (--offline)' }
      : validateOnline(file);
    console.log(`${outcome.summary}: ${label}`);
    if (outcome.status === 'failed') failed = true;
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
