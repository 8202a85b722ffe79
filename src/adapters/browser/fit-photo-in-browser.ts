// Fits a photo to what Graph takes, in the browser: an image within MAX_PHOTO_SIDE_PX and MAX_PHOTO_BYTES is
// sent as it is; a larger one (or another image type the browser can decode) is scaled down and re-encoded as
// JPEG on a canvas. Bytes the browser cannot decode are sent as they are when their signature says JPEG, PNG
// or GIF (Graph judges them, as in a command), else refused with the reason.
import { fittedSize, MAX_PHOTO_BYTES, MAX_PHOTO_SIDE_PX, photoAsIs } from '../../core/contact/contact-photo-bytes.js';
import type { PhotoFit } from '../../core/contact/contact-photo-bytes.js';

const JPEG_QUALITIES = [0.9, 0.75, 0.6] as const;

async function decode(bytes: Uint8Array): Promise<ImageBitmap | undefined> {
  try {
    return await createImageBitmap(new Blob([bytes.slice()]));
  } catch {
    return undefined;
  }
}

async function jpegOf(image: ImageBitmap): Promise<Uint8Array | undefined> {
  const { width, height } = fittedSize(image.width, image.height);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (context === null) return undefined;
  context.drawImage(image, 0, 0, width, height);
  for (const quality of JPEG_QUALITIES) {
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
    if (blob.size <= MAX_PHOTO_BYTES) return new Uint8Array(await blob.arrayBuffer());
  }
  return undefined;
}

export async function fitPhotoInBrowser(bytes: Uint8Array): Promise<PhotoFit> {
  const image = await decode(bytes);
  const asIs = photoAsIs(bytes);
  if (image === undefined) return asIs;
  try {
    if (asIs.ok && Math.max(image.width, image.height) <= MAX_PHOTO_SIDE_PX) return asIs;
    const jpeg = await jpegOf(image);
    return jpeg === undefined ? { ok: false, reason: 'the photo could not be made small enough for Outlook' } : { ok: true, photo: { bytes: jpeg, mediaType: 'image/jpeg' } };
  } finally {
    image.close();
  }
}

/**
 * A photo the user chose from a file, always sent as a JPEG: decoded, scaled down to MAX_PHOTO_SIDE_PX and
 * re-encoded (an image the browser cannot decode is refused with the reason).
 */
export async function chosenPhotoAsJpeg(bytes: Uint8Array): Promise<PhotoFit> {
  const image = await decode(bytes);
  if (image === undefined) return { ok: false, reason: 'the file is not an image this browser can read' };
  try {
    const jpeg = await jpegOf(image);
    return jpeg === undefined ? { ok: false, reason: 'the photo could not be made small enough for Outlook' } : { ok: true, photo: { bytes: jpeg, mediaType: 'image/jpeg' } };
  } finally {
    image.close();
  }
}
