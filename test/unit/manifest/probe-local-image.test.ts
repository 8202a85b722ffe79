import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeLocalImage } from '../../../scripts/manifest/probe-local-image.js';

const ASSETS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../assets');
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'manifest-probe-'));
  mkdirSync(path.join(dir, 'assets'));
  copyFileSync(path.join(ASSETS, 'icon-32.png'), path.join(dir, 'assets', 'icon-32.png'));
  writeFileSync(path.join(dir, 'assets', 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('probeLocalImage', () => {
  it('reads the size of the file behind a dev URL', () => {
    expect(probeLocalImage(dir)('https://localhost:3000/assets/icon-32.png')).toMatchObject({ kind: 'size', widthPx: 32, heightPx: 32 });
  });

  it('finds files below a production base path too', () => {
    expect(probeLocalImage(dir)('https://contoso.com/apps/bridge/assets/icon-32.png')).toMatchObject({ kind: 'size', widthPx: 32 });
  });

  it('reports a dev icon whose file is missing', () => {
    expect(probeLocalImage(dir)('https://localhost:3000/assets/icon-33.png').kind).toBe('missing');
  });

  it('treats a missing file on a public host as remote', () => {
    expect(probeLocalImage(dir)('https://cdn.contoso.com/assets/icon-33.png')).toEqual({ kind: 'remote' });
  });

  it('reports a file that is not a PNG', () => {
    expect(probeLocalImage(dir)('https://localhost:3000/assets/icon.svg')).toMatchObject({ kind: 'unreadable' });
  });
});
