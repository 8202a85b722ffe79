// A contact photo as bytes, and what Graph takes (learn.microsoft.com/graph/api/profilephoto-update: the
// image bytes with an image Content-Type; 4 MB is the ceiling of one request). The image type is read from the
// bytes' signature, never taken from the file that carried them.

export interface PhotoBytes {
  readonly bytes: Uint8Array;
  readonly mediaType: string;
}

/** The largest photo one PUT takes. */
export const MAX_PHOTO_BYTES = 4 * 1024 * 1024;

/** The longest side a photo is sent with: larger ones are scaled down (Outlook shows contact photos far smaller). */
export const MAX_PHOTO_SIDE_PX = 648;

const SIGNATURES: readonly { readonly mediaType: string; readonly bytes: readonly number[] }[] = [
  { mediaType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mediaType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] },
];

/** `image/jpeg`, `image/png` or `image/gif` by the bytes' signature; undefined for anything else. */
export function imageTypeOf(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find((signature) => signature.bytes.every((byte, index) => bytes[index] === byte))?.mediaType;
}

export type PhotoFit = { readonly ok: true; readonly photo: PhotoBytes } | { readonly ok: false; readonly reason: string };

/**
 * The photo as it can be sent without re-encoding: a JPEG, PNG or GIF within MAX_PHOTO_BYTES, typed by its
 * signature. Where no image can be decoded and scaled (a command line), this is the whole fit.
 */
export function photoAsIs(bytes: Uint8Array): PhotoFit {
  const mediaType = imageTypeOf(bytes);
  if (mediaType === undefined) return { ok: false, reason: 'the photo is not a JPEG, PNG or GIF image' };
  if (bytes.length > MAX_PHOTO_BYTES) return { ok: false, reason: `the photo is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, over the 4 MB Outlook takes` };
  return { ok: true, photo: { bytes, mediaType } };
}

/** The size a `width` × `height` image is sent at: scaled down, in proportion, to MAX_PHOTO_SIDE_PX at most. */
export function fittedSize(width: number, height: number): { readonly width: number; readonly height: number } {
  const scale = Math.min(1, MAX_PHOTO_SIDE_PX / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
