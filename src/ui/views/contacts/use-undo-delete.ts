// The Contacts view's delete with Undo: deletes through the mirror, keeps the bar's state current as the mirror
// changes (Undo is offered while the delete waits in the outbox, and the bar says so once it was sent), withdraws
// on Undo, and on Dismiss (or a later delete) lets the push send the waiting delete at once.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DeleteTicket } from '../../../engine/undo-delete.js';
import type { LocalId } from '../../../core/sync/mirror-contact.js';
import type { ContactsMirror } from './contacts-mirror.js';
import type { UndoDeleteState } from './undo-delete-bar.js';

export interface ShownDelete {
  /** Changes with each delete, so a new bar takes the focus again. */
  readonly key: number;
  readonly name: string;
  readonly state: UndoDeleteState;
  readonly message?: string;
  readonly ticket?: DeleteTicket;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useUndoDelete(mirror: ContactsMirror) {
  const [shown, setShown] = useState<ShownDelete | undefined>(undefined);
  const current = useRef(shown);
  current.current = shown;
  const counter = useRef(0);

  useEffect(() => {
    const check = () => {
      const each = current.current;
      if (each?.state !== 'undoable' || each.ticket === undefined) return;
      void mirror.canUndoDelete(each.ticket).then((undoable) => {
        if (!undoable) setShown((now) => (now?.key === each.key && now.state === 'undoable' ? { ...now, state: 'sent' } : now));
      });
    };
    return mirror.onChanged(check);
  }, [mirror]);

  const remove = (localId: LocalId, name: string) => {
    const earlier = current.current;
    if (earlier?.state === 'undoable' && earlier.ticket !== undefined) void mirror.releaseDelete(earlier.ticket);
    const key = (counter.current += 1);
    mirror.delete(localId).then(
      (ticket) => setShown(ticket === undefined ? undefined : { key, name, state: 'undoable', ticket }),
      (error: unknown) => setShown({ key, name, state: 'failed', message: messageOf(error) }),
    );
  };
  const undo = () => {
    const each = current.current;
    if (each?.ticket === undefined) return;
    mirror.undoDelete(each.ticket).then(
      (undone) => setShown((now) => (now?.key === each.key ? { ...now, state: undone ? 'undone' : 'sent' } : now)),
      (error: unknown) => setShown((now) => (now?.key === each.key ? { ...now, state: 'failed', message: messageOf(error) } : now)),
    );
  };
  const dismiss = () => {
    const each = current.current;
    if (each?.state === 'undoable' && each.ticket !== undefined) void mirror.releaseDelete(each.ticket);
    setShown(undefined);
  };
  return { shown, remove, undo, dismiss };
}
