// Merging duplicates through the outbox as one operation: the kept contact gets the merged fields and the others
// are deleted, all in one store transaction. The answer is what Undo needs to take the whole merge back while
// it is still in the outbox (see OutboxStore.withdraw).
import type { ContactFields } from '../core/contact/contact.js';
import type { LocalId, MirrorContact } from '../core/sync/mirror-contact.js';
import type { Withdrawal } from '../core/sync/withdrawal.js';
import type { KeyedChange, LocalChange, OutboxStore } from '../ports/outbox-store.js';
import { editChangeOf } from './local-edits.js';

export interface MergeRequest {
  /** The contact that stays, with the merged fields. */
  readonly keep: LocalId;
  /** The contacts merged into it, deleted. */
  readonly remove: readonly LocalId[];
  readonly fields: ContactFields;
  /** Milliseconds since the epoch. */
  readonly now: number;
}

/** A local change that can be taken back while its entries are still in the outbox. */
export interface LocalUndo {
  readonly withdrawals: readonly Withdrawal[];
}

/** Records each contact's row as the change found it, so Undo can put it back. */
function remembering(keyed: KeyedChange, before: Map<LocalId, MirrorContact | undefined>): KeyedChange {
  return {
    localId: keyed.localId,
    change: (current) => {
      if (!before.has(keyed.localId)) before.set(keyed.localId, current);
      return keyed.change(current);
    },
  };
}

function deleteChangeOf(localId: LocalId, now: number): KeyedChange {
  return {
    localId,
    change: (current): LocalChange | undefined =>
      current === undefined || current.deleted === true ? undefined : { contact: { ...current, deleted: true, localChangedAt: now }, op: { kind: 'delete' }, at: now },
  };
}

/** Queues the merge; undefined when it changed nothing (the contacts are gone). */
export async function mergeDuplicates(store: OutboxStore, request: MergeRequest): Promise<LocalUndo | undefined> {
  const before = new Map<LocalId, MirrorContact | undefined>();
  const changes = [editChangeOf(request.keep, request.fields, request.now), ...request.remove.map((localId) => deleteChangeOf(localId, request.now))];
  const entries = await store.enqueueMany(changes.map((change) => remembering(change, before)));
  const withdrawals: Withdrawal[] = [];
  entries.forEach((entry, index) => {
    const localId = (changes[index] as KeyedChange).localId;
    if (entry !== undefined) withdrawals.push({ localId, seqs: [entry.seq], before: before.get(localId) });
  });
  return withdrawals.length > 0 ? { withdrawals } : undefined;
}

/** Takes the change back; false when part of it has been sent (or the contacts were changed since). */
export function undoLocalChange(store: OutboxStore, undo: LocalUndo): Promise<boolean> {
  return store.withdraw(undo.withdrawals);
}
