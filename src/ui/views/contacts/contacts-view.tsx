// The Contacts view: the signed-in account's mirrored contacts in name order, straight from the local mirror
// (no network wait), with a search, a folder filter, a count, a window that grows on "Show more", and each
// contact's card with Edit (saved locally at once, pushed to Outlook by the outbox), and New contact (the button or
// Alt+N anywhere in the pane while the view is open: Outlook on the web leaves Alt+N to the add-in, unlike N and
// Ctrl+N, which it uses for a new message). Follows the mirror live.
import type { GraphId } from '../../../core/contact/contact.js';
import type { LocalId, MirrorContact } from '../../../core/sync/mirror-contact.js';
import type { MirrorFolder } from '../../../core/sync/plan-folders.js';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { EditableContactCard } from '../../components/editable-contact-card.js';
import { EmptyState } from '../../components/empty-state.js';
import { useDebouncedValue } from '../../hooks/use-debounced-value.js';
import { useMirrorFolders } from '../../hooks/use-mirror-folders.js';
import { ServicesContext } from '../../hooks/use-services.js';
import { format, strings } from '../../strings/strings.js';
import personAddIcon from '@fluentui/svg-icons/icons/person_add_20_regular.svg?raw';
import peopleSearchIcon from '@fluentui/svg-icons/icons/people_search_20_regular.svg?raw';
import { Icon } from '../../components/icon.js';
import { ContactList } from './contact-list.js';
import { nameOf } from '../message/contact-card.js';
import { useSyncActivity } from '../message/message-mirror.js';
import { useContactsMirror, type ContactsMirror } from './contacts-mirror.js';
import { countLabel } from './count-label.js';
import { folderChoices, type FolderChoice } from './folder-choices.js';
import { DuplicatesPanel } from './duplicates-panel.js';
import { FolderActions } from './folder-actions.js';
import { CategoryFilter } from './category-filter.js';
import { MoveContactControl } from './move-contact-control.js';
import { SetPhotoControl } from './set-photo-control.js';
import { NewContactPanel } from './new-contact-panel.js';
import { UndoDeleteBar } from './undo-delete-bar.js';
import { useUndoDelete } from './use-undo-delete.js';
import { useContactWindow } from './use-contact-window.js';
import './contacts-view.css';
import '../message/match-list.css';

const t = strings.contacts;

/** True for the New contact shortcut, Alt+N (by key position, so it holds on keyboard layouts where Alt+N types a character). */
export function isNewContactKey(event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>): boolean {
  return event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyN';
}

/** Rows rendered at first and added by each "Show more": a page a pane shows at once without lag, even on 50,000 contacts. */
export const CONTACTS_PAGE_SIZE = 200;
/** Typing pause before a search runs. */
export const SEARCH_DELAY_MS = 200;

export interface ContactsViewProps {
  readonly pageSize?: number;
  readonly searchDelayMs?: number;
}

function useFolderChoices(mirror: ContactsMirror): { readonly choices: readonly FolderChoice[]; readonly folders: readonly MirrorFolder[] } {
  const folders = useMirrorFolders(mirror);
  return useMemo(() => ({ choices: folderChoices(folders), folders }), [folders]);
}

function EmptyList({ mirror, searching, text, inFolder, category }: { mirror: ContactsMirror; searching: boolean; text: string; inFolder: boolean; category: string | undefined }) {
  const activity = useSyncActivity(mirror);
  if (searching) return <EmptyState>{format(t.noMatches, { text: text.trim() })}</EmptyState>;
  if (category !== undefined) return <EmptyState>{format(t.categoryFilter.none, { name: category })}</EmptyState>;
  if (activity.state === 'running') return <EmptyState>{format(t.syncing, { count: activity.contacts })}</EmptyState>;
  return <EmptyState>{inFolder ? t.emptyFolder : t.empty}</EmptyState>;
}

function ContactsBrowser({ mirror, pageSize, searchDelayMs }: { mirror: ContactsMirror; pageSize: number; searchDelayMs: number }) {
  const [typed, setTyped] = useState('');
  const [folderId, setFolderId] = useState<GraphId | undefined>(undefined);
  const [selected, setSelected] = useState<LocalId | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const [findingDuplicates, setFindingDuplicates] = useState(false);
  const [photoRevision, setPhotoRevision] = useState(0);
  const language = useContext(ServicesContext)?.mailbox.user().displayLanguage;
  const deletion = useUndoDelete(mirror);
  const text = useDebouncedValue(typed, searchDelayMs);
  const { choices: folders, folders: mirrorFolders } = useFolderChoices(mirror);
  // The folder Rename and Delete act on: one of the user's own, chosen in the filter, not the default folder.
  const ownChosen = mirrorFolders.find((folder) => folder.id === folderId && folder.mailbox === 'me' && !folder.readOnly && !folder.isDefault);
  const canCreateFolder = mirrorFolders.some((folder) => folder.mailbox === 'me' && folder.isDefault);
  const byId = useMemo(() => new Map(folders.map((folder) => [folder.id, folder])), [folders]);
  const [category, setCategory] = useState<string | undefined>(undefined);
  const filter = useMemo(() => ({ text, folderId, category }), [text, folderId, category]);
  // "Show more" grows the window of this search and folder only: another starts again at one page.
  const [grown, setGrown] = useState<{ readonly filter: typeof filter; readonly limit: number } | undefined>(undefined);
  const limit = grown?.filter === filter ? grown.limit : pageSize;
  const shown = useContactWindow(mirror, filter, limit);
  const searching = text.trim() !== '';

  const isReadOnly = (contact: MirrorContact) => byId.get(contact.folderId)?.readOnly === true;
  const folderName = (contact: MirrorContact) => {
    const folder = byId.get(contact.folderId);
    return folder === undefined ? undefined : folder.readOnly ? format(t.readOnlyFolder, { name: folder.path }) : folder.path;
  };
  const edit = (localId: LocalId, fields: MirrorContact['fields']) => mirror.edit(localId, fields);
  const writable = folders.filter((folder) => !folder.readOnly);
  // A new contact goes to the folder shown, when it is writable; else to the user's default folder (listed first).
  const newFolderId = writable.find((folder) => folder.id === folderId)?.id ?? writable[0]?.id;
  const startNew = () => {
    if (newFolderId !== undefined) setCreating(true);
  };
  const startNewRef = useRef(startNew);
  startNewRef.current = startNew;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isNewContactKey(event)) return;
      event.preventDefault();
      startNewRef.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  const shortcut = strings.editor.newContactShortcut;

  return (
    <div class="view contacts-view">
      <div class="contacts-view__top">
        <h2 class="view__heading">{t.heading}</h2>
        {creating ? null : (
          <button
            type="button"
            class="button button--primary contacts-view__new-button"
            disabled={newFolderId === undefined}
            aria-keyshortcuts={shortcut}
            title={`${strings.editor.newContact} (${shortcut})`}
            onClick={startNew}
          >
            <Icon svg={personAddIcon} />
            {strings.editor.newContact}
          </button>
        )}
        {findingDuplicates ? null : (
          <button type="button" class="button" onClick={() => setFindingDuplicates(true)}>
            <Icon svg={peopleSearchIcon} />
            {t.duplicates.open}
          </button>
        )}
      </div>
      {findingDuplicates ? <DuplicatesPanel mirror={mirror} folderName={folderName} onClose={() => setFindingDuplicates(false)} /> : null}
      {deletion.shown !== undefined ? (
        <UndoDeleteBar key={deletion.shown.key} name={deletion.shown.name} state={deletion.shown.state} message={deletion.shown.message} onUndo={deletion.undo} onDismiss={deletion.dismiss} />
      ) : null}
      {creating && newFolderId !== undefined ? (
        <NewContactPanel
          folders={writable}
          folderId={newFolderId}
          language={language}
          onSave={async (target, fields) => {
            const localId = await mirror.create(target, fields);
            setCreating(false);
            setSelected(localId);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      <div class="contacts-view__filters">
        <label class="contacts-view__label" for="contacts-search">
          {t.search}
        </label>
        <input id="contacts-search" class="contacts-view__input" type="search" autoComplete="off" placeholder={t.searchHint} value={typed} onInput={(event) => setTyped(event.currentTarget.value)} />
        {folders.length > 1 ? (
          <>
            <label class="contacts-view__label" for="contacts-folder">
              {t.folder}
            </label>
            <select id="contacts-folder" class="contacts-view__input" value={folderId ?? ''} onChange={(event) => setFolderId((event.currentTarget.value || undefined) as GraphId | undefined)}>
              <option value="">{t.allFolders}</option>
              {folders.map((folder) => (
                <option key={folder.id} value={folder.id}>
                  {folder.readOnly ? format(t.readOnlyFolder, { name: folder.path }) : folder.path}
                </option>
              ))}
            </select>
          </>
        ) : null}
      </div>
      <CategoryFilter mirror={mirror} chosen={category} onChoose={setCategory} />
      <FolderActions
        folder={ownChosen === undefined ? undefined : { id: ownChosen.id, name: ownChosen.displayName }}
        canCreate={canCreateFolder}
        create={async (name) => setFolderId(await mirror.createFolder(name))}
        rename={(id, name) => mirror.renameFolder(id, name)}
        impact={(id) => mirror.folderDeleteImpact(id)}
        remove={async (id) => {
          await mirror.deleteFolder(id);
          setFolderId(undefined);
        }}
      />
      <p class="contacts-view__count" role="status" data-testid="contacts-count">
        {shown.rows === undefined ? t.loading : countLabel({ shown: shown.rows.length, more: shown.more, total: shown.total, searching })}
      </p>
      {shown.error !== undefined ? (
        <div class="error-panel" role="alert">
          <p class="error-panel__detail">{format(t.readFailed, { message: shown.error.message })}</p>
        </div>
      ) : null}
      {shown.rows !== undefined && shown.rows.length === 0 ? <EmptyList mirror={mirror} searching={searching} text={text} inFolder={folderId !== undefined} category={category} /> : null}
      {shown.rows !== undefined && shown.rows.length > 0 ? (
        <ContactList
          rows={shown.rows}
          selected={selected}
          isReadOnly={isReadOnly}
          onSelect={setSelected}
          onNearEnd={shown.more ? () => setGrown({ filter, limit: limit + pageSize }) : undefined}
          renderDetail={(contact) => (
            <>
              <EditableContactCard
                contact={contact}
                folderName={folderName(contact)}
                photoOf={(row) => mirror.photoOf(row)}
                photoRevision={photoRevision}
                onSave={isReadOnly(contact) ? undefined : edit}
                onDelete={(row) => {
                  setSelected(undefined);
                  deletion.remove(row.localId, nameOf(row));
                }}
              />
              {isReadOnly(contact) ? null : (
                <SetPhotoControl
                  key={`photo-${contact.localId}`}
                  onPhoto={async (bytes) => {
                    const set = await mirror.setPhoto(contact.localId, bytes);
                    if (set) setPhotoRevision((revision) => revision + 1);
                    return set;
                  }}
                />
              )}
              <MoveContactControl
                key={contact.localId}
                targets={isReadOnly(contact) ? [] : writable.filter((folder) => folder.mailbox === 'me' && folder.id !== contact.folderId)}
                onMove={async (target) => setSelected(await mirror.move(contact.localId, target))}
              />
            </>
          )}
        />
      ) : null}
      {shown.more ? (
        <button type="button" class="button contacts-view__more" onClick={() => setGrown({ filter, limit: limit + pageSize })}>
          {format(t.showMore, { count: pageSize })}
        </button>
      ) : null}
    </div>
  );
}

export function ContactsView({ pageSize = CONTACTS_PAGE_SIZE, searchDelayMs = SEARCH_DELAY_MS }: ContactsViewProps = {}) {
  const mirror = useContactsMirror();
  if (mirror === undefined) {
    return (
      <div class="view">
        <h2 class="view__heading">{t.heading}</h2>
        <EmptyState>{t.empty}</EmptyState>
      </div>
    );
  }
  return <ContactsBrowser key={mirror.key} mirror={mirror} pageSize={pageSize} searchDelayMs={searchDelayMs} />;
}
