// One sync run: push what is queued, pull what changed, and push again whatever the pull merged
// (so one run leaves nothing behind that it could have sent).
import type { SyncSummary } from '../ports/sync-events.js';
import { pullContacts } from './pull-contacts.js';
import type { PullDeps } from './pull-contacts.js';
import { pushOutbox } from './push-outbox.js';
import type { PushDeps, PushReport } from './push-outbox.js';

export type SyncDeps = PullDeps & PushDeps;

export async function syncOnce(deps: SyncDeps): Promise<SyncSummary> {
  const first = await pushOutbox(deps);
  const pulled = await pullContacts(deps);
  const pending = await deps.store.countPending();
  const second: PushReport = pending > 0 ? await pushOutbox(deps) : { created: 0, updated: 0, deleted: 0, conflicts: 0, failures: 0, deferred: 0 };
  return {
    folders: pulled.folders,
    contacts: pulled.upserts,
    created: first.created + second.created,
    updated: first.updated + second.updated,
    deleted: first.deleted + second.deleted,
    conflicts: first.conflicts + second.conflicts + pulled.conflicts,
    failures: first.failures + second.failures,
  };
}
