// The Contacts view: the signed-in account's mirrored contacts in name order, straight from the local mirror
// (no network wait), with a search, a folder filter, a count, a window that grows on "Show more", and each
// contact's card with Edit (saved locally at once, pushed to Outlook by the outbox). Follows the mirror live.
import type { GraphId } from '../../../core/contact/contact.js';
import type { LocalId, MirrorContact } from '../../../core/sync/mirror-contact.js';
import { useMemo, useState } from 'preact/hooks';
import { EditableContactCard } from '../../components/editable-contact-card.js';
import { EmptyState } from '../../components/empty-state.js';
import { useDebouncedValue } from '../../hooks/use-debounced-value.js';
import { useMirrorFolders } from '../../hooks/use-mirror-folders.js';
import { format, strings } from '../../strings/strings.js';
import { ContactList } from './contact-list.js';
import { useSyncActivity } from '../message/message-mirror.js';
import { useContactsMirror, type ContactsMirror } from './contacts-mirror.js';
import { countLabel } from './count-label.js';
import { folderChoices, type FolderChoice } from './folder-choices.js';
import { useContactWindow } from './use-contact-window.js';
import './contacts-view.css';
import '../message/match-list.css';

const t = strings.contacts;

/** Rows rendered at first and added by each "Show more": a page a pane shows at once without lag, even on 50,000 contacts. */
export const CONTACTS_PAGE_SIZE = 200;
/** Typing pause before a search runs. */
export const SEARCH_DELAY_MS = 200;

export interface ContactsViewProps {
  readonly pageSize?: number;
  readonly searchDelayMs?: number;
}

function useFolderChoices(mirror: ContactsMirror): readonly FolderChoice[] {
  const folders = useMirrorFolders(mirror);
  return useMemo(() => folderChoices(folders), [folders]);
}

function EmptyList({ mirror, searching, text, inFolder }: { mirror: ContactsMirror; searching: boolean; text: string; inFolder: boolean }) {
  const activity = useSyncActivity(mirror);
  if (searching) return <EmptyState>{format(t.noMatches, { text: text.trim() })}</EmptyState>;
  if (activity.state === 'running') return <EmptyState>{format(t.syncing, { count: activity.contacts })}</EmptyState>;
  return <EmptyState>{inFolder ? t.emptyFolder : t.empty}</EmptyState>;
}

function ContactsBrowser({ mirror, pageSize, searchDelayMs }: { mirror: ContactsMirror; pageSize: number; searchDelayMs: number }) {
  const [typed, setTyped] = useState('');
  const [folderId, setFolderId] = useState<GraphId | undefined>(undefined);
  const [selected, setSelected] = useState<LocalId | undefined>(undefined);
  const text = useDebouncedValue(typed, searchDelayMs);
  const folders = useFolderChoices(mirror);
  const byId = useMemo(() => new Map(folders.map((folder) => [folder.id, folder])), [folders]);
  const filter = useMemo(() => ({ text, folderId }), [text, folderId]);
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

  return (
    <div class="view contacts-view">
      <h2 class="view__heading">{t.heading}</h2>
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
      <p class="contacts-view__count" role="status" data-testid="contacts-count">
        {shown.rows === undefined ? t.loading : countLabel({ shown: shown.rows.length, more: shown.more, total: shown.total, searching })}
      </p>
      {shown.error !== undefined ? (
        <div class="error-panel" role="alert">
          <p class="error-panel__detail">{format(t.readFailed, { message: shown.error.message })}</p>
        </div>
      ) : null}
      {shown.rows !== undefined && shown.rows.length === 0 ? <EmptyList mirror={mirror} searching={searching} text={text} inFolder={folderId !== undefined} /> : null}
      {shown.rows !== undefined && shown.rows.length > 0 ? (
        <ContactList
          rows={shown.rows}
          selected={selected}
          isReadOnly={isReadOnly}
          onSelect={setSelected}
          renderDetail={(contact) => (
            <EditableContactCard contact={contact} folderName={folderName(contact)} photoOf={(row) => mirror.photoOf(row)} onSave={isReadOnly(contact) ? undefined : edit} />
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
