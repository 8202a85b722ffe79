// The user's commands on the mirror: create, edit and delete a contact. Each writes the local row and its
// outbox entry in one store transaction; the push sends them later (local-first: the UI never waits on Graph).
import type { ClientId, ContactFields, GraphId } from '../core/contact/contact.js';
import { changedFieldNames } from '../core/contact/diff-fields.js';
import { localIdForClient } from '../core/sync/mirror-contact.js';
import type { LocalId, MirrorContact } from '../core/sync/mirror-contact.js';
import type { KeyedChange, OutboxStore } from '../ports/outbox-store.js';

export interface NewContact {
  readonly clientId: ClientId;
  readonly folderId: GraphId;
  readonly fields: ContactFields;
  /** Milliseconds since the epoch. */
  readonly now: number;
}

/** The change that adds the contact (nothing when its local id is already taken: a create is made once). */
export function createChangeOf(input: NewContact): KeyedChange {
  const localId = localIdForClient(input.clientId);
  const row: MirrorContact = { localId, folderId: input.folderId, clientId: input.clientId, fields: input.fields, localChangedAt: input.now };
  return { localId, change: (current) => (current === undefined ? { contact: row, op: { kind: 'create' }, at: input.now } : undefined) };
}

/** The change that replaces a contact's fields and queues the changed ones (nothing when none changed or it is gone). */
export function editChangeOf(localId: LocalId, fields: ContactFields, now: number): KeyedChange {
  return {
    localId,
    change: (current) => {
      if (current === undefined || current.deleted === true) return undefined;
      const changed = changedFieldNames(current.fields, fields);
      if (changed.length === 0) return undefined;
      return { contact: { ...current, fields, localChangedAt: now }, op: { kind: 'update', fields: changed }, at: now };
    },
  };
}

/** Adds a contact locally and queues its create. Answers its local id. */
export async function createContact(store: OutboxStore, input: NewContact): Promise<LocalId> {
  const { localId, change } = createChangeOf(input);
  await store.enqueue(localId, change);
  return localId;
}

/** Replaces a contact's fields locally and queues the changed fields. False when nothing changed or it is gone. */
export async function editContact(store: OutboxStore, localId: LocalId, fields: ContactFields, now: number): Promise<boolean> {
  return (await store.enqueue(localId, editChangeOf(localId, fields, now).change)) !== undefined;
}

/**
 * The change that marks a contact deleted (nothing when it is already gone). With `undoUntil`, the push holds the
 * delete back until then so that Undo can still withdraw it (see undo-delete.ts).
 */
export function deleteChangeOf(localId: LocalId, now: number, undoUntil?: number): KeyedChange {
  return {
    localId,
    change: (current) =>
      current === undefined || current.deleted === true
        ? undefined
        : { contact: { ...current, deleted: true, localChangedAt: now, ...(undoUntil === undefined ? {} : { undoUntil }) }, op: { kind: 'delete' }, at: now },
  };
}

/** Marks a contact deleted locally (hidden at once) and queues the delete. False when it is already gone. */
export async function deleteContact(store: OutboxStore, localId: LocalId, now: number): Promise<boolean> {
  return (await store.enqueue(localId, deleteChangeOf(localId, now).change)) !== undefined;
}
