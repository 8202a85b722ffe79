// The Duplicates view's groups: every live contact the user can change (shared folders of other mailboxes are
// read-only, so their contacts can be neither merged nor deleted) grouped by the core's duplicate finder over
// the keys the mirror keeps beside its contacts; only the contacts of the groups found are read.
import type { DuplicateKeyKind } from '../core/duplicates/duplicate-keys.js';
import { sortKeyOf } from '../core/contact/search-fields.js';
import { groupByKeys } from '../core/duplicates/find-duplicates.js';
import type { MirrorContact } from '../core/sync/mirror-contact.js';
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

export async function findDuplicateGroups(store: Pick<ContactReader, 'listDuplicateKeys' | 'getContacts' | 'listFolders'>): Promise<readonly DuplicateContacts[]> {
  const [keyRows, folders] = await Promise.all([store.listDuplicateKeys(), store.listFolders()]);
  const readOnly = readOnlyFolderIds(folders);
  const groups = groupByKeys(keyRows.filter((row) => !readOnly.has(row.folderId)));
  const rows = await store.getContacts(groups.flatMap((group) => group.localIds));
  // A contact changed since its keys were read is shown as it is now; one deleted since leaves its group.
  return groups.flatMap((group) => {
    const contacts = group.localIds.flatMap((localId) => {
      const row = rows.get(localId);
      return row === undefined || row.deleted === true || readOnly.has(row.folderId) ? [] : [row];
    });
    return contacts.length < 2 ? [] : [{ contacts: contacts.sort(byName), reasons: group.reasons }];
  });
}
