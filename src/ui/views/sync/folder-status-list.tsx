// One line per mirrored contact folder: name, owner for shared folders, read-only badge, contacts, sync state.
import { plural } from '../../strings/plural.js';
import { format, strings } from '../../strings/strings.js';
import type { FolderStatus } from './sync-status-model.js';
import { timeText } from './time-text.js';

const s = strings.sync;

function stateText(folder: FolderStatus): string {
  if (folder.state === 'in-progress') return s.folderInProgress;
  if (folder.state === 'not-synced') return s.folderNotSynced;
  return folder.lastSyncedAt !== undefined ? format(s.folderSyncedAt, { time: timeText(folder.lastSyncedAt) }) : s.folderSynced;
}

export function FolderStatusList({ folders }: { readonly folders: readonly FolderStatus[] }) {
  if (folders.length === 0) return null;
  return (
    <section class="sync-section" aria-labelledby="sync-folders-heading">
      <h3 class="sync-section__heading" id="sync-folders-heading">
        {s.foldersHeading}
      </h3>
      <ul class="folder-list">
        {folders.map((folder) => (
          <li key={folder.id} class="folder-list__item" data-testid="sync-folder">
            <span class="folder-list__name">{folder.name}</span>
            {folder.readOnly && <span class="badge">{s.readOnly}</span>}
            <span class="folder-list__detail">
              {[plural(s.folderContacts, folder.contacts), folder.owner !== 'me' ? format(s.folderSharedBy, { owner: folder.owner }) : undefined, stateText(folder)]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
