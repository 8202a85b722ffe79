// Watches a read of some tables: runs it now and again after every committed change to those tables, in this
// pane or another (Dexie's `storagemutated` event), delivering every result. Dexie's liveQuery drops a result
// when a change lands while the read runs and reads again, so under a steady stream of writes (an initial sync
// storing page after page) it delivers nothing until the writes pause; here a read that raced a change is
// delivered, then followed by one more read.
import Dexie from 'dexie';
import type { Unsubscribe } from '../../ports/mirror-store.js';

type MutatedParts = Readonly<Record<string, unknown>>;

export function watchTables<T>(db: Dexie, tables: readonly string[], read: () => Promise<T>, listener: (value: T) => void, onError: (error: unknown) => void): Unsubscribe {
  const prefixes = tables.map((table) => `idb://${db.name}/${table}/`);
  let closed = false;
  let reading = false;
  let again = false;
  const run = (): void => {
    if (closed) return;
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    again = false;
    read()
      .then(
        (value) => !closed && listener(value),
        // A closed database means its owner is going away (sign-out, another account): nothing to report.
        (error: unknown) => !closed && !(error instanceof Error && error.name === 'DatabaseClosedError') && onError(error),
      )
      .finally(() => {
        reading = false;
        if (again) run();
      });
  };
  const onMutated = (parts: MutatedParts): void => {
    // The event arrives inside the committing transaction's zone: the read must start outside it.
    if (Object.keys(parts).some((key) => prefixes.some((prefix) => key.startsWith(prefix)))) Dexie.ignoreTransaction(run);
  };
  Dexie.on('storagemutated', onMutated);
  run();
  return () => {
    closed = true;
    Dexie.on('storagemutated').unsubscribe(onMutated);
  };
}
