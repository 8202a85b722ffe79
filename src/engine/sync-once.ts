// One sync run: the first requests of the pull (each mailbox's folder delta and every folder's first contacts
// delta page, one round trip when nothing changed), then push what is queued, pull the rest, and push again
// whatever the pull merged (so one run leaves nothing behind that it could have sent). Folders are brought up to
// date before the push, so that the contacts of a folder deleted on the server are re-filed before the push
// sends their changes. Moved contacts get their photo between the pushes (the first creates the copy, the second
// deletes the original). Photos waiting for their contacts go last, once the pushes have created them.
import type { SyncSummary } from '../ports/sync-events.js';
import { continuePull, emptyPullReport, startPull } from './pull-contacts.js';
import type { PullDeps } from './pull-contacts.js';
import { pushOutbox } from './push-outbox.js';
import type { PushDeps, PushReport } from './push-outbox.js';
import { uploadPhotos } from './upload-photos.js';
import { copyMovedPhotos } from './move-contact.js';
import type { MovePhotoDeps } from './move-contact.js';
import type { UploadPhotosDeps } from './upload-photos.js';

export type SyncDeps = PullDeps &
  PushDeps & {
    readonly photoUploads?: Omit<UploadPhotosDeps, 'store'>;
    /** Gives moved contacts their photo between the push that creates the copy and the one that deletes the original. */
    readonly movePhotos?: Omit<MovePhotoDeps, 'store'>;
  };

export interface SyncOptions {
  /** Brings the mirror up to date and sends nothing: what is queued stays queued (a dry run). */
  readonly pullOnly?: boolean;
}

const NOTHING_PUSHED: PushReport = { created: 0, updated: 0, deleted: 0, conflicts: 0, failures: 0, deferred: 0 };

export async function syncOnce(deps: SyncDeps, options: SyncOptions = {}): Promise<SyncSummary> {
  const send = options.pullOnly !== true;
  const report = emptyPullReport();
  const started = await startPull(deps, report);
  const first = send ? await pushOutbox(deps) : NOTHING_PUSHED;
  const pulled = await continuePull(deps, started, report);
  const moved = send && deps.movePhotos !== undefined ? await copyMovedPhotos({ ...deps.movePhotos, store: deps.store }) : undefined;
  const second = send && (await deps.store.countPending()) > 0 ? await pushOutbox(deps) : NOTHING_PUSHED;
  const photos = send && deps.photoUploads !== undefined ? await uploadPhotos({ ...deps.photoUploads, store: deps.store }) : undefined;
  return {
    folders: pulled.folders,
    contacts: pulled.upserts,
    created: first.created + second.created,
    updated: first.updated + second.updated,
    deleted: first.deleted + second.deleted,
    conflicts: first.conflicts + second.conflicts + pulled.conflicts,
    failures: first.failures + second.failures + (photos?.dropped.length ?? 0) + (moved?.failed ?? 0),
  };
}
