// What the Contacts view needs from the signed-in account's mirror: live contact queries, folders, edits, photos
// and sync news. The composition root (src/app/mirror-session.ts) implements it.
import type { ContactFields, GraphId } from '../../core/contact/contact.js';
import type { LocalId, MirrorContact } from '../../core/sync/mirror-contact.js';
import type { MirrorFolder } from '../../core/sync/plan-folders.js';
import type { ContactQuery, Unsubscribe } from '../../ports/mirror-store.js';
import type { DuplicateContacts } from '../../engine/find-duplicate-groups.js';
import type { DeleteTicket } from '../../engine/undo-delete.js';
import type { FolderDeleteImpact } from '../../engine/contact-folders.js';
import type { SyncActivity } from './message-mirror.js';

export type { DuplicateContacts } from '../../engine/find-duplicate-groups.js';

/** A merge queued in the outbox and held back while its Undo is offered. */
export interface QueuedMerge {
  /** Takes the whole merge back; false when it has been sent (or the contacts were changed since). */
  undo(): Promise<boolean>;
  /** Lets the push send the merge now (the Undo is no longer offered). */
  send(): void;
}

export interface ContactsMirror {
  /** The account key the mirror belongs to (the view starts afresh when it changes). */
  readonly key: string;
  /** Calls `listener` now and after every change with the live contacts matching `query`, in name order. */
  watchContacts(query: ContactQuery, listener: (contacts: readonly MirrorContact[]) => void, onError?: (error: Error) => void): Unsubscribe;
  /** How many live contacts match `query` (its `limit` ignored). */
  countContacts(query: ContactQuery): Promise<number>;
  folders(): Promise<readonly MirrorFolder[]>;
  /** The category names the live contacts carry, each once (the category filter offers them). */
  categoriesInUse(): Promise<readonly string[]>;
  /** Adds a new contact to `folderId` locally (visible at once) and queues its create for Outlook. Answers its local id. */
  create(folderId: GraphId, fields: ContactFields): Promise<LocalId>;
  /** Replaces the contact's fields locally (visible at once) and queues the change for Outlook. False when nothing changed. */
  edit(localId: LocalId, fields: ContactFields): Promise<boolean>;
  /**
   * Moves the contact to another of the user's folders: shown there at once, and carried to Outlook by the outbox
   * as one operation (created in the target, given its photo, then deleted where it was). Answers the contact's
   * local id in the new folder; undefined when it is gone or already there.
   */
  move(localId: LocalId, folderId: GraphId): Promise<LocalId | undefined>;
  /** The groups of likely duplicates among the contacts the user can change, across all folders. */
  findDuplicates(): Promise<readonly DuplicateContacts[]>;
  /**
   * Gives `keep` the merged fields and deletes `remove`, locally at once and through the outbox as one change,
   * not pushed until `send` (or the next scheduled sync). Undefined when nothing changed.
   */
  mergeDuplicates(keep: LocalId, remove: readonly LocalId[], fields: ContactFields): Promise<QueuedMerge | undefined>;
  /**
   * Deletes the contact locally (hidden at once) and queues the delete, held back for a short window so that
   * `undoDelete` can withdraw it. Undefined when it is already gone.
   */
  delete(localId: LocalId): Promise<DeleteTicket | undefined>;
  /** Withdraws the delete and shows the contact again. False when the delete was already sent to Outlook. */
  undoDelete(ticket: DeleteTicket): Promise<boolean>;
  /** Sends the delete now instead of at the end of the undo window. */
  releaseDelete(ticket: DeleteTicket): Promise<void>;
  /** True while `undoDelete` can still withdraw the delete (it waits in the outbox and was never sent). */
  canUndoDelete(ticket: DeleteTicket): Promise<boolean>;
  /** Creates one of the user's folders (under the default folder) in Outlook, then in the mirror. Answers its id. */
  createFolder(name: string): Promise<GraphId>;
  /** Renames one of the user's folders in Outlook, then in the mirror. Rejects with a UserError for a taken name. */
  renameFolder(id: GraphId, name: string): Promise<void>;
  /** How many contacts deleting the folder takes with it (its subfolders' included). */
  folderDeleteImpact(id: GraphId): Promise<FolderDeleteImpact>;
  /** Deletes the folder, its subfolders and their contacts in Outlook, then in the mirror. */
  deleteFolder(id: GraphId): Promise<void>;
  /**
   * Gives the contact the photo in `bytes` (an image file's): fitted to what Outlook takes, shown at once and sent
   * by the next sync (after a reload too). False when the bytes cannot be a photo; nothing changes then.
   */
  setPhoto(localId: LocalId, bytes: Uint8Array): Promise<boolean>;
  /** An object URL of the contact's photo, or undefined when it has none (or it cannot be read now). */
  photoOf(contact: MirrorContact): Promise<string | undefined>;
  /** Calls `listener` when the mirror's contacts may have changed (local edit, sync, another pane). */
  onChanged(listener: () => void): () => void;
  syncActivity(): SyncActivity;
  onSyncActivity(listener: () => void): () => void;
}
