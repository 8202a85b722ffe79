// The Contacts view's mirror port over a real IndexedDB mirror (the Dexie adapter) for the UI bench page: what
// src/app/mirror-session.ts does for the view, without Graph, sync or photos.
import type { DexieMirrorStore } from '../../src/adapters/dexie/dexie-mirror-store.js';
import type { ClientId, ContactFields, GraphId } from '../../src/core/contact/contact.js';
import type { LocalId, MirrorContact } from '../../src/core/sync/mirror-contact.js';
import type { MirrorFolder } from '../../src/core/sync/plan-folders.js';
import { findDuplicateGroups, type DuplicateContacts } from '../../src/engine/find-duplicate-groups.js';
import type { FolderDeleteImpact } from '../../src/engine/contact-folders.js';
import { createContact, editContact } from '../../src/engine/local-edits.js';
import { canUndoDelete, deleteWithUndo, releaseDelete, undoDelete, type DeleteTicket } from '../../src/engine/undo-delete.js';
import { mergeDuplicates, undoLocalChange } from '../../src/engine/merge-duplicates.js';
import { moveContact } from '../../src/engine/move-contact.js';
import type { ContactQuery, Unsubscribe } from '../../src/ports/mirror-store.js';
import type { ContactsMirror, QueuedMerge } from '../../src/ui/ports/contacts-mirror.js';
import type { SyncActivity } from '../../src/ui/ports/message-mirror.js';

export class BenchContactsMirror implements ContactsMirror {
  readonly key = 'bench';
  /** The search text of the last rows handed to the view, and a callback right after each hand-over. */
  lastText: string | undefined;
  onDelivered: (() => void) | undefined;
  readonly #store: DexieMirrorStore;
  readonly #changed = new Set<() => void>();
  #created = 0;

  constructor(store: DexieMirrorStore) {
    this.#store = store;
  }

  watchContacts(query: ContactQuery, listener: (contacts: readonly MirrorContact[]) => void, onError?: (error: Error) => void): Unsubscribe {
    return this.#store.watchContacts(
      query,
      (contacts) => {
        listener(contacts);
        this.lastText = query.text ?? '';
        this.onDelivered?.();
      },
      onError,
    );
  }
  countContacts({ text, folderId }: ContactQuery): Promise<number> {
    return this.#store.countContacts({ text, folderId });
  }
  folders(): Promise<readonly MirrorFolder[]> {
    return this.#store.listFolders();
  }
  create(folderId: GraphId, fields: ContactFields): Promise<LocalId> {
    this.#created += 1;
    return createContact(this.#store, { clientId: `bench-${this.#created}` as ClientId, folderId, fields, now: performance.timeOrigin + performance.now() });
  }
  edit(localId: LocalId, fields: ContactFields): Promise<boolean> {
    return editContact(this.#store, localId, fields, performance.timeOrigin + performance.now());
  }
  move(localId: LocalId, folderId: GraphId): Promise<LocalId | undefined> {
    this.#created += 1;
    return moveContact(this.#store, { localId, folderId, clientId: `bench-${this.#created}` as ClientId, now: performance.timeOrigin + performance.now() });
  }
  categoriesInUse(): Promise<readonly string[]> {
    return this.#store.categoriesInUse();
  }
  async setPhoto(_localId: LocalId, bytes: Uint8Array): Promise<boolean> {
    return bytes.length > 0;
  }
  findDuplicates(): Promise<readonly DuplicateContacts[]> {
    return findDuplicateGroups(this.#store);
  }
  async mergeDuplicates(keep: LocalId, remove: readonly LocalId[], fields: ContactFields): Promise<QueuedMerge | undefined> {
    const queued = await mergeDuplicates(this.#store, { keep, remove, fields, now: performance.timeOrigin + performance.now() });
    return queued && { undo: () => undoLocalChange(this.#store, queued), send: () => undefined };
  }
  delete(localId: LocalId): Promise<DeleteTicket | undefined> {
    return deleteWithUndo(this.#store, localId, performance.timeOrigin + performance.now());
  }
  undoDelete(ticket: DeleteTicket): Promise<boolean> {
    return undoDelete(this.#store, ticket);
  }
  releaseDelete(ticket: DeleteTicket): Promise<void> {
    return releaseDelete(this.#store, ticket);
  }
  canUndoDelete(ticket: DeleteTicket): Promise<boolean> {
    return canUndoDelete(this.#store, ticket);
  }
  // Folder commands go to Outlook first: the bench has no Graph, and its view never offers them a folder of its own.
  createFolder(): Promise<GraphId> {
    return Promise.reject(new Error('The bench has no Outlook to create folders in.'));
  }
  renameFolder(): Promise<void> {
    return Promise.reject(new Error('The bench has no Outlook to rename folders in.'));
  }
  folderDeleteImpact(): Promise<FolderDeleteImpact> {
    return Promise.reject(new Error('The bench has no Outlook to delete folders in.'));
  }
  deleteFolder(): Promise<void> {
    return Promise.reject(new Error('The bench has no Outlook to delete folders in.'));
  }
  async photoOf(): Promise<string | undefined> {
    return undefined;
  }
  onChanged(listener: () => void): () => void {
    this.#changed.add(listener);
    return () => this.#changed.delete(listener);
  }
  syncActivity(): SyncActivity {
    return { state: 'idle' };
  }
  onSyncActivity(): () => void {
    return () => undefined;
  }
}
