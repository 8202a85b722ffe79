// The Duplicates view's groups: every live contact the user can change (shared folders of other mailboxes are
// read-only, so their contacts can be neither merged nor deleted) grouped by the core's duplicate finder.
import type { DuplicateKeyKind } from '../core/duplicates/duplicate-keys.js';
import { sortKeyOf } from '../core/contact/search-fields.js';
import { findDuplicates } from '../core/duplicates/find-duplicates.js';
import type { LocalId, MirrorContact } from '../core/sync/mirror-contact.js';
import type { ContactReader } from '../ports/mirror-store.js';
import { readOnlyFolderIds } from './shared-sources.js';

export interface DuplicateContacts {
  /** The group's contacts in name order. */
  readonly contacts: readonly MirrorContact[];
  /** The kinds of key the contacts share. */
  readonly reasons: readonly DuplicateKeyKind[];
}

const byName = (a: MirrorContact, b: MirrorContact): number => {
  const [keyA, keyB] = [sortKeyOf(a.fields), sortKeyOf(b.fields)];
  return keyA < keyB ? -1 : keyA > keyB ? 1 : a.localId < b.localId ? -1 : 1;
};

export async function findDuplicateGroups(store: Pick<ContactReader, 'allRows' | 'listFolders'>): Promise<readonly DuplicateContacts[]> {
  // Every row in key order (no walk of the name index: several times faster on a large mirror), tombstones left out.
  const [rows, folders] = await Promise.all([store.allRows(), store.listFolders()]);
  const readOnly = readOnlyFolderIds(folders);
  const writable = rows.filter((row) => row.deleted !== true && !readOnly.has(row.folderId));
  const byId = new Map<LocalId, MirrorContact>(writable.map((row) => [row.localId, row]));
  return findDuplicates(writable).map((group) => ({
    contacts: group.localIds.map((localId) => byId.get(localId) as MirrorContact).sort(byName),
    reasons: group.reasons,
  }));
}
