// The durable outbox of local creates, edits and deletes, kept in the same store as the mirror so a
// local change and its outbox entry are written in one transaction. Rejects with `StoreError`
// (storage failed; nothing was written) or `QuotaError` (storage full) like MirrorStore.
import type { ConflictEntry } from '../core/sync/conflict-entry.js';
import type { LocalId, MirrorContact } from '../core/sync/mirror-contact.js';
import type { OutboxEntry, OutboxOp } from '../core/sync/outbox-entry.js';
import type { Withdrawal } from '../core/sync/withdrawal.js';

export type { Withdrawal } from '../core/sync/withdrawal.js';

/** A local change: the row as it is after the change, and the intent to push. */
export interface LocalChange {
  readonly contact: MirrorContact;
  readonly op: OutboxOp;
  readonly at: number;
}

/** A change asked for one contact: `change` answers it from the contact's current row, as in `enqueue`. */
export interface KeyedChange {
  readonly localId: LocalId;
  readonly change: (current: MirrorContact | undefined) => LocalChange | undefined;
}

/** Settling a push: the row after it (undefined removes it), or `keep` to leave it as it is. */
export type SettledRow = MirrorContact | undefined | 'keep';

export interface OutboxStore {
  /**
   * In ONE transaction: reads the row, asks `change` for the change to make (undefined: nothing),
   * writes the row and appends the outbox entry. Answers the entry, or undefined when nothing changed.
   */
  enqueue(localId: LocalId, change: (current: MirrorContact | undefined) => LocalChange | undefined): Promise<OutboxEntry | undefined>;
  /**
   * `enqueue` for many contacts in ONE transaction, in order (a later change of the same contact sees the
   * earlier one): all are written or none. Answers one entry (or undefined) per change, in order.
   */
  enqueueMany(changes: readonly KeyedChange[]): Promise<readonly (OutboxEntry | undefined)[]>;
  /**
   * In ONE transaction, all or nothing: when every entry named is still pending and no later entry of the same
   * contacts follows them (see isWithdrawable), deletes the entries and writes each row back as it was before; answers true. Otherwise
   * (pushed, settled or edited since) writes nothing and answers false.
   */
  withdraw(withdrawals: readonly Withdrawal[]): Promise<boolean>;
  /** The pending entries in order (lowest seq first), at most `limit`. */
  pending(limit?: number): Promise<readonly OutboxEntry[]>;
  countPending(): Promise<number>;
  /**
   * In ONE transaction: deletes the entries `doneSeqs`, writes the row `settle` answers for the current
   * row (`newerPending` tells whether entries for the contact remain, i.e. the user edited it meanwhile)
   * and appends `conflicts` to the conflict log.
   */
  settle(
    localId: LocalId,
    doneSeqs: readonly number[],
    settle: (current: MirrorContact | undefined, newerPending: boolean) => SettledRow,
    conflicts?: readonly ConflictEntry[],
  ): Promise<void>;
}
