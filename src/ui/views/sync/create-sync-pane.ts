// Builds the SyncPane the Sync and Settings views use from the account's mirror parts (the composition root
// calls it): sync on demand, shared sources with incremental consent, and removing the local data.
import { scopesForFeature } from '../../../core/auth/graph-scopes.js';
import { AuthError, NotFoundError, RemoteError, ValidationError } from '../../../core/errors.js';
import { addSharedSource, isMailboxAddress, listSharedSources, removeSharedSource } from '../../../engine/shared-sources.js';
import type { ContactsRemote } from '../../../ports/contacts-remote.js';
import type { ContactReader, MirrorStore, PullTarget } from '../../../ports/mirror-store.js';
import type { OutboxStore } from '../../../ports/outbox-store.js';
import type { SyncEvents } from '../../../ports/sync-events.js';
import type { TokenProvider } from '../../../ports/token-provider.js';
import type { SyncPane } from '../../hooks/use-sync-pane.js';
import { format, strings } from '../../strings/strings.js';
import { reduceSyncActivity } from './sync-status-model.js';
import type { SyncActivityState } from './sync-status-model.js';

const s = strings.settings;

export interface SyncPaneDeps {
  readonly key: string;
  readonly store: MirrorStore & OutboxStore;
  readonly events: SyncEvents;
  readonly remote: Pick<ContactsRemote, 'listFolders'>;
  /** A sync on demand (the scheduler's `requestSync('demand')`). */
  readonly requestSync: () => Promise<unknown>;
  readonly now: () => number;
  readonly tokens: TokenProvider;
  /** Asks for the permissions the last refused token request named (a window may open); never throws. */
  readonly grantConsent: () => Promise<void>;
  /** Signs out and deletes the account's local data. */
  readonly removeLocalData: () => Promise<void>;
}

/** A token for the feature's scopes: silently, else once through the consent window. */
async function ensureScopes(deps: SyncPaneDeps, scopes: readonly string[]): Promise<void> {
  try {
    await deps.tokens.getAccessToken({ scopes });
    return;
  } catch (error) {
    if (!(error instanceof AuthError) || (error.reason !== 'consent-required' && error.reason !== 'interaction-required')) throw error;
  }
  await deps.grantConsent();
  await deps.tokens.getAccessToken({ scopes });
}

/** A failure of adding a source, as a sentence fit to show (the address is quoted and truncated). */
export function addSourceFailureText(error: unknown, address: string): string {
  const quoted = `“${address.trim().slice(0, 80)}”`;
  if (error instanceof ValidationError) return format(s.sourceInvalid, { address: quoted });
  if (error instanceof AuthError) return s.sourceNoPermission;
  if (error instanceof NotFoundError || (error instanceof RemoteError && (error.status === 403 || error.status === 404))) return format(s.sourceNotShared, { address: quoted });
  return format(s.sourceFailed, { message: error instanceof Error ? error.message : String(error) });
}

/** The live contacts the mirror holds once some folder has completed a round; undefined before, or when none. */
export async function contactsAfterLastSync(store: Pick<ContactReader, 'listFolders' | 'countContacts'> & Pick<PullTarget, 'getSyncState'>): Promise<number | undefined> {
  const folders = await store.listFolders();
  const states = await Promise.all(folders.map((folder) => store.getSyncState(folder.id)));
  if (!states.some((state) => state?.lastSyncedAt !== undefined)) return undefined;
  const count = await store.countContacts({});
  return count > 0 ? count : undefined;
}

/** Call before the scheduler starts, so the pane knows of a sync already running when a view opens. */
export function createSyncPane(deps: SyncPaneDeps): SyncPane {
  let activity: SyncActivityState = { kind: 'idle' };
  let previousCount: number | undefined;
  // A failed read leaves the figure out: progress then reads "N contacts so far".
  const countContacts = () =>
    void contactsAfterLastSync(deps.store).then(
      (count) => (previousCount = count),
      () => (previousCount = undefined),
    );
  deps.events.subscribe((event) => {
    activity = reduceSyncActivity(activity, event);
    if (event.kind === 'sync-finished') countContacts();
  });
  countContacts();
  const syncNow = async (): Promise<void> => {
    await deps.requestSync().catch(() => undefined);
  };
  return {
    key: deps.key,
    store: deps.store,
    events: deps.events,
    activity: () => activity,
    previousContactCount: () => previousCount,
    syncNow,
    listSharedSources: () => listSharedSources(deps.store),
    async addSharedSource(address) {
      if (!isMailboxAddress(address.trim().toLowerCase())) throw new Error(addSourceFailureText(new ValidationError('address', address, 'address'), address));
      try {
        await ensureScopes(deps, scopesForFeature('shared-contacts'));
        await addSharedSource({ store: deps.store, remote: deps.remote, now: deps.now() }, address);
      } catch (error) {
        throw new Error(addSourceFailureText(error, address), { cause: error });
      }
      void syncNow();
    },
    async removeSharedSource(userId) {
      await removeSharedSource(deps.store, userId);
    },
    removeLocalData: () => deps.removeLocalData(),
  };
}
