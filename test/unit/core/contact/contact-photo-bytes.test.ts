import { describe, expect, it } from 'vitest';
import { base64OfBytes, bytesOfBase64 } from '../../../../src/core/base64.js';
import { fittedSize, imageTypeOf, MAX_PHOTO_BYTES, photoAsIs } from '../../../../src/core/contact/contact-photo-bytes.js';

describe('contact photo bytes', () => {
  it.each([
    ['a JPEG', [0xff, 0xd8, 0xff, 0xe1], 'image/jpeg'],
    ['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0], 'image/png'],
    ['a GIF', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], 'image/gif'],
    ['text', [0x3c, 0x73, 0x76, 0x67], undefined],
    ['nothing', [], undefined],
  ])('types %s by its signature', (_, bytes, type) => {
    expect(imageTypeOf(new Uint8Array(bytes))).toBe(type);
  });

  it('sends an image within 4 MB as it is, typed by its bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]);
    expect(photoAsIs(png)).toEqual({ ok: true, photo: { bytes: png, mediaType: 'image/png' } });
  });

  it('refuses what is not an image, and an image over 4 MB, saying why', () => {
    expect(photoAsIs(new Uint8Array([1, 2]))).toEqual({ ok: false, reason: 'the photo is not a JPEG, PNG or GIF image' });
    const large = new Uint8Array(MAX_PHOTO_BYTES + 1);
    large.set([0xff, 0xd8, 0xff]);
    expect(photoAsIs(large)).toEqual({ ok: false, reason: 'the photo is 4.0 MB, over the 4 MB Outlook takes' });
  });

  it('scales a large image down in proportion and leaves a small one as it is', () => {
    expect(fittedSize(1296, 972)).toEqual({ width: 648, height: 486 });
    expect(fittedSize(300, 4000)).toEqual({ width: 49, height: 648 });
    expect(fittedSize(96, 96)).toEqual({ width: 96, height: 96 });
  });

  it('writes base64 that reads back byte for byte, also past one chunk', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256);
    expect(bytesOfBase64(base64OfBytes(bytes))).toEqual(bytes);
    expect(base64OfBytes(new Uint8Array([0xff, 0xd8, 0xff]))).toBe('/9j/');
    expect(bytesOfBase64('not base64!')).toBeUndefined();
  });
});
