// A mirrored contact's photo, read from the mailbox its folder belongs to; nothing for a contact not on the server yet.
import type { MirrorContact } from '../core/sync/mirror-contact.js';
import type { MirrorFolder } from '../core/sync/plan-folders.js';
import type { ContactPhotos } from '../ports/graph-directory.js';
import { mailboxRefOf } from './pull-contacts.js';

export async function contactPhoto(photos: ContactPhotos, folders: readonly MirrorFolder[], contact: MirrorContact): Promise<Blob | undefined> {
  if (contact.graphId === undefined) return undefined;
  const folder = folders.find((each) => each.id === contact.folderId);
  return photos.contactPhoto(mailboxRefOf(folder?.mailbox ?? 'me'), contact.folderId, contact.graphId);
}
