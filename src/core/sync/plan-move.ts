// Moving a contact to another folder, which Graph does not offer for contacts: the contact is created in the
// target folder (its copy, a new row with a new client id, so the create is idempotent like any other) and the
// original deleted, as one outbox operation that never ends with both or neither. The original's delete waits
// until the copy is in Graph with its photo; a copy Graph refused gives the original back.
import type { MirrorContact } from './mirror-contact.js';

/** What the push does with the original of a move: send its delete, leave it waiting, or give it back. */
export type MovedOriginalStep = 'send-delete' | 'wait' | 'restore';

/** The step for the original of a move, from its copy's row (undefined: the copy is gone, never created). */
export function planMovedOriginal(copy: MirrorContact | undefined): MovedOriginalStep {
  if (copy === undefined) return 'restore';
  // The user deleted the moved contact: the original goes too (the push reaches the original first, in outbox order).
  if (copy.deleted === true) return 'send-delete';
  if (copy.graphId === undefined || copy.base === undefined || copy.photoFrom !== undefined) return 'wait';
  return 'send-delete';
}

/** The original as Graph still holds it, once the move was given up: shown again where it was, nothing queued. */
export function restoredOriginal(current: MirrorContact): MirrorContact {
  const { movedTo: _copy, deleteSent: _sent, undoUntil: _undo, ...rest } = current;
  return { ...rest, fields: current.base?.fields ?? current.fields, deleted: false, localChangedAt: undefined, unconfirmed: undefined };
}
