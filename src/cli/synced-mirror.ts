// The store file and the mailbox of a headless command, connected: Graph through the token the options choose
// (requests counted), the Dexie mirror kept in the store file, and one sync run (the engine's syncOnce, the
// pane's sync) that saves the file after it.
import { randomClientId } from '../adapters/browser/random-client-id.js';
import { systemClock } from '../adapters/browser/system-clock.js';
import { GraphContactsRemote } from '../adapters/graph/graph-contacts-remote.js';
import { connectToGraph } from '../adapters/graph/graph-connection.js';
import { GraphDirectory } from '../adapters/graph/graph-directory.js';
import { photoAsIs } from '../core/contact/contact-photo-bytes.js';
import { syncOnce } from '../engine/sync-once.js';
import type { SyncOptions } from '../engine/sync-once.js';
import type { SyncSummary } from '../ports/sync-events.js';
import { chooseTokenProvider } from './choose-token-provider.js';
import type { TokenProviderDependencies } from './choose-token-provider.js';
import { openFileMirrorStore } from './file-mirror-store.js';
import type { FileMirrorStore } from './file-mirror-store.js';
import type { MirrorOptions } from './parse-mirror-args.js';

export interface SyncedMirror {
  readonly file: FileMirrorStore;
  /** Pushes the outbox, pulls what changed and pushes what the pull merged (only pulls with `pullOnly`); then saves the store file. */
  sync(options?: SyncOptions): Promise<SyncSummary>;
  /** How many HTTP requests went to Graph so far. */
  requests(): number;
}

/** Opens the store file, runs `work` with the connection, and closes the store whatever happens. */
export async function withSyncedMirror<T>(options: MirrorOptions, dependencies: TokenProviderDependencies, work: (mirror: SyncedMirror) => Promise<T>): Promise<T> {
  let requests = 0;
  const tokens = chooseTokenProvider(options, dependencies);
  const countingFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    requests += 1;
    return fetch(input, init);
  };
  const connection = connectToGraph({ baseUrl: options.graph, tokens, clock: systemClock, fetch: countingFetch });
  const remote = new GraphContactsRemote({ connection, tokens, clock: systemClock });
  const file = await openFileMirrorStore(options.store);
  // No image decoder here: a photo is sent as it is when Graph takes it so, else left out.
  const photoUploads = { queue: file.photos, photos: new GraphDirectory(connection), fit: async (bytes: Uint8Array) => photoAsIs(bytes) };
  const mirror: SyncedMirror = {
    file,
    async sync(syncOptions) {
      const summary = await syncOnce({ remote, store: file.store, clock: systemClock, newClientId: randomClientId, photoUploads }, syncOptions);
      await file.save();
      return summary;
    },
    requests: () => requests,
  };
  try {
    return await work(mirror);
  } finally {
    await file.close();
  }
}
