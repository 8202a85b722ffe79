// A whole mirror database as one JSON-ready object, for stores kept in a file (the headless command
// keeps its mirror in a file; in Node the database itself lives in memory on fake-indexeddb).
import type { DexieOptions } from 'dexie';
import { contactRecordOf, rowOf } from './contact-record.js';
import type { ContactRecord } from './contact-record.js';
import { MirrorDb } from './mirror-db.js';
import { guarded } from './store-error-of.js';

const TABLES = ['contacts', 'folders', 'syncState', 'outbox', 'conflicts', 'settings'] as const;

export type MirrorSnapshot = { readonly format: 'contact-bridge-mirror'; readonly version: 1 } & Record<(typeof TABLES)[number], unknown[]>;

export function isMirrorSnapshot(value: unknown): value is MirrorSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return record.format === 'contact-bridge-mirror' && TABLES.every((table) => Array.isArray(record[table]));
}

/** Reads every table of the database `name`. */
export function exportMirror(name: string, options?: DexieOptions): Promise<MirrorSnapshot> {
  return guarded('exporting the mirror', async () => {
    const db = new MirrorDb(name, options);
    try {
      const tables = await Promise.all(TABLES.map((table) => db.table(table).toArray()));
      return { format: 'contact-bridge-mirror', version: 1, ...Object.fromEntries(TABLES.map((table, i) => [table, tables[i] ?? []])) } as MirrorSnapshot;
    } finally {
      db.close();
    }
  });
}

/**
 * Writes a snapshot into the (empty) database `name`, in one transaction. Contacts' index keys are derived
 * again, so a snapshot written by an earlier version gets this version's keys (as a schema upgrade would).
 */
export function importMirror(name: string, snapshot: MirrorSnapshot, options?: DexieOptions): Promise<void> {
  return guarded('importing the mirror', async () => {
    const db = new MirrorDb(name, options);
    try {
      await db.transaction('rw', TABLES.map((table) => db.table(table)), async () => {
        for (const table of TABLES) {
          const rows = table === 'contacts' ? (snapshot.contacts as ContactRecord[]).map((record) => contactRecordOf(rowOf(record))) : snapshot[table];
          await db.table(table).bulkPut(rows);
        }
      });
    } finally {
      db.close();
    }
  });
}
