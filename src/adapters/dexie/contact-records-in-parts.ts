// Reads every contact record in primary-key order, a part at a time: each part is its own IndexedDB request,
// deserialized in its own short task, so reading ten thousand contacts never holds the pane's thread for long.
import type { LocalId } from '../../core/sync/mirror-contact.js';
import type { ContactRecord } from './contact-record.js';
import type { MirrorDb } from './mirror-db.js';

/**
 * Calls `visit` with each part of at most `partSize` records, in order; stops early when it answers false.
 * Inside a transaction the parts are one consistent snapshot; outside one, each part is read on its own.
 */
export async function forEachContactPart(db: MirrorDb, partSize: number, visit: (records: readonly ContactRecord[]) => boolean | void): Promise<void> {
  const contacts = db.contacts;
  for (let after: LocalId | undefined; ; ) {
    const records = await (after === undefined ? contacts.orderBy(':id') : contacts.where(':id').above(after)).limit(partSize).toArray();
    if (visit(records) === false) return;
    const last = records[records.length - 1];
    if (records.length < partSize || last === undefined) return;
    after = last.localId;
  }
}
