// The Contacts view's folder commands: New folder (under the default folder), and for one of the user's own folders
// chosen in the filter, Rename and Delete. Delete first counts what it would take with it and asks to confirm; the
// commands go to Outlook at once and the mirror follows. Folder names are untrusted text, rendered as text.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GraphId } from '../../../core/contact/contact.js';
import type { FolderDeleteImpact } from '../../../engine/contact-folders.js';
import { format, strings } from '../../strings/strings.js';

const t = strings.contacts.folders;

export interface FolderActionsProps {
  /** The user's own folder chosen in the filter, other than the default folder: the one Rename and Delete act on. */
  readonly folder?: { readonly id: GraphId; readonly name: string };
  /** False until the mirror has the user's default folder. */
  readonly canCreate: boolean;
  create(name: string): Promise<void>;
  rename(id: GraphId, name: string): Promise<void>;
  impact(id: GraphId): Promise<FolderDeleteImpact>;
  remove(id: GraphId): Promise<void>;
}

type Mode = { readonly kind: 'none' } | { readonly kind: 'create' } | { readonly kind: 'rename' } | { readonly kind: 'delete'; readonly impact?: FolderDeleteImpact };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function NameForm({ heading, initial, onSave, onCancel }: { heading: string; initial: string; onSave(name: string): Promise<void>; onCancel(): void }) {
  const [name, setName] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      await onSave(name);
    } catch (error) {
      setFailure(format(t.failed, { message: messageOf(error) }));
      setBusy(false);
    }
  };
  return (
    <form class="folder-actions__form" aria-label={heading} onSubmit={(event) => void save(event)}>
      <label class="contacts-view__label" for="folder-name">
        {t.name}
      </label>
      <input ref={input} id="folder-name" class="contacts-view__input" autoComplete="off" value={name} onInput={(event) => setName(event.currentTarget.value)} />
      {failure ? (
        <p class="folder-actions__error" role="alert">
          {failure}
        </p>
      ) : null}
      <div class="folder-actions__buttons">
        <button type="submit" class="button button--primary" disabled={busy}>
          {t.save}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

function DeleteConfirm({ name, impact, onConfirm, onCancel }: { name: string; impact?: FolderDeleteImpact; onConfirm(): Promise<void>; onCancel(): void }) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const confirm = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await onConfirm();
    } catch (error) {
      setFailure(format(t.failed, { message: messageOf(error) }));
      setBusy(false);
    }
  };
  return (
    <div class="folder-actions__form" role="alertdialog" aria-label={format(t.deleteHeading, { name })} data-testid="delete-folder">
      <p class="folder-actions__text">{impact === undefined ? format(t.counting, { name }) : format(t.confirm, { name, count: impact.contacts })}</p>
      {impact !== undefined && impact.subfolders > 0 ? <p class="folder-actions__text">{format(t.withSubfolders, { count: impact.subfolders })}</p> : null}
      <p class="folder-actions__text">{t.consequence}</p>
      {failure ? (
        <p class="folder-actions__error" role="alert">
          {failure}
        </p>
      ) : null}
      <div class="folder-actions__buttons">
        <button type="button" class="button button--danger" disabled={busy || impact === undefined} onClick={() => void confirm()}>
          {t.confirmDelete}
        </button>
        <button ref={cancel} type="button" class="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}

export function FolderActions({ folder, canCreate, create, rename, impact, remove }: FolderActionsProps) {
  const [mode, setMode] = useState<Mode>({ kind: 'none' });
  const close = () => setMode({ kind: 'none' });
  // Another folder chosen: a rename or delete under way was for the one before.
  useEffect(close, [folder?.id]);
  const startDelete = (id: GraphId) => {
    setMode({ kind: 'delete' });
    void impact(id).then((found) => setMode((now) => (now.kind === 'delete' ? { kind: 'delete', impact: found } : now)), close);
  };
  if (mode.kind === 'create') return <NameForm heading={t.newHeading} initial="" onSave={async (name) => (await create(name), close())} onCancel={close} />;
  if (mode.kind === 'rename' && folder !== undefined) {
    return <NameForm heading={format(t.renameHeading, { name: folder.name })} initial={folder.name} onSave={async (name) => (await rename(folder.id, name), close())} onCancel={close} />;
  }
  if (mode.kind === 'delete' && folder !== undefined) return <DeleteConfirm name={folder.name} impact={mode.impact} onConfirm={() => remove(folder.id)} onCancel={close} />;
  return (
    <div class="folder-actions__buttons">
      <button type="button" class="button" disabled={!canCreate} onClick={() => setMode({ kind: 'create' })}>
        {t.newFolder}
      </button>
      {folder !== undefined ? (
        <>
          <button type="button" class="button" onClick={() => setMode({ kind: 'rename' })}>
            {t.rename}
          </button>
          <button type="button" class="button" onClick={() => startDelete(folder.id)}>
            {t.delete}
          </button>
        </>
      ) : null}
    </div>
  );
}
