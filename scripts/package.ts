// `npm run package`: the app package of the unified manifest, for the Microsoft 365 admin center's Integrated apps
// (and for sideloading in Teams or Outlook): dist/contact-bridge.zip from the manifest.json that npm run build
// wrote, validated first. `--dev` packages the development rendering instead (https://localhost:3000, no build
// needed) as dist/contact-bridge-dev.zip, for sideloading while npm run start:outlook serves the pane.
// Usage: tsx scripts/package.ts [--dev] [--dist <dir>]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectPackage, PackageError, zipPackage } from './manifest/app-package.js';
import { DEV_BASE_URL } from './manifest/find-localhost.js';
import { writeJsonPackage } from './manifest/write-json-package.js';
import { validateJsonFileOffline } from './validate-manifest.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function distDir(argv: readonly string[]): string {
  const index = argv.indexOf('--dist');
  const value = index >= 0 ? argv[index + 1] : undefined;
  if (index >= 0 && (value === undefined || value.startsWith('--'))) throw new PackageError('--dist needs the build folder, e.g. --dist /tmp/contact-bridge-dist');
  return value ? path.resolve(value) : path.join(ROOT, 'dist');
}

function packageFolder(folder: string, target: string): void {
  const entries = collectPackage(folder);
  if (!validateJsonFileOffline(path.join(folder, 'manifest.json'))) throw new PackageError('manifest.json does not pass offline validation (see above).');
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, zipPackage(entries));
  console.log(`== wrote ${path.relative(process.cwd(), target) || target}: ${entries.map((entry) => entry.path).join(', ')}`);
}

function main(argv: readonly string[]): number {
  try {
    const dist = distDir(argv);
    if (!argv.includes('--dev')) {
      packageFolder(dist, path.join(dist, 'contact-bridge.zip'));
      return 0;
    }
    const staging = mkdtempSync(path.join(tmpdir(), 'contact-bridge-package-'));
    try {
      writeJsonPackage(ROOT, staging, DEV_BASE_URL);
      packageFolder(staging, path.join(dist, 'contact-bridge-dev.zip'));
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    return 0;
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    console.error(`package failed: ${error.message}`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
