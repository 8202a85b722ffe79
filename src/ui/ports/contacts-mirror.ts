// What the Contacts view needs from the signed-in account's mirror: live contact queries, folders, edits, photos
// and sync news. The composition root (src/app/mirror-session.ts) implements it.
import type { ContactFields, GraphId } from '../../core/contact/contact.js';
import type { LocalId, MirrorContact } from '../../core/sync/mirror-contact.js';
import type { MirrorFolder } from '../../core/sync/plan-folders.js';
import type { ContactQuery, Unsubscribe } from '../../ports/mirror-store.js';
import type { SyncActivity } from './message-mirror.js';

export interface ContactsMirror {
  /** The account key the mirror belongs to (the view starts afresh when it changes). */
  readonly key: string;
  /** Calls `listener` now and after every change with the live contacts matching `query`, in name order. */
  watchContacts(query: ContactQuery, listener: (contacts: readonly MirrorContact[]) => void, onError?: (error: Error) => void): Unsubscribe;
  /** How many live contacts match `query` (its `limit` ignored). */
  countContacts(query: ContactQuery): Promise<number>;
  folders(): Promise<readonly MirrorFolder[]>;
  /** Adds a new contact to `folderId` locally (visible at once) and queues its create for Outlook. Answers its local id. */
  create(folderId: GraphId, fields: ContactFields): Promise<LocalId>;
  /** Replaces the contact's fields locally (visible at once) and queues the change for Outlook. False when nothing changed. */
  edit(localId: LocalId, fields: ContactFields): Promise<boolean>;
  /** An object URL of the contact's photo, or undefined when it has none (or it cannot be read now). */
  photoOf(contact: MirrorContact): Promise<string | undefined>;
  /** Calls `listener` when the mirror's contacts may have changed (local edit, sync, another pane). */
  onChanged(listener: () => void): () => void;
  syncActivity(): SyncActivity;
  onSyncActivity(listener: () => void): () => void;
}
