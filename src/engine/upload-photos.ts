// Sets the photos waiting in the PhotoQueue on their contacts in Graph, once the push has created them: a photo
// is fitted to what Graph takes (the host's delegate: scaled and re-encoded in the pane, checked as it is in a
// command), sent, and removed from the queue. A photo whose contact went away, or that cannot be fitted, is
// dropped and counted as a failure; one that Graph refused for the moment (throttling, an outage) waits.
import type { PhotoBytes, PhotoFit } from '../core/contact/contact-photo-bytes.js';
import type { GraphId } from '../core/contact/contact.js';
import { NotFoundError, RemoteError } from '../core/errors.js';
import type { MirrorContact } from '../core/sync/mirror-contact.js';
import type { ContactPhotoWriter } from '../ports/graph-directory.js';
import type { ContactReader } from '../ports/mirror-store.js';
import type { PendingPhoto, PhotoQueue } from '../ports/photo-queue.js';
import { mailboxRefOf } from './pull-contacts.js';

/** Photos read from the queue and sent at a time. */
export const PHOTO_ROUND = 20;

export interface UploadPhotosDeps {
  readonly queue: PhotoQueue;
  readonly store: Pick<ContactReader, 'getContacts' | 'listFolders'>;
  readonly photos: ContactPhotoWriter;
  /** The photo as Graph takes it, or why it cannot be sent. */
  readonly fit: (bytes: Uint8Array) => Promise<PhotoFit>;
}

export interface PhotoUploadReport {
  readonly uploaded: number;
  /** Photos that will not reach Graph, each with why. */
  readonly dropped: readonly { readonly localId: string; readonly reason: string }[];
  /** Photos left waiting: their contact is not in Graph yet, or Graph refused for the moment. */
  readonly waiting: number;
}

type Outcome = 'uploaded' | 'waiting' | { readonly dropped: string };

export async function uploadPhotos(deps: UploadPhotosDeps): Promise<PhotoUploadReport> {
  const pending = await deps.queue.pendingPhotos();
  const folders = pending.length > 0 ? await deps.store.listFolders() : [];
  const report = { uploaded: 0, dropped: [] as { localId: string; reason: string }[], waiting: 0 };
  for (let start = 0; start < pending.length; start += PHOTO_ROUND) {
    const round = pending.slice(start, start + PHOTO_ROUND);
    const rows = await deps.store.getContacts(round.map((photo) => photo.localId));
    for (const photo of round) {
      const contact = rows.get(photo.localId);
      const mailbox = folders.find((folder) => folder.id === contact?.folderId)?.mailbox ?? 'me';
      const outcome = await uploadOne(deps, photo, contact, mailbox);
      if (outcome === 'waiting') {
        report.waiting += 1;
        continue;
      }
      await deps.queue.removePhoto(photo.localId, photo.at);
      if (outcome === 'uploaded') report.uploaded += 1;
      else report.dropped.push({ localId: photo.localId, reason: outcome.dropped });
    }
  }
  return report;
}

async function uploadOne(deps: UploadPhotosDeps, photo: PendingPhoto, contact: MirrorContact | undefined, mailbox: string): Promise<Outcome> {
  if (contact === undefined || contact.deleted === true) return { dropped: 'the contact was deleted before its photo was sent' };
  // Not in Graph yet: the push creates it first.
  if (contact.graphId === undefined) return 'waiting';
  const fitted = await deps.fit(photo.bytes);
  if (!fitted.ok) return { dropped: fitted.reason };
  return send(deps, mailbox, contact.graphId, fitted.photo);
}

async function send(deps: UploadPhotosDeps, mailbox: string, graphId: GraphId, photo: PhotoBytes): Promise<Outcome> {
  try {
    await deps.photos.setContactPhoto(mailboxRefOf(mailbox), graphId, photo);
    return 'uploaded';
  } catch (error) {
    if (error instanceof NotFoundError) return { dropped: 'the contact is not in Outlook any more' };
    if (error instanceof RemoteError && error.retryable) return 'waiting';
    if (error instanceof RemoteError) return { dropped: `Outlook refused the photo: ${error.message}` };
    throw error;
  }
}
