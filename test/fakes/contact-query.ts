// Contact list filtering and ordering for the in-memory store: the semantics ContactQuery documents
// (ordered by sort key in code-unit order, as IndexedDB orders an index, then by local id).
import { isInCategory } from '../../src/core/contact/category-filter.js';
import { sortKeyOf } from '../../src/core/contact/search-fields.js';
import { matchesSearchWords, searchKeysOf, searchWordsOf } from '../../src/core/contact/search-words.js';
import type { MirrorContact } from '../../src/core/sync/mirror-contact.js';
import type { ContactQuery } from '../../src/ports/mirror-store.js';

export function matchesQuery(row: MirrorContact, query: ContactQuery): boolean {
  if (query.folderId !== undefined && row.folderId !== query.folderId) return false;
  if (query.category !== undefined && !isInCategory(row.fields, query.category)) return false;
  return matchesSearchWords(searchKeysOf(row.fields), searchWordsOf(query.text ?? ''));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortContacts(rows: MirrorContact[]): MirrorContact[] {
  return rows.sort((a, b) => compare(sortKeyOf(a.fields), sortKeyOf(b.fields)) || compare(a.localId, b.localId));
}
