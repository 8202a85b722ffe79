// The mirror database schema (one IndexedDB database per signed-in account) and its migrations.
// Version 1 is the first shipped schema; version 2 adds the list order index, version 3 the match indexes and
// version 4 the per-folder list order, each filling them for existing contacts: the pattern every later change
// follows (dexie.org Version.upgrade()). Version 5 adds the saved field mappings and version 6 the photos waiting
// for their contact to reach Graph (new tables: nothing to fill). Version 7 keeps each live contact's duplicate
// keys in a table of their own, filled for existing contacts, so finding duplicates reads keys, not contacts.
// Version 8 indexes each live contact's category names for the category filter, filled for existing contacts.
import { Dexie } from 'dexie';
import type { DexieOptions, EntityTable, Transaction } from 'dexie';
import type { StoredConflict } from '../../core/sync/conflict-entry.js';
import type { LocalId } from '../../core/sync/mirror-contact.js';
import type { OutboxEntry } from '../../core/sync/outbox-entry.js';
import type { MirrorFolder } from '../../core/sync/plan-folders.js';
import type { MappingId, SavedMapping } from '../../ports/mapping-store.js';
import type { PendingPhoto } from '../../ports/photo-queue.js';
import type { DuplicateKeyRow, FolderSyncState } from '../../ports/mirror-store.js';
import { contactRecordOf, rowOf } from './contact-record.js';
import type { ContactRecord } from './contact-record.js';
import { duplicateKeyRowOf } from './contact-writes.js';

export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

/** The database name for an account: one database per signed-in account. */
export function mirrorDatabaseName(accountKey: string): string {
  return `contact-bridge-mirror-${accountKey}`;
}

/** Version 1: contacts keyed by local id with multi-entry indexes on the normalized search keys. */
export const SCHEMA_V1 = {
  contacts: '&localId, graphId, folderId, *emails, *phones, *nameTokens',
  folders: '&id, mailbox',
  syncState: '&folderId',
  outbox: '++seq, localId',
  conflicts: '++seq, localId',
  settings: '&key',
} as const;

/** Version 2: contacts listed in name order through an index instead of sorting in memory. */
export const SCHEMA_V2 = { ...SCHEMA_V1, contacts: `${SCHEMA_V1.contacts}, sortKey` } as const;

/** Version 3: match indexes (address plus-bases, domains, name key) for participant matching. */
export const SCHEMA_V3 = { ...SCHEMA_V2, contacts: `${SCHEMA_V2.contacts}, *plusBases, *domains, nameKey` } as const;

/**
 * Version 4: a folder's contacts in name order through one compound index, and tombstones sorted after every
 * live contact (see TOMBSTONE_SORT), so listing and counting live contacts reads one key range, never values.
 */
export const SCHEMA_V4 = { ...SCHEMA_V3, contacts: `${SCHEMA_V3.contacts}, [folderId+sortKey]` } as const;

/** Version 5: the field mappings the user saved, by id. */
export const SCHEMA_V5 = { ...SCHEMA_V4, mappings: '&id' } as const;

/** Version 6: photos waiting for their contact to reach Graph, one per contact, oldest first by `at`. */
export const SCHEMA_V6 = { ...SCHEMA_V5, photoUploads: '&localId, at' } as const;

/**
 * Version 7: each live contact's duplicate keys (see contact-writes.ts), by local id: a 50,000-contact mirror's
 * keys are a few megabytes, read in a fraction of the time its contacts take.
 */
export const SCHEMA_V7 = { ...SCHEMA_V6, duplicateKeys: '&localId' } as const;

/** Version 8: the category filter's index, each live contact's category names, filled for existing contacts. */
export const SCHEMA_V8 = { ...SCHEMA_V7, contacts: `${SCHEMA_V7.contacts}, *categoryNames` } as const;

const rederive = (tx: Transaction) =>
  tx
    .table<ContactRecord, LocalId>('contacts')
    .toCollection()
    .modify((record) => {
      Object.assign(record, contactRecordOf(rowOf(record)));
    });

const fillDuplicateKeys = async (tx: Transaction): Promise<void> => {
  const rows: DuplicateKeyRow[] = [];
  await tx
    .table<ContactRecord, LocalId>('contacts')
    .each((record) => {
      const row = duplicateKeyRowOf(record);
      if (row !== undefined) rows.push(row);
    });
  await tx.table<DuplicateKeyRow, LocalId>('duplicateKeys').bulkPut(rows);
};

export class MirrorDb extends Dexie {
  contacts!: EntityTable<ContactRecord, 'localId'>;
  folders!: EntityTable<MirrorFolder, 'id'>;
  syncState!: EntityTable<FolderSyncState, 'folderId'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  conflicts!: EntityTable<StoredConflict, 'seq'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  mappings!: EntityTable<SavedMapping & { readonly id: MappingId }, 'id'>;
  photoUploads!: EntityTable<PendingPhoto, 'localId'>;
  duplicateKeys!: EntityTable<DuplicateKeyRow, 'localId'>;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(rederive);
    this.version(3).stores(SCHEMA_V3).upgrade(rederive);
    this.version(4).stores(SCHEMA_V4).upgrade(rederive);
    this.version(5).stores(SCHEMA_V5);
    this.version(6).stores(SCHEMA_V6);
    this.version(7).stores(SCHEMA_V7).upgrade(fillDuplicateKeys);
    this.version(8).stores(SCHEMA_V8).upgrade(rederive);
  }
}

/** A database that stops at version 1: used to test the upgrade path from data written by version 1. */
export class MirrorDbV1 extends Dexie {
  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
  }
}

/** A database that stops at version 3: used to test the upgrade path from data written by version 3. */
export class MirrorDbV3 extends Dexie {
  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3);
  }
}


/** A database that stops at version 4: used to test the upgrade path from data written by version 4. */
export class MirrorDbV4 extends Dexie {
  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
  }
}

/** A database that stops at version 7: used to test the upgrade path from data written by version 7. */
export class MirrorDbV7 extends Dexie {
  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    this.version(5).stores(SCHEMA_V5);
    this.version(6).stores(SCHEMA_V6);
    this.version(7).stores(SCHEMA_V7);
  }
}

/** A database that stops at version 6: used to test the upgrade path from data written by version 6. */
export class MirrorDbV6 extends Dexie {
  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    this.version(5).stores(SCHEMA_V5);
    this.version(6).stores(SCHEMA_V6);
  }
}
