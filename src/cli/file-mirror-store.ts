// The headless command's store: the Dexie mirror on fake-indexeddb (IndexedDB in memory), loaded from and
// saved to one JSON file, so Node runs exactly the store code the pane runs.
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { DexieMirrorStore } from '../adapters/dexie/dexie-mirror-store.js';
import { DexiePhotoQueue } from '../adapters/dexie/dexie-photo-queue.js';
import { exportMirror, importMirror, isMirrorSnapshot } from '../adapters/dexie/mirror-snapshot.js';
import { UserError } from '../core/errors.js';

export interface FileMirrorStore {
  readonly store: DexieMirrorStore;
  /** Photos waiting for their contacts to reach Graph, kept in the same file. */
  readonly photos: DexiePhotoQueue;
  /** Writes the mirror to its file (atomically: a temporary file renamed over it). */
  save(): Promise<void>;
  close(): Promise<void>;
}

export async function openFileMirrorStore(file: string): Promise<FileMirrorStore> {
  const name = `cli-${randomUUID()}`;
  if (existsSync(file)) {
    let snapshot: unknown;
    try {
      snapshot = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new UserError(`The store file ${JSON.stringify(file)} could not be read.`, error instanceof Error ? error.message : String(error), 'Pass a store file written by contact-bridge, or a new file name.');
    }
    if (!isMirrorSnapshot(snapshot)) throw new UserError(`The store file ${JSON.stringify(file)} is not a Contact Bridge mirror.`, undefined, 'Pass a store file written by contact-bridge, or a new file name.');
    await importMirror(name, snapshot);
  }
  const store = new DexieMirrorStore(name);
  const photos = new DexiePhotoQueue(name);
  return {
    store,
    photos,
    async save() {
      const snapshot = await exportMirror(name);
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(snapshot));
      await rename(temporary, file);
    },
    async close() {
      await photos.close();
      await store.close();
    },
  };
}
