// Reads and edits the account's mirror database straight through IndexedDB inside the task pane, for the Sync
// view's browser test: what landed in IndexedDB, and a local edit with its outbox entry written the way the
// mirror store writes one (the row and the entry in one transaction), so no sync starts before the test wants it.
import type { Frame } from 'playwright-core';

export interface MirrorRowSummary {
  readonly localId: string;
  readonly graphId?: string;
  readonly deleted: boolean;
  readonly displayName?: string;
  readonly jobTitle?: string;
}

export function mirrorRows(frame: Frame, databaseName: string): Promise<MirrorRowSummary[]> {
  return frame.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error(name));
    });
    try {
      const records = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction('contacts', 'readonly').objectStore('contacts').getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error ?? new Error('getAll'));
      });
      return records.map((value) => {
        const record = value as { localId: string; graphId?: string; deleted: boolean; row: { fields: { displayName?: string; jobTitle?: string } } };
        return {
          localId: record.localId,
          ...(record.graphId !== undefined ? { graphId: record.graphId } : {}),
          deleted: record.deleted,
          ...(record.row.fields.displayName !== undefined ? { displayName: record.row.fields.displayName } : {}),
          ...(record.row.fields.jobTitle !== undefined ? { jobTitle: record.row.fields.jobTitle } : {}),
        };
      });
    } finally {
      db.close();
    }
  }, databaseName);
}

/** Edits string fields of one contact locally and queues the update, in one transaction. */
export function editInMirror(frame: Frame, databaseName: string, localId: string, changes: Readonly<Record<string, string>>): Promise<void> {
  return frame.evaluate(
    async ({ name, id, fields }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(name));
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(['contacts', 'outbox'], 'readwrite');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error ?? new Error('edit'));
          const contacts = tx.objectStore('contacts');
          const read = contacts.get(id);
          read.onsuccess = () => {
            const record = read.result as { row: { fields: Record<string, unknown>; base?: Record<string, unknown>; localChangedAt?: number } };
            const { row } = record;
            const base = row.base && 'fieldsAsRow' in row.base ? { ...row.base, fieldsAsRow: undefined, fields: row.fields } : row.base;
            if (base) delete base.fieldsAsRow;
            const now = Date.now();
            contacts.put({ ...record, row: { ...row, base, fields: { ...row.fields, ...fields }, localChangedAt: now } });
            tx.objectStore('outbox').add({ localId: id, op: { kind: 'update', fields: Object.keys(fields) }, at: now });
          };
        });
      } finally {
        db.close();
      }
    },
    { name: databaseName, id: localId, fields: changes },
  );
}
