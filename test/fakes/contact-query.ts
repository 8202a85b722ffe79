// Contact list filtering and ordering for the in-memory store: the semantics ContactQuery documents
// (ordered by sort key in code-unit order, as IndexedDB orders an index, then by local id).
import { searchFieldsOf, sortKeyOf } from '../../src/core/contact/search-fields.js';
import type { MirrorContact } from '../../src/core/sync/mirror-contact.js';
import type { ContactQuery } from '../../src/ports/mirror-store.js';

export function matchesQuery(row: MirrorContact, query: ContactQuery): boolean {
  if (query.folderId !== undefined && row.folderId !== query.folderId) return false;
  const text = query.text?.trim().toLowerCase();
  if (text === undefined || text.length === 0) return true;
  const keys = searchFieldsOf(row.fields);
  return [...keys.emails, ...keys.phones, ...keys.nameTokens].some((key) => key.startsWith(text));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortContacts(rows: MirrorContact[]): MirrorContact[] {
  return rows.sort((a, b) => compare(sortKeyOf(a.fields), sortKeyOf(b.fields)) || compare(a.localId, b.localId));
}
