// Every write of contact records goes through here, so that the duplicate keys kept beside them (schema
// version 7) are always exactly those of the live contacts: putting a contact writes its key row, or removes it
// for a tombstone or a contact without keys; deleting a contact removes both. Callers' transactions must
// include both tables (CONTACT_TABLES).
import type { Table } from 'dexie';
import { duplicateKeysOf } from '../../core/duplicates/duplicate-keys.js';
import type { LocalId } from '../../core/sync/mirror-contact.js';
import type { DuplicateKeyRow } from '../../ports/mirror-store.js';
import type { ContactRecord } from './contact-record.js';
import type { MirrorDb } from './mirror-db.js';

/** The tables a transaction that writes contacts must include. */
export function contactTables(db: MirrorDb): readonly Table[] {
  return [db.contacts, db.duplicateKeys];
}

/** The key row kept for a stored contact; undefined for a tombstone or a contact without any key. */
export function duplicateKeyRowOf(record: ContactRecord): DuplicateKeyRow | undefined {
  if (record.deleted) return undefined;
  const keys = duplicateKeysOf(record.row.fields);
  return keys.length === 0 ? undefined : { localId: record.localId, folderId: record.folderId, keys };
}

/** Writes the records and their key rows. */
export async function putContactRecords(db: MirrorDb, records: readonly ContactRecord[]): Promise<void> {
  if (records.length === 0) return;
  const keyed: DuplicateKeyRow[] = [];
  const keyless: LocalId[] = [];
  for (const record of records) {
    const row = duplicateKeyRowOf(record);
    if (row === undefined) keyless.push(record.localId);
    else keyed.push(row);
  }
  // Issued together: a transaction runs its requests in the order given, without a round trip between them.
  await Promise.all([db.contacts.bulkPut([...records]), keyed.length > 0 ? db.duplicateKeys.bulkPut(keyed) : undefined, keyless.length > 0 ? db.duplicateKeys.bulkDelete(keyless) : undefined]);
}

/** Deletes the contacts and their key rows. */
export async function deleteContactRecords(db: MirrorDb, localIds: readonly LocalId[]): Promise<void> {
  if (localIds.length === 0) return;
  await Promise.all([db.contacts.bulkDelete([...localIds]), db.duplicateKeys.bulkDelete([...localIds])]);
}
