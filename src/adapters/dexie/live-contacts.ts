// The mirror's live contacts listed and counted through key ranges: the list order (whole mirror) or the
// per-folder list order (one folder), and the search indexes for text. Counting reads keys only, never values.
import type { GraphId } from '../../core/contact/contact.js';
import type { LocalId, MirrorContact } from '../../core/sync/mirror-contact.js';
import type { ContactCountQuery, ContactQuery } from '../../ports/mirror-store.js';
import { TOMBSTONE_SORT, rowOf } from './contact-record.js';
import type { ContactRecord } from './contact-record.js';
import type { MirrorDb } from './mirror-db.js';

const SEARCH_INDEXES = ['nameTokens', 'emails', 'phones'] as const;

const searchTextOf = (query: ContactCountQuery): string => query.text?.trim().toLowerCase() ?? '';

const bySortKey = (a: ContactRecord, b: ContactRecord): number => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0);

/** The live contacts in list order: one folder's through `[folderId+sortKey]`, else all through `sortKey`. */
function liveRange(db: MirrorDb, folderId: GraphId | undefined) {
  return folderId === undefined
    ? db.contacts.where('sortKey').below(TOMBSTONE_SORT)
    : db.contacts.where('[folderId+sortKey]').between([folderId, ''], [folderId, TOMBSTONE_SORT]);
}

/** The local ids of the contacts with a search key starting with `text`, read from the indexes' keys (tombstones have none). */
async function matchingIds(db: MirrorDb, text: string): Promise<Set<LocalId>> {
  const found = await Promise.all(SEARCH_INDEXES.map((index) => db.contacts.where(index).startsWith(text).primaryKeys()));
  return new Set(found.flat());
}

/** Those of `ids` that are live (in `folderId` when given), in list order: a walk over the range's keys. */
async function inListOrder(db: MirrorDb, ids: ReadonlySet<LocalId>, folderId: GraphId | undefined): Promise<LocalId[]> {
  return ids.size === 0 ? [] : (await liveRange(db, folderId).primaryKeys()).filter((id) => ids.has(id));
}

/** Live contacts matching the query, in list order, at most `limit` of them (see MirrorStore.listContacts). */
export async function listLiveContacts(db: MirrorDb, query: ContactQuery): Promise<MirrorContact[]> {
  const text = searchTextOf(query);
  const limit = query.limit ?? Infinity;
  if (text.length === 0) return (await liveRange(db, query.folderId).limit(limit).toArray()).map((record) => rowOf(record));
  return db.transaction('r', db.contacts, async () => {
    const found = await matchingIds(db, text);
    // The order decides which rows are read only for a folder or when more match than asked for.
    const ids = query.folderId !== undefined || found.size > limit ? await inListOrder(db, found, query.folderId) : [...found];
    const records = (await db.contacts.bulkGet(ids.slice(0, limit))).filter((record) => record !== undefined);
    return records.sort(bySortKey).map((record) => rowOf(record));
  });
}

/** How many live contacts match the query (see MirrorStore.countContacts): key counts and key reads only. */
export async function countLiveContacts(db: MirrorDb, query: ContactCountQuery): Promise<number> {
  const text = searchTextOf(query);
  if (text.length === 0) return liveRange(db, query.folderId).count();
  return db.transaction('r', db.contacts, async () => {
    const found = await matchingIds(db, text);
    return query.folderId === undefined ? found.size : (await inListOrder(db, found, query.folderId)).length;
  });
}
