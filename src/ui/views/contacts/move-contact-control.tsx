// Move to folder, on a contact's card in the Contacts view: a button that opens a folder choice (the user's own
// writable folders other than the contact's) and moves the contact there, locally at once (the outbox carries the
// move to Outlook). Keyboard: the choice takes the focus when it opens, Escape or Cancel closes it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GraphId } from '../../../core/contact/contact.js';
import { format, strings } from '../../strings/strings.js';
import type { FolderChoice } from './folder-choices.js';

const t = strings.contacts.move;

export interface MoveContactControlProps {
  /** The folders the contact can go to, in the order they are offered; the control is absent without any. */
  readonly targets: readonly FolderChoice[];
  onMove(folderId: GraphId): Promise<void>;
}

export function MoveContactControl({ targets, onMove }: MoveContactControlProps) {
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState<GraphId | undefined>(targets[0]?.id);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const choice = useRef<HTMLSelectElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) choice.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  if (targets.length === 0) return null;
  const chosen = targets.some((folder) => folder.id === target) ? target : targets[0]?.id;
  const move = async (event: Event) => {
    event.preventDefault();
    if (chosen === undefined) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await onMove(chosen);
    } catch (error) {
      setFailure(format(t.failed, { message: error instanceof Error ? error.message : String(error) }));
      setBusy(false);
    }
  };
  if (!open) {
    return (
      <button ref={opener} type="button" class="button contacts-view__move" onClick={() => setOpen(true)}>
        {t.open}
      </button>
    );
  }
  return (
    <form class="folder-actions__form" aria-label={t.heading} onSubmit={(event) => void move(event)} onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <label class="contacts-view__label" for="move-contact-folder">
        {t.target}
      </label>
      <select ref={choice} id="move-contact-folder" class="contacts-view__input" value={chosen} onChange={(event) => setTarget(event.currentTarget.value as GraphId)}>
        {targets.map((folder) => (
          <option key={folder.id} value={folder.id}>
            {folder.path}
          </option>
        ))}
      </select>
      {failure ? (
        <p class="folder-actions__error" role="alert">
          {failure}
        </p>
      ) : null}
      <div class="folder-actions__buttons">
        <button type="submit" class="button button--primary" disabled={busy}>
          {t.confirm}
        </button>
        <button type="button" class="button" onClick={() => setOpen(false)}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
