// npm run package: the zip an admin uploads holds manifest.json at its root and exactly the files it names.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AdmZip from 'adm-zip';
import { afterEach, describe, expect, it } from 'vitest';
import { collectPackage, filesNamedBy, PackageError, zipPackage } from '../../../scripts/manifest/app-package.js';
import { readPngSize } from '../../../scripts/manifest/read-png-size.js';
import { renderJsonManifest } from '../../../scripts/manifest/render-json-manifest.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const dirs: string[] = [];
const aDir = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'app-package-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm run package', () => {
  it('zips the development manifest with its German strings and its two icons at the paths it names', () => {
    const dist = aDir();
    const run = spawnSync(TSX, ['scripts/package.ts', '--dev', '--dist', dist], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(`${run.stdout}${run.stderr}`).toContain('passed (0 errors, 0 warnings)');
    expect(run.status).toBe(0);
    const zip = new AdmZip(path.join(dist, 'contact-bridge-dev.zip'));
    const names = zip.getEntries().map((entry) => entry.entryName).sort();
    expect(names).toEqual(['assets/icon-color-192.png', 'assets/icon-outline-32.png', 'de-de.json', 'manifest.json']);
    const manifest = JSON.parse(zip.readAsText('manifest.json')) as Record<string, unknown>;
    expect(manifest.id).toBe(renderJsonManifest('https://localhost:3000').id);
    expect(readPngSize(zip.readFile('assets/icon-color-192.png') ?? Buffer.alloc(0))).toEqual({ widthPx: 192, heightPx: 192 });
    expect(readPngSize(zip.readFile('assets/icon-outline-32.png') ?? Buffer.alloc(0))).toEqual({ widthPx: 32, heightPx: 32 });
  });

  it('refuses to package a build folder without manifest.json, saying to build first', () => {
    const run = spawnSync(TSX, ['scripts/package.ts', '--dist', aDir()], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(`${run.stdout}${run.stderr}`).toMatch(/package failed: .*manifest\.json does not exist: run npm run build first/);
    expect(run.status).toBe(1);
  });
});

describe('collectPackage', () => {
  it('names a file manifest.json lists but the folder lacks', () => {
    const dir = aDir();
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ icons: { color: 'assets/color.png', outline: 'assets/outline.png' } }));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'assets', 'color.png'), 'png');
    expect(() => collectPackage(dir)).toThrow(PackageError);
    expect(() => collectPackage(dir)).toThrow(/names assets\/outline\.png, but .* does not exist/);
  });

  it('refuses a path that leaves the package', () => {
    expect(filesNamedBy({ icons: { color: '../secret.png' } })).toEqual(['../secret.png']);
    const dir = aDir();
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ icons: { color: '../secret.png' } }));
    expect(() => collectPackage(dir)).toThrow(/not a path inside the package/);
  });

  it('zips every entry at its path with its bytes', () => {
    const zip = new AdmZip(zipPackage([{ path: 'manifest.json', bytes: Buffer.from('{}') }, { path: 'assets/a.png', bytes: Buffer.from([1, 2, 3]) }]));
    expect(zip.getEntries().map((entry) => entry.entryName).sort()).toEqual(['assets/a.png', 'manifest.json']);
    expect([...(zip.readFile('assets/a.png') ?? [])]).toEqual([1, 2, 3]);
  });
});
