// Contact photos (learn.microsoft.com/graph/api/profilephoto-get, profilephoto-update): metadata at `/photo`,
// bytes at `/photo/$value`, 404 when the contact has none, PUT replaces it (and is a write: new changeKey).
import type { StoredContact } from '../store/records.js';
import { imageSize } from '../seed/seed-photo.js';
import { GraphError, badRequest } from './errors.js';
import { jsonResult } from './graph-call.js';
import type { GraphResult, RouteInput } from './graph-call.js';

/** Graph's ceiling for a photo upload in one request. */
export const MAX_PHOTO_BYTES = 4 * 1024 * 1024;

const noPhoto = (): GraphError => new GraphError(404, 'ErrorItemNotFound', 'The photo wasn’t found.');

const mediaEtag = (contact: StoredContact): string => `"${contact.changeKey}"`;

export function getPhotoMetadata(input: RouteInput, contact: StoredContact): GraphResult {
  const photo = contact.photo;
  if (!photo) throw noPhoto();
  return jsonResult({
    '@odata.context': `${input.ctx.graphUrl}/$metadata#users('${input.mailbox.ownerId}')/contacts('${contact.id}')/photo/$entity`,
    '@odata.mediaContentType': photo.contentType,
    '@odata.mediaEtag': mediaEtag(contact),
    id: `${photo.width}X${photo.height}`,
    width: photo.width,
    height: photo.height,
  });
}

export function getPhotoValue(_input: RouteInput, contact: StoredContact): GraphResult {
  const photo = contact.photo;
  if (!photo) throw noPhoto();
  return { status: 200, bytes: Buffer.from(photo.data, 'base64'), contentType: photo.contentType, headers: { ETag: mediaEtag(contact) } };
}

export function putPhotoValue(input: RouteInput, contact: StoredContact): GraphResult {
  const contentType = (input.call.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!contentType.startsWith('image/')) throw badRequest('The photo must be sent as image bytes with an image/* Content-Type.', 'ErrorInvalidRequest');
  const bytes = input.call.body;
  if (bytes.length === 0) throw badRequest('The photo is empty.', 'ErrorInvalidRequest');
  if (bytes.length > MAX_PHOTO_BYTES) throw new GraphError(413, 'RequestEntityTooLarge', 'The photo is larger than 4 MB.');
  const { width, height } = imageSize(bytes);
  contact.photo = { contentType, data: bytes.toString('base64'), width, height };
  input.mailbox.touchContact(contact);
  return { status: 200 };
}
