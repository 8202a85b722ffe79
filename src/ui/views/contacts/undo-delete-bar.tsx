// The bar under the Contacts view's heading after a delete: "Deleted …" with Undo while the delete waits in the
// outbox, "Restored …" after Undo, and, once the delete has been sent to Outlook, that Undo is no longer possible.
// The keyboard focus moves to Undo when the bar appears, so the action is one key press away.
import { useEffect, useRef } from 'preact/hooks';
import { format, strings } from '../../strings/strings.js';

const t = strings.editor;

export type UndoDeleteState = 'undoable' | 'sent' | 'undone' | 'failed';

export interface UndoDeleteBarProps {
  readonly name: string;
  readonly state: UndoDeleteState;
  /** The failure's message, for `failed`. */
  readonly message?: string;
  onUndo(): void;
  onDismiss(): void;
}

function textOf({ name, state, message }: Pick<UndoDeleteBarProps, 'name' | 'state' | 'message'>): string {
  if (state === 'undoable') return format(t.deleted, { name });
  if (state === 'undone') return format(t.undone, { name });
  if (state === 'sent') return format(t.undoTooLate, { name });
  return format(t.deleteFailed, { message: message ?? '' });
}

export function UndoDeleteBar({ name, state, message, onUndo, onDismiss }: UndoDeleteBarProps) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    undo.current?.focus();
  }, []);
  return (
    <div class={`undo-bar${state === 'failed' ? ' undo-bar--error' : ''}`} role="status" aria-live="polite" data-testid="undo-delete">
      <span class="undo-bar__text">{textOf({ name, state, message })}</span>
      {state === 'undoable' ? (
        <button ref={undo} type="button" class="button button--primary undo-bar__undo" onClick={onUndo}>
          {t.undo}
        </button>
      ) : null}
      <button type="button" class="button undo-bar__dismiss" onClick={onDismiss}>
        {t.dismissUndo}
      </button>
    </div>
  );
}
