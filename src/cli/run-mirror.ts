// `contact-bridge mirror`: mirrors a mailbox into a store file, drains that store's outbox, and answers a
// summary (folders, contacts, created/updated/deleted, requests, seconds). The same engine as the pane.
import type { SyncSummary } from '../ports/sync-events.js';
import type { TokenProviderDependencies } from './choose-token-provider.js';
import { parseMirrorArgs } from './parse-mirror-args.js';
import { withSyncedMirror } from './synced-mirror.js';

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
  return withSyncedMirror(options, dependencies, async (mirror) => {
    const summary = await mirror.sync();
    return {
      folders: summary.folders,
      contacts: await mirror.file.store.countContacts({}),
      created: summary.created,
      updated: summary.updated,
      deleted: summary.deleted,
      conflicts: summary.conflicts,
      failures: summary.failures,
      pendingOutbox: await mirror.file.store.countPending(),
      requests: mirror.requests(),
      seconds: Math.round((Date.now() - started) / 10) / 100,
    };
  });
}
