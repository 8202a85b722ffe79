// The packed tarball, installed as a user installs it: `npm pack` builds dist-cli/, the tarball holds the compiled
// command and no TypeScript, and the command runs with plain Node and only the production `dependencies`
// (each linked into the unpacked package's own node_modules, so an undeclared or dev-only import fails to resolve).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const TEMP = mkdtempSync(path.join(os.tmpdir(), 'contact-bridge-pack-'));
const PACKAGE = path.join(TEMP, 'package');

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
  const manifest = JSON.parse(readFileSync(path.join(PACKAGE, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const name of Object.keys(manifest.dependencies)) {
    const link = path.join(PACKAGE, 'node_modules', name);
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules', name), link, 'dir');
  }
}, 120_000);

afterAll(() => rmSync(TEMP, { recursive: true, force: true }));

describe('the packed contact-bridge command', () => {
  it('ships the compiled command and the README, and no TypeScript source', () => {
    expect(packedFiles).toEqual(expect.arrayContaining(['bin/contact-bridge.mjs', 'dist-cli/main.js', 'package.json', 'README.md']));
    expect(packedFiles.filter((file) => file.endsWith('.ts') || file.startsWith('src/') || file.startsWith('test/'))).toEqual([]);
    expect(readdirSync(PACKAGE)).not.toContain('src');
  });

  it('converts a file with plain Node and the production dependencies only', async () => {
    const result = await run(process.execPath, [path.join(PACKAGE, 'bin/contact-bridge.mjs'), 'convert', path.join(ROOT, 'test/fixtures/csv/google.csv'), '--to', 'vcard-4.0'], TEMP);
    expect(result.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|Cannot find (package|module)/);
    expect(result.code).toBe(0);
    expect(result.stdout.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(2);
  });

  it('answers a mistaken command line with its usage and exit code 2', async () => {
    const result = await run(process.execPath, [path.join(PACKAGE, 'bin/contact-bridge.mjs'), 'frobnicate'], TEMP);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: contact-bridge convert');
  });
});
