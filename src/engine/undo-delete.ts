// Delete with Undo: the contact is hidden at once and its delete queued, held back by the push for a short
// window (or until the user dismisses the Undo bar). Undo withdraws the outbox entry and puts the row back as it
// was (OutboxStore.withdraw, one transaction) for as long as the delete has not been sent; once the push marked it
// sent (it may land even if its answer is lost), Undo is refused.
import type { LocalId, MirrorContact } from '../core/sync/mirror-contact.js';
import type { ContactReader } from '../ports/mirror-store.js';
import type { OutboxStore, Withdrawal } from '../ports/outbox-store.js';
import { deleteChangeOf } from './local-edits.js';

/** How long the push holds a delete back so that Undo can withdraw it. */
export const DELETE_UNDO_WINDOW_MS = 20_000;

/** What Undo needs to find the delete again: the outbox entry and the row as it was before. */
export interface DeleteTicket {
  readonly localId: LocalId;
  readonly withdrawal: Withdrawal;
  /** Milliseconds since the epoch until which the push holds the delete back. */
  readonly undoUntil: number;
}

/** True while the push must not send the row's delete yet. */
export function isDeleteHeld(row: MirrorContact, now: number): boolean {
  return row.deleted === true && row.deleteSent !== true && row.undoUntil !== undefined && now < row.undoUntil;
}

/** Deletes the contact locally and queues its delete, held for the undo window. Undefined when it is already gone. */
export async function deleteWithUndo(store: OutboxStore, localId: LocalId, now: number, windowMs = DELETE_UNDO_WINDOW_MS): Promise<DeleteTicket | undefined> {
  const undoUntil = now + windowMs;
  const { change } = deleteChangeOf(localId, now, undoUntil);
  let before: MirrorContact | undefined;
  const entry = await store.enqueue(localId, (current) => {
    before = current;
    return change(current);
  });
  return entry === undefined ? undefined : { localId, withdrawal: { localId, seqs: [entry.seq], before }, undoUntil };
}

/**
 * Withdraws the delete and puts the row back as it was. False when the delete was sent or settled, or the contact
 * was changed again since (see isWithdrawable).
 */
export function undoDelete(store: OutboxStore, ticket: DeleteTicket): Promise<boolean> {
  return store.withdraw([ticket.withdrawal]);
}

/** Lets the push send the delete now (the Undo bar was dismissed). */
export function releaseDelete(store: OutboxStore, ticket: DeleteTicket): Promise<void> {
  return store.settle(ticket.localId, [], (current) => {
    if (current?.deleted !== true || current.undoUntil === undefined) return 'keep';
    const { undoUntil: _held, ...rest } = current;
    return rest;
  });
}

/** True while Undo can still withdraw the delete: the tombstone waits in the mirror and was never sent. */
export async function canUndoDelete(store: Pick<ContactReader, 'getContact'>, ticket: DeleteTicket): Promise<boolean> {
  const row = await store.getContact(ticket.localId);
  return row !== undefined && row.deleted === true && row.deleteSent !== true;
}
