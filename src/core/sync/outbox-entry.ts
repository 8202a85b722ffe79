// The durable outbox: one entry per local create, edit or delete, written in the same transaction as
// the local change. Entries record intent and order; the contact row holds the values to send.
import type { ContactFieldName } from '../contact/contact.js';
import type { LocalId } from './mirror-contact.js';

export type OutboxOp =
  | { readonly kind: 'create' }
  | { readonly kind: 'update'; readonly fields: readonly ContactFieldName[] }
  | { readonly kind: 'delete' };

export interface OutboxEntryInput {
  readonly localId: LocalId;
  readonly op: OutboxOp;
  /** Milliseconds since the epoch when the user made the change. */
  readonly at: number;
}

/** An entry as stored: `seq` orders entries (strictly increasing in enqueue order). */
export interface OutboxEntry extends OutboxEntryInput {
  readonly seq: number;
}
