// How a mirror contact is stored: the row as the engine sees it, plus the keys IndexedDB indexes
// (graph id, folder, normalized search keys, list order). Indexed keys are derived, never edited.
// A base equal to the row's fields is stored once: half the bytes to clone and write per contact.
// Tombstones sort after every live contact, so the live contacts are one key range of the list order.
import { searchFieldsOf, sortKeyOf } from '../../core/contact/search-fields.js';
import type { GraphId } from '../../core/contact/contact.js';
import { contactMatchKeysOf } from '../../core/match/contact-match-keys.js';
import { equalValues } from '../../core/contact/equal-fields.js';
import { categoryNamesOf } from '../../core/contact/category-filter.js';
import type { ContactBase, LocalId, MirrorContact } from '../../core/sync/mirror-contact.js';

/** Every live contact's sort key is below this one and every tombstone's starts with it: `below(TOMBSTONE_SORT)` is the live range. */
export const TOMBSTONE_SORT = '\uffff';

/** The row as stored: when the base's fields equal the row's fields (the usual case) they are kept once. */
export type StoredRow = Omit<MirrorContact, 'base'> & { readonly base?: ContactBase | (Omit<ContactBase, 'fields'> & { readonly fieldsAsRow: true }) };

export interface ContactRecord {
  readonly localId: LocalId;
  readonly row: StoredRow;
  readonly folderId: GraphId;
  readonly graphId?: GraphId;
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  readonly nameTokens: readonly string[];
  /** Name order, then local id; a tombstone's starts with TOMBSTONE_SORT (version 4). */
  readonly sortKey: string;
  readonly deleted: boolean;
  /** Match indexes (version 3): plus-bases and domains of the addresses, and the name key when strong enough. */
  readonly plusBases: readonly string[];
  readonly domains: readonly string[];
  readonly nameKey?: string;
  /** The category filter's index (version 8): the live contact's category names (see categoryNamesOf). */
  readonly categoryNames: readonly string[];
}

function compact(row: MirrorContact): StoredRow {
  if (row.base === undefined || (row.base.fields !== row.fields && !equalValues(row.base.fields, row.fields))) return row;
  const { fields: _same, ...base } = row.base;
  return { ...row, base: { ...base, fieldsAsRow: true } };
}

/** The row of a stored record, with a compacted base expanded again. */
export function rowOf(record: { readonly row: StoredRow }): MirrorContact {
  const { row } = record;
  if (row.base === undefined || !('fieldsAsRow' in row.base)) return row as MirrorContact;
  const { fieldsAsRow: _flag, ...base } = row.base;
  return { ...row, base: { ...base, fields: row.fields } };
}

/** A live key never starts with TOMBSTONE_SORT (a name opening with U+FFFF loses it), so live and deleted never mix. */
function sortKeyOfRow(row: MirrorContact): string {
  const key = `${sortKeyOf(row.fields).replace(/^\uffff+/, '')}\u0000${row.localId}`;
  return row.deleted === true ? `${TOMBSTONE_SORT}${key}` : key;
}

export function contactRecordOf(row: MirrorContact): ContactRecord {
  const keys = row.deleted === true ? { emails: [], phones: [], nameTokens: [] } : searchFieldsOf(row.fields);
  const match = row.deleted === true ? { plusBases: [], domains: [], nameKey: undefined } : contactMatchKeysOf(row.fields);
  return {
    localId: row.localId,
    row: compact(row),
    folderId: row.folderId,
    ...(row.graphId !== undefined ? { graphId: row.graphId } : {}),
    emails: keys.emails,
    phones: keys.phones,
    nameTokens: keys.nameTokens,
    sortKey: sortKeyOfRow(row),
    deleted: row.deleted === true,
    plusBases: match.plusBases,
    domains: match.domains,
    ...(match.nameKey !== undefined ? { nameKey: match.nameKey } : {}),
    categoryNames: row.deleted === true ? [] : categoryNamesOf(row.fields),
  };
}
