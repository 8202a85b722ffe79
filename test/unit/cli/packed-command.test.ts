// The packed tarball, installed as a user installs it: `npm pack` builds dist-cli/, the tarball holds the compiled
// command and no TypeScript, and `npm install --omit=dev <tarball>` into an empty folder gives a command that runs
// with plain Node and the production `dependencies` only (npm's cache, filled by the checkout's own install, serves
// the packages).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const TEMP = mkdtempSync(path.join(os.tmpdir(), 'contact-bridge-pack-'));
const PACKAGE = path.join(TEMP, 'package');
const INSTALL = path.join(TEMP, 'install');
const INSTALLED_BIN = path.join(INSTALL, 'node_modules/.bin/contact-bridge');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(file: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(file, [...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let packedFiles: string[] = [];

beforeAll(async () => {
  const packed = await run(npm, ['pack', '--json', '--pack-destination', TEMP], ROOT);
  expect(packed.stderr.includes('ERR!') ? packed.stderr : '').toBe('');
  expect(packed.code).toBe(0);
  const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  packedFiles = info!.files.map((entry) => entry.path).sort();
  const untar = await run('tar', ['-xzf', path.join(TEMP, path.basename(info!.filename)), '-C', TEMP], TEMP);
  expect(untar.stderr).toBe('');
  mkdirSync(INSTALL);
  writeFileSync(path.join(INSTALL, 'package.json'), JSON.stringify({ name: 'empty-folder', private: true }));
  const installed = await run(npm, ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', path.join(TEMP, path.basename(info!.filename))], INSTALL);
  expect(installed.stderr).toBe('');
  expect(installed.code).toBe(0);
}, 240_000);

afterAll(() => rmSync(TEMP, { recursive: true, force: true }));

describe('the packed contact-bridge command', () => {
  it('ships the compiled command and the README, and no TypeScript source', () => {
    expect(packedFiles).toEqual(expect.arrayContaining(['bin/contact-bridge.mjs', 'dist-cli/main.js', 'package.json', 'README.md']));
    expect(packedFiles.filter((file) => file.endsWith('.ts') || file.startsWith('src/') || file.startsWith('test/'))).toEqual([]);
    expect(readdirSync(PACKAGE)).not.toContain('src');
  });

  it('installs without the development dependencies', () => {
    expect(existsSync(INSTALLED_BIN)).toBe(true);
    for (const devOnly of ['tsx', 'typescript', 'esbuild', 'vitest']) expect(existsSync(path.join(INSTALL, 'node_modules', devOnly))).toBe(false);
  });

  it('converts a file with plain Node and the production dependencies only', async () => {
    const result = await run(process.execPath, [INSTALLED_BIN, 'convert', path.join(ROOT, 'test/fixtures/csv/google.csv'), '--to', 'vcard-4.0'], TEMP);
    expect(result.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|Cannot find (package|module)/);
    expect(result.code).toBe(0);
    expect(result.stdout.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(2);
  });

  it('answers a mistaken command line with its usage and exit code 2', async () => {
    const result = await run(process.execPath, [INSTALLED_BIN, 'frobnicate'], TEMP);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: contact-bridge convert');
    expect(result.stderr).toContain('Usage: contact-bridge import');
    expect(result.stderr).toContain('Usage: contact-bridge export');
  });
});
