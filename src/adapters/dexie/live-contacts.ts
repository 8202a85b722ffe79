// The mirror's live contacts listed and counted through key ranges: the list order (whole mirror) or the
// per-folder list order (one folder), and the search indexes for text: each word of a search (searchWordsOf) is
// looked up as a prefix on the indexes and the words' matches intersected. Counting reads keys only, never values.
import type { GraphId } from '../../core/contact/contact.js';
import { searchWordsOf } from '../../core/contact/search-words.js';
import type { LocalId, MirrorContact } from '../../core/sync/mirror-contact.js';
import type { ContactCountQuery, ContactCounts, ContactQuery } from '../../ports/mirror-store.js';
import { TOMBSTONE_SORT, rowOf } from './contact-record.js';
import type { ContactRecord } from './contact-record.js';
import type { ContactListCache } from './contact-list-cache.js';
import type { MirrorDb } from './mirror-db.js';

const SEARCH_INDEXES = ['nameTokens', 'emails', 'phones'] as const;

const wordsOf = (query: ContactCountQuery): string[] => searchWordsOf(query.text ?? '');

const bySortKey = (a: ContactRecord, b: ContactRecord): number => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0);

/** The live contacts in list order: one folder's through `[folderId+sortKey]`, else all through `sortKey`. */
function liveRange(db: MirrorDb, folderId: GraphId | undefined) {
  return folderId === undefined
    ? db.contacts.where('sortKey').below(TOMBSTONE_SORT)
    : db.contacts.where('[folderId+sortKey]').between([folderId, ''], [folderId, TOMBSTONE_SORT]);
}

/** The local ids of the contacts with a search key starting with `word`, read from the indexes' keys (tombstones have none). */
async function idsStartingWith(db: MirrorDb, word: string): Promise<Set<LocalId>> {
  const found = await Promise.all(SEARCH_INDEXES.map((index) => db.contacts.where(index).startsWith(word).primaryKeys()));
  return new Set(found.flat());
}

/** The local ids of the contacts every word finds: each word's ids read together, then intersected, smallest first. */
async function matchingIds(db: MirrorDb, words: readonly string[], cache?: ContactListCache): Promise<Set<LocalId>> {
  const idsOf = (word: string) => (cache === undefined ? idsStartingWith(db, word) : cache.found(word, () => idsStartingWith(db, word)));
  const [smallest, ...others] = (await Promise.all(words.map(idsOf))).sort((a, b) => a.size - b.size);
  if (smallest === undefined) return new Set();
  return new Set([...smallest].filter((id) => others.every((ids) => ids.has(id))));
}

/** Those of `ids` that are live (in `folderId` when given), in list order: a walk over the range's keys. */
async function inListOrder(db: MirrorDb, ids: ReadonlySet<LocalId>, folderId: GraphId | undefined, cache?: ContactListCache): Promise<LocalId[]> {
  if (ids.size === 0) return [];
  const read = () => liveRange(db, folderId).primaryKeys();
  const order = cache === undefined ? await read() : await cache.order(folderId, read);
  return order.filter((id) => ids.has(id));
}

const readRows = async (db: MirrorDb, ids: readonly LocalId[]): Promise<MirrorContact[]> =>
  (await db.contacts.bulkGet([...ids])).flatMap((record) => (record === undefined || record.deleted ? [] : [rowOf(record)]));

/**
 * Live contacts matching the query, in list order, at most `limit` of them (see MirrorStore.listContacts). With a
 * cache, a search reads the list order and the rows it has read before from memory.
 */
export async function listLiveContacts(db: MirrorDb, query: ContactQuery, cache?: ContactListCache): Promise<MirrorContact[]> {
  if (query.category !== undefined) return listInCategory(db, query);
  const words = wordsOf(query);
  const limit = query.limit ?? Infinity;
  if (words.length === 0) return (await liveRange(db, query.folderId).limit(limit).toArray()).map((record) => rowOf(record));
  return db.transaction('r', db.contacts, async () => {
    const found = await matchingIds(db, words, cache);
    if (cache !== undefined) {
      const ids = (await inListOrder(db, found, query.folderId, cache)).slice(0, limit);
      return cache.rows(ids, (missing) => readRows(db, missing));
    }
    // The order decides which rows are read only for a folder or when more match than asked for.
    const ids = query.folderId !== undefined || found.size > limit ? await inListOrder(db, found, query.folderId) : [...found];
    const records = (await db.contacts.bulkGet(ids.slice(0, limit))).filter((record) => record !== undefined);
    return records.sort(bySortKey).map((record) => rowOf(record));
  });
}

/** How many live contacts match the query (see MirrorStore.countContacts): key counts and key reads only. */
export async function countLiveContacts(db: MirrorDb, query: ContactCountQuery, cache?: ContactListCache): Promise<number> {
  if (query.category !== undefined) return countInCategory(db, query);
  const words = wordsOf(query);
  if (words.length === 0) return liveRange(db, query.folderId).count();
  return db.transaction('r', db.contacts, async () => {
    const found = await matchingIds(db, words, cache);
    return query.folderId === undefined ? found.size : (await inListOrder(db, found, query.folderId, cache)).length;
  });
}

/** The live contacts in all and in each folder of the folder list that has any: key counts of the list-order ranges. */
export async function countLiveContactsByFolder(db: MirrorDb): Promise<ContactCounts> {
  return db.transaction('r', db.contacts, db.folders, async () => {
    const folderIds = (await db.folders.toCollection().primaryKeys()) as GraphId[];
    const [total, ...counts] = await Promise.all([liveRange(db, undefined).count(), ...folderIds.map((folderId) => liveRange(db, folderId).count())]);
    const byFolder = new Map<GraphId, number>();
    folderIds.forEach((folderId, index) => {
      const count = counts[index] ?? 0;
      if (count > 0) byFolder.set(folderId, count);
    });
    return { total: total ?? 0, byFolder };
  });
}

/** The live contacts in the query's category (tombstones index no category), narrowed by its search text. */
async function inCategory(db: MirrorDb, query: ContactCountQuery): Promise<Set<LocalId>> {
  const members = new Set(await db.contacts.where('categoryNames').equals((query.category ?? '').trim()).primaryKeys());
  const words = wordsOf(query);
  if (words.length === 0 || members.size === 0) return members;
  const found = await matchingIds(db, words);
  return new Set([...members].filter((id) => found.has(id)));
}

async function listInCategory(db: MirrorDb, query: ContactQuery): Promise<MirrorContact[]> {
  return db.transaction('r', db.contacts, async () => {
    const ids = await inListOrder(db, await inCategory(db, query), query.folderId);
    const records = (await db.contacts.bulkGet(ids.slice(0, query.limit ?? Infinity))).filter((record) => record !== undefined);
    return records.map((record) => rowOf(record));
  });
}

async function countInCategory(db: MirrorDb, query: ContactCountQuery): Promise<number> {
  return db.transaction('r', db.contacts, async () => {
    const members = await inCategory(db, query);
    return query.folderId === undefined ? members.size : (await inListOrder(db, members, query.folderId)).length;
  });
}
