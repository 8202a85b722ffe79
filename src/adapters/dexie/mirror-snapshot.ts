// A whole mirror database as one JSON-ready object, for stores kept in a file (the headless command
// keeps its mirror in a file; in Node the database itself lives in memory on fake-indexeddb).
import type { DexieOptions } from 'dexie';
import { contactRecordOf, rowOf } from './contact-record.js';
import type { ContactRecord } from './contact-record.js';
import { base64OfBytes, bytesOfBase64 } from '../../core/base64.js';
import type { PendingPhoto } from '../../ports/photo-queue.js';
import { putContactRecords } from './contact-writes.js';
import { MirrorDb } from './mirror-db.js';
import { guarded } from './store-error-of.js';

const TABLES = ['contacts', 'folders', 'syncState', 'outbox', 'conflicts', 'settings', 'photoUploads'] as const;
/** Tables a snapshot written by an earlier version may lack: read as empty. */
const LATER_TABLES: ReadonlySet<string> = new Set(['photoUploads']);

export type MirrorSnapshot = { readonly format: 'contact-bridge-mirror'; readonly version: 1 } & Record<(typeof TABLES)[number], unknown[]>;

export function isMirrorSnapshot(value: unknown): value is MirrorSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return record.format === 'contact-bridge-mirror' && TABLES.every((table) => Array.isArray(record[table]) || (LATER_TABLES.has(table) && record[table] === undefined));
}

/** A waiting photo's bytes as base64 in the snapshot (JSON has no bytes), and back. */
function photoToJson(photo: PendingPhoto): unknown {
  return { ...photo, bytes: base64OfBytes(photo.bytes) };
}

function photoFromJson(json: unknown): PendingPhoto {
  const record = json as PendingPhoto & { readonly bytes: string };
  return { ...record, bytes: bytesOfBase64(record.bytes) ?? new Uint8Array() };
}

function rowsFor(snapshot: MirrorSnapshot, table: (typeof TABLES)[number]): unknown[] {
  const rows = snapshot[table] ?? [];
  if (table === 'contacts') return (rows as ContactRecord[]).map((record) => contactRecordOf(rowOf(record)));
  if (table === 'photoUploads') return rows.map(photoFromJson);
  return rows;
}

/** Reads every table of the database `name`. */
export function exportMirror(name: string, options?: DexieOptions): Promise<MirrorSnapshot> {
  return guarded('exporting the mirror', async () => {
    const db = new MirrorDb(name, options);
    try {
      const tables = await Promise.all(TABLES.map((table) => db.table(table).toArray()));
      const rows = (table: string, i: number): unknown[] => (table === 'photoUploads' ? (tables[i] as PendingPhoto[]).map(photoToJson) : (tables[i] ?? []));
      return { format: 'contact-bridge-mirror', version: 1, ...Object.fromEntries(TABLES.map((table, i) => [table, rows(table, i)])) } as MirrorSnapshot;
    } finally {
      db.close();
    }
  });
}

/**
 * Writes a snapshot into the (empty) database `name`, in one transaction. Contacts' index keys are derived
 * again, so a snapshot written by an earlier version gets this version's keys and duplicate keys (as a schema
 * upgrade would).
 */
export function importMirror(name: string, snapshot: MirrorSnapshot, options?: DexieOptions): Promise<void> {
  return guarded('importing the mirror', async () => {
    const db = new MirrorDb(name, options);
    try {
      await db.transaction('rw', [...TABLES.map((table) => db.table(table)), db.duplicateKeys], async () => {
        for (const table of TABLES) {
          const rows = rowsFor(snapshot, table);
          if (table === 'contacts') await putContactRecords(db, rows as ContactRecord[]);
          else await db.table(table).bulkPut(rows);
        }
      });
    } finally {
      db.close();
    }
  });
}
