// Taking a local change back (Undo) while it is still in the outbox: the change's entries and each row as it was
// before. A withdrawal is only safe while the push has not sent the entries and nothing was changed after them.
import type { LocalId, MirrorContact } from './mirror-contact.js';

export interface Withdrawal {
  readonly localId: LocalId;
  readonly seqs: readonly number[];
  /** The row before the change; undefined removes it (the change created it). */
  readonly before: MirrorContact | undefined;
}

/**
 * True when every entry named is still pending, no later entry of the same contact follows them, and the push has
 * not begun sending a contact's delete (`deleteSent`: it may land even if its answer is lost).
 * `pendingSeqsOf` answers the pending entries' seqs of a contact; `rowOf` its current row.
 */
export function isWithdrawable(
  withdrawals: readonly Withdrawal[],
  pendingSeqsOf: (localId: LocalId) => readonly number[],
  rowOf: (localId: LocalId) => MirrorContact | undefined = () => undefined,
): boolean {
  if (withdrawals.some(({ localId }) => rowOf(localId)?.deleteSent === true)) return false;
  const named = new Map<LocalId, number[]>();
  for (const { localId, seqs } of withdrawals) named.set(localId, [...(named.get(localId) ?? []), ...seqs]);
  for (const [localId, seqs] of named) {
    const pending = pendingSeqsOf(localId);
    if (seqs.length === 0 || seqs.some((seq) => !pending.includes(seq))) return false;
    const last = Math.max(...seqs);
    if (pending.some((seq) => seq > last)) return false;
  }
  return true;
}
