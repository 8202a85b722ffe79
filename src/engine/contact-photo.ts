// A mirrored contact's photo, read through the PhotoCache: Graph is asked once per contact version (its
// changeKey), and its answer kept, "no photo" included, so a contact without a photo costs one 404, not one per
// render or per pane start. A contact not on the server yet has no photo in Graph to read: only a photo the user
// gave it here (kept in the cache under the version it has now). A failed read (throttled, offline) keeps
// nothing: the next view asks again.
import type { PhotoBytes, PhotoFit } from '../core/contact/contact-photo-bytes.js';
import type { MirrorContact } from '../core/sync/mirror-contact.js';
import type { MirrorFolder } from '../core/sync/plan-folders.js';
import type { ContactPhotos } from '../ports/graph-directory.js';
import type { PhotoCache } from '../ports/photo-cache.js';
import type { PhotoQueue } from '../ports/photo-queue.js';
import { mailboxRefOf } from './pull-contacts.js';

export interface ContactPhotoDeps {
  readonly photos: ContactPhotos;
  readonly cache: PhotoCache;
}

/** The version a photo answer belongs to: the contact's last agreed changeKey (empty before it reached Graph). */
export const photoVersionOf = (contact: MirrorContact): string => contact.base?.changeKey ?? '';

export async function contactPhoto(deps: ContactPhotoDeps, folders: readonly MirrorFolder[], contact: MirrorContact): Promise<PhotoBytes | undefined> {
  const version = photoVersionOf(contact);
  const kept = await deps.cache.cachedPhoto(contact.localId);
  if (kept !== undefined && kept.version === version) return kept.photo;
  // A moved contact's copy has no photo in Graph until the move gives it one: until then it shows the original's.
  const from = contact.photoFrom ?? (contact.graphId === undefined ? undefined : { graphId: contact.graphId, folderId: contact.folderId });
  if (from === undefined) return undefined;
  const folder = folders.find((each) => each.id === from.folderId);
  const blob = await deps.photos.contactPhoto(mailboxRefOf(folder?.mailbox ?? 'me'), from.folderId, from.graphId);
  const photo = blob === undefined ? undefined : { bytes: new Uint8Array(await blob.arrayBuffer()), mediaType: blob.type };
  await deps.cache.keepPhoto({ localId: contact.localId, version, ...(photo === undefined ? {} : { photo }) });
  return photo;
}

/** Shows a photo the user just gave the contact at once, before Graph has it (the next version reads it back). */
export async function keepGivenPhoto(cache: PhotoCache, contact: MirrorContact, photo: PhotoBytes): Promise<void> {
  await cache.keepPhoto({ localId: contact.localId, version: photoVersionOf(contact), photo });
}

export interface GivePhotoDeps {
  readonly queue: Pick<PhotoQueue, 'queuePhotos'>;
  readonly cache: PhotoCache;
  readonly now: () => number;
  /** The chosen image as Graph takes it (scaled and re-encoded as JPEG in the pane), or why it cannot be. */
  readonly fit: (bytes: Uint8Array) => Promise<PhotoFit>;
}

/**
 * Sets a photo the user chose for the contact: fitted, kept in the PhotoQueue (durable: the next sync sends it,
 * after a reload too, once the contact is in Graph) and shown at once from the cache. Answers the fit, which says
 * why when the file cannot be a photo; nothing is kept then.
 */
export async function giveContactPhoto(deps: GivePhotoDeps, contact: MirrorContact, bytes: Uint8Array): Promise<PhotoFit> {
  const fitted = await deps.fit(bytes);
  if (!fitted.ok) return fitted;
  await deps.queue.queuePhotos([{ localId: contact.localId, bytes: fitted.photo.bytes, at: deps.now() }]);
  await keepGivenPhoto(deps.cache, contact, fitted.photo);
  return fitted;
}
