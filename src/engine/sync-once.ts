// One sync run: list the writable mailboxes' folders, push what is queued, pull what changed, and push again
// whatever the pull merged (so one run leaves nothing behind that it could have sent). Folders come first so
// that the contacts of a folder deleted on the server are re-filed before the push sends their changes. Photos
// waiting for their contacts go last, once the pushes have created them.
import type { MirrorFolder } from '../core/sync/plan-folders.js';
import type { SyncSummary } from '../ports/sync-events.js';
import { ME, mailboxKeyOf, pullContacts, syncFolders } from './pull-contacts.js';
import type { PullDeps } from './pull-contacts.js';
import { pushOutbox } from './push-outbox.js';
import type { PushDeps, PushReport } from './push-outbox.js';
import { uploadPhotos } from './upload-photos.js';
import type { UploadPhotosDeps } from './upload-photos.js';

export type SyncDeps = PullDeps & PushDeps & { readonly photoUploads?: Omit<UploadPhotosDeps, 'store'> };

export interface SyncOptions {
  /** Brings the mirror up to date and sends nothing: what is queued stays queued (a dry run). */
  readonly pullOnly?: boolean;
}

const NOTHING_PUSHED: PushReport = { created: 0, updated: 0, deleted: 0, conflicts: 0, failures: 0, deferred: 0 };

export async function syncOnce(deps: SyncDeps, options: SyncOptions = {}): Promise<SyncSummary> {
  const send = options.pullOnly !== true;
  const listed = new Map<string, readonly MirrorFolder[]>();
  const folderLog = { conflicts: 0 };
  for (const source of (deps.sources ?? [ME]).filter((candidate) => !candidate.readOnly)) listed.set(mailboxKeyOf(source.mailbox), await syncFolders(deps, source, folderLog));
  const first = send ? await pushOutbox(deps) : NOTHING_PUSHED;
  const pulled = await pullContacts(deps, listed);
  const second = send && (await deps.store.countPending()) > 0 ? await pushOutbox(deps) : NOTHING_PUSHED;
  const photos = send && deps.photoUploads !== undefined ? await uploadPhotos({ ...deps.photoUploads, store: deps.store }) : undefined;
  return {
    folders: pulled.folders,
    contacts: pulled.upserts,
    created: first.created + second.created,
    updated: first.updated + second.updated,
    deleted: first.deleted + second.deleted,
    conflicts: folderLog.conflicts + first.conflicts + second.conflicts + pulled.conflicts,
    failures: first.failures + second.failures + (photos?.dropped.length ?? 0),
  };
}
