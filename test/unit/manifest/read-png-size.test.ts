import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPngSize } from '../../../scripts/manifest/read-png-size.js';

const ASSETS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../assets');

describe('readPngSize', () => {
  it.each([16, 32, 64, 80, 128])('reads %i x %i from the committed icon', (sizePx) => {
    const bytes = readFileSync(path.join(ASSETS, `icon-${sizePx}.png`));
    expect(readPngSize(bytes)).toEqual({ widthPx: sizePx, heightPx: sizePx });
  });

  it.each([16, 32, 64, 80, 128])('keeps an alpha channel in the %i px icon (transparent background)', (sizePx) => {
    const bytes = readFileSync(path.join(ASSETS, `icon-${sizePx}.png`));
    const COLOR_TYPE_OFFSET = 25;
    const TRUECOLOR_WITH_ALPHA = 6;
    expect(bytes[COLOR_TYPE_OFFSET]).toBe(TRUECOLOR_WITH_ALPHA);
  });

  it('reads width and height separately from the IHDR chunk', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 0, 40]);
    expect(readPngSize(bytes)).toEqual({ widthPx: 256, heightPx: 40 });
  });

  it('rejects bytes that are not a PNG', () => {
    expect(readPngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeUndefined();
  });

  it('rejects a truncated header', () => {
    expect(readPngSize(readFileSync(path.join(ASSETS, 'icon-16.png')).subarray(0, 20))).toBeUndefined();
  });
});
