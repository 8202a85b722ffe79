import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPngSize } from '../../../scripts/manifest/read-png-size.js';

const ASSETS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../assets');

/** The concatenated IDAT chunks of a PNG (PNG specification, 11.2.4). */
function imageData(png: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return Buffer.concat(parts);
}

describe('readPngSize', () => {
  it.each([16, 32, 64, 80, 128])('reads %i x %i from the committed icon', (sizePx) => {
    const bytes = readFileSync(path.join(ASSETS, `icon-${sizePx}.png`));
    expect(readPngSize(bytes)).toEqual({ widthPx: sizePx, heightPx: sizePx });
  });

  it.each([16, 32, 64, 80, 128])('draws the %i px icon on a transparent background', (sizePx) => {
    const bytes = readFileSync(path.join(ASSETS, `icon-${sizePx}.png`));
    const COLOR_TYPE_OFFSET = 25;
    const TRUECOLOR_WITH_ALPHA = 6;
    expect(bytes[COLOR_TYPE_OFFSET]).toBe(TRUECOLOR_WITH_ALPHA);
    // The top-left pixel: whatever the row filter, the first pixel of the first row is stored as is.
    const pixels = inflateSync(imageData(bytes));
    expect(pixels[4]).toBe(0);
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
