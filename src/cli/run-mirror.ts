// `contact-bridge mirror`: mirrors a mailbox into a store file, drains that store's outbox, and answers a
// summary (folders, contacts, created/updated/deleted, requests, seconds). The same engine as the pane.
import { GraphContactsRemote } from '../adapters/graph/graph-contacts-remote.js';
import { randomClientId } from '../adapters/browser/random-client-id.js';
import { systemClock } from '../adapters/browser/system-clock.js';
import { syncOnce } from '../engine/sync-once.js';
import type { SyncSummary } from '../ports/sync-events.js';
import { chooseTokenProvider } from './choose-token-provider.js';
import type { TokenProviderDependencies } from './choose-token-provider.js';
import { openFileMirrorStore } from './file-mirror-store.js';
import { parseMirrorArgs } from './parse-mirror-args.js';

export { MIRROR_USAGE, parseMirrorArgs } from './parse-mirror-args.js';

/** The engine's summary of the run, plus what the command adds: outbox left, requests sent, time taken. */
export interface MirrorSummary extends SyncSummary {
  readonly pendingOutbox: number;
  readonly requests: number;
  readonly seconds: number;
}

export interface RunMirrorDependencies extends TokenProviderDependencies {
  /** Where `CLIENT_ID` is read from (the process environment for the command). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export async function runMirror(args: readonly string[], dependencies: RunMirrorDependencies = {}): Promise<MirrorSummary> {
  const options = parseMirrorArgs(args, dependencies.env);
  const started = Date.now();
  let requests = 0;
  const tokens = chooseTokenProvider(options, dependencies);
  const countingFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    requests += 1;
    return fetch(input, init);
  };
  const remote = new GraphContactsRemote({ baseUrl: options.graph, tokens, clock: systemClock, fetch: countingFetch });
  const file = await openFileMirrorStore(options.store);
  try {
    const summary = await syncOnce({ remote, store: file.store, clock: systemClock, newClientId: randomClientId });
    await file.save();
    return {
      folders: summary.folders,
      contacts: await file.store.countContacts({}),
      created: summary.created,
      updated: summary.updated,
      deleted: summary.deleted,
      conflicts: summary.conflicts,
      failures: summary.failures,
      pendingOutbox: await file.store.countPending(),
      requests,
      seconds: Math.round((Date.now() - started) / 10) / 100,
    };
  } finally {
    await file.close();
  }
}
