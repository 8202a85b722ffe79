// The user's commands on the mirror: create, edit and delete a contact. Each writes the local row and its
// outbox entry in one store transaction; the push sends them later (local-first: the UI never waits on Graph).
import type { ClientId, ContactFields, GraphId } from '../core/contact/contact.js';
import { changedFieldNames } from '../core/contact/diff-fields.js';
import { localIdForClient } from '../core/sync/mirror-contact.js';
import type { LocalId, MirrorContact } from '../core/sync/mirror-contact.js';
import type { OutboxStore } from '../ports/outbox-store.js';

export interface NewContact {
  readonly clientId: ClientId;
  readonly folderId: GraphId;
  readonly fields: ContactFields;
  /** Milliseconds since the epoch. */
  readonly now: number;
}

/** Adds a contact locally and queues its create. Answers its local id. */
export async function createContact(store: OutboxStore, input: NewContact): Promise<LocalId> {
  const localId = localIdForClient(input.clientId);
  const row: MirrorContact = { localId, folderId: input.folderId, clientId: input.clientId, fields: input.fields, localChangedAt: input.now };
  await store.enqueue(localId, (current) => (current === undefined ? { contact: row, op: { kind: 'create' }, at: input.now } : undefined));
  return localId;
}

/** Replaces a contact's fields locally and queues the changed fields. False when nothing changed or it is gone. */
export async function editContact(store: OutboxStore, localId: LocalId, fields: ContactFields, now: number): Promise<boolean> {
  const entry = await store.enqueue(localId, (current) => {
    if (current === undefined || current.deleted === true) return undefined;
    const changed = changedFieldNames(current.fields, fields);
    if (changed.length === 0) return undefined;
    return { contact: { ...current, fields, localChangedAt: now }, op: { kind: 'update', fields: changed }, at: now };
  });
  return entry !== undefined;
}

/** Marks a contact deleted locally (hidden at once) and queues the delete. False when it is already gone. */
export async function deleteContact(store: OutboxStore, localId: LocalId, now: number): Promise<boolean> {
  const entry = await store.enqueue(localId, (current) =>
    current === undefined || current.deleted === true ? undefined : { contact: { ...current, deleted: true, localChangedAt: now }, op: { kind: 'delete' }, at: now },
  );
  return entry !== undefined;
}
