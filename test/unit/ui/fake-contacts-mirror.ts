// A ContactsMirror over the in-memory mirror store, for rendering the Contacts view in tests: edits go through
// the engine's editContact like the real session's, and every count and edit is recorded.
import type { ClientId, ContactFields, GraphId } from '../../../src/core/contact/contact.js';
import type { LocalId, MirrorContact } from '../../../src/core/sync/mirror-contact.js';
import type { MirrorFolder } from '../../../src/core/sync/plan-folders.js';
import { findDuplicateGroups, type DuplicateContacts } from '../../../src/engine/find-duplicate-groups.js';
import { createContact, editContact } from '../../../src/engine/local-edits.js';
import { mergeDuplicates, undoLocalChange } from '../../../src/engine/merge-duplicates.js';
import { moveContact } from '../../../src/engine/move-contact.js';
import type { ContactQuery, Unsubscribe } from '../../../src/ports/mirror-store.js';
import { canUndoDelete, deleteWithUndo, releaseDelete, undoDelete } from '../../../src/engine/undo-delete.js';
import type { DeleteTicket } from '../../../src/engine/undo-delete.js';
import { createContactFolder, deleteContactFolder, folderDeleteImpact, renameContactFolder } from '../../../src/engine/contact-folders.js';
import type { FolderDeleteImpact } from '../../../src/engine/contact-folders.js';
import { FakeContactsRemote } from '../../fakes/fake-contacts-remote.js';
import type { ContactsMirror, ContactsMirrorSource } from '../../../src/ui/views/contacts/contacts-mirror.js';
import type { QueuedMerge } from '../../../src/ui/ports/contacts-mirror.js';
import type { SyncActivity } from '../../../src/ui/views/message/message-mirror.js';
import { InMemoryMirrorStore } from '../../fakes/in-memory-mirror-store.js';

export class FakeContactsMirror implements ContactsMirror {
  readonly key = 'acct-1';
  readonly store = new InMemoryMirrorStore();
  readonly counts: ContactQuery[] = [];
  readonly edits: { localId: LocalId; fields: ContactFields }[] = [];
  readonly creates: { folderId: GraphId; fields: ContactFields }[] = [];
  /** Set to make every watch fail with it. */
  failure: Error | undefined;
  activity: SyncActivity = { state: 'idle' };
  readonly #changed = new Set<() => void>();
  #moves = 0;
  readonly #activityListeners = new Set<() => void>();

  watchContacts(query: ContactQuery, listener: (contacts: readonly MirrorContact[]) => void, onError?: (error: Error) => void): Unsubscribe {
    if (this.failure !== undefined) {
      const failure = this.failure;
      queueMicrotask(() => onError?.(failure));
      return () => undefined;
    }
    return this.store.watchContacts(query, listener, onError);
  }
  async countContacts(query: ContactQuery): Promise<number> {
    this.counts.push(query);
    return (await this.store.listContacts({ text: query.text, folderId: query.folderId })).length;
  }
  folders(): Promise<readonly MirrorFolder[]> {
    return this.store.listFolders();
  }
  async create(folderId: GraphId, fields: ContactFields): Promise<LocalId> {
    this.creates.push({ folderId, fields });
    const localId = await createContact(this.store, { clientId: `new-${this.creates.length}` as ClientId, folderId, fields, now: 1_000 });
    this.notifyChanged();
    return localId;
  }
  async edit(localId: LocalId, fields: ContactFields): Promise<boolean> {
    this.edits.push({ localId, fields });
    const changed = await editContact(this.store, localId, fields, 1_000);
    this.notifyChanged();
    return changed;
  }
  /** How many queued merges were let go to the push. */
  sentMerges = 0;
  move(localId: LocalId, folderId: GraphId): Promise<LocalId | undefined> {
    this.#moves += 1;
    return moveContact(this.store, { localId, folderId, clientId: `moved-${this.#moves}` as ClientId, now: 1_000 });
  }
  categoriesInUse(): Promise<readonly string[]> {
    return this.store.categoriesInUse();
  }
  async setPhoto(_localId: LocalId, bytes: Uint8Array): Promise<boolean> {
    return bytes.length > 0;
  }
  findDuplicates(): Promise<readonly DuplicateContacts[]> {
    return findDuplicateGroups(this.store);
  }
  async mergeDuplicates(keep: LocalId, remove: readonly LocalId[], fields: ContactFields): Promise<QueuedMerge | undefined> {
    const queued = await mergeDuplicates(this.store, { keep, remove, fields, now: 1_000 });
    this.notifyChanged();
    if (queued === undefined) return undefined;
    return {
      undo: async () => {
        const undone = await undoLocalChange(this.store, queued);
        this.notifyChanged();
        return undone;
      },
      send: () => {
        this.sentMerges += 1;
      },
    };
  }
  async delete(localId: LocalId): Promise<DeleteTicket | undefined> {
    const ticket = await deleteWithUndo(this.store, localId, 1_000);
    this.notifyChanged();
    return ticket;
  }
  async undoDelete(ticket: DeleteTicket): Promise<boolean> {
    const undone = await undoDelete(this.store, ticket);
    this.notifyChanged();
    return undone;
  }
  readonly released: DeleteTicket[] = [];
  async releaseDelete(ticket: DeleteTicket): Promise<void> {
    this.released.push(ticket);
    await releaseDelete(this.store, ticket);
  }
  canUndoDelete(ticket: DeleteTicket): Promise<boolean> {
    return canUndoDelete(this.store, ticket);
  }
  /** The Graph the folder commands go to; its folders are those `seed` writes, by id. */
  readonly remote = new FakeContactsRemote();
  createFolder(name: string): Promise<GraphId> {
    return this.#changing(createContactFolder({ remote: this.remote, store: this.store }, name));
  }
  renameFolder(id: GraphId, name: string): Promise<void> {
    return this.#changing(renameContactFolder({ remote: this.remote, store: this.store }, id, name));
  }
  folderDeleteImpact(id: GraphId): Promise<FolderDeleteImpact> {
    return folderDeleteImpact({ store: this.store }, id);
  }
  deleteFolder(id: GraphId): Promise<void> {
    return this.#changing(deleteContactFolder({ remote: this.remote, store: this.store }, id));
  }
  async #changing<T>(change: Promise<T>): Promise<T> {
    const result = await change;
    this.notifyChanged();
    return result;
  }
  async photoOf(): Promise<string | undefined> {
    return undefined;
  }
  onChanged(listener: () => void): () => void {
    this.#changed.add(listener);
    return () => this.#changed.delete(listener);
  }
  syncActivity(): SyncActivity {
    return this.activity;
  }
  onSyncActivity(listener: () => void): () => void {
    this.#activityListeners.add(listener);
    return () => this.#activityListeners.delete(listener);
  }
  setActivity(activity: SyncActivity): void {
    this.activity = activity;
    for (const listener of [...this.#activityListeners]) listener();
  }
  notifyChanged(): void {
    for (const listener of [...this.#changed]) listener();
  }

  /** Writes folders and synced rows as a pull would (one page per folder), then tells the view. */
  async seed(folders: readonly MirrorFolder[], rows: readonly MirrorContact[]): Promise<void> {
    await this.store.applyFolderPlan({ upserts: folders, removed: [] });
    for (const folderId of new Set(rows.map((row) => row.folderId))) {
      const page = rows.filter((row) => row.folderId === folderId);
      await this.store.applyPullPage(folderId, { localIds: [], graphIds: [], plan: () => page.map((contact) => ({ kind: 'upsert' as const, contact })) }, { folderId });
    }
    this.notifyChanged();
  }
}

export function sourceOf(mirror: ContactsMirror | undefined): ContactsMirrorSource {
  return { current: () => mirror, subscribe: () => () => undefined };
}

export const folderOf = (id: string, displayName: string, extra: Partial<MirrorFolder> = {}): MirrorFolder => ({
  id: id as GraphId,
  displayName,
  isDefault: false,
  mailbox: 'me',
  readOnly: false,
  ...extra,
});
