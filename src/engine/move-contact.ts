// Moving a contact to another of the user's folders (Graph has no move for contacts; see core/sync/plan-move.ts):
// locally at once, in ONE store transaction, the original becomes a tombstone that names its copy and the copy is
// added in the target folder with the original's fields (categories included) and a new client id, each with its
// outbox entry. The push then creates the copy (idempotently, through its client id), copyMovedPhotos gives it the
// original's photo, and only then does the push delete the original. Every step is recorded in the store before
// the next one, so a crash, a 5xx or a 429 at any step resumes at that step on the next sync.
import type { PhotoBytes } from '../core/contact/contact-photo-bytes.js';
import type { ClientId, GraphId } from '../core/contact/contact.js';
import { InvariantError, RemoteError } from '../core/errors.js';
import { localIdForClient } from '../core/sync/mirror-contact.js';
import type { LocalId, MirrorContact } from '../core/sync/mirror-contact.js';
import { planMovedOriginal, restoredOriginal } from '../core/sync/plan-move.js';
import type { MovedOriginalStep } from '../core/sync/plan-move.js';
import type { PlannedPush } from '../core/sync/plan-outbox.js';
import type { ContactPhotos, ContactPhotoWriter } from '../ports/graph-directory.js';
import type { ContactReader } from '../ports/mirror-store.js';
import type { OutboxStore } from '../ports/outbox-store.js';
import type { PhotoCache } from '../ports/photo-cache.js';
import type { PhotoQueue } from '../ports/photo-queue.js';
import { keepGivenPhoto } from './contact-photo.js';

export interface MoveRequest {
  readonly localId: LocalId;
  readonly folderId: GraphId;
  /** The copy's client id: a fresh one, so that a retried create finds the copy, never the original. */
  readonly clientId: ClientId;
  /** Milliseconds since the epoch. */
  readonly now: number;
}

/**
 * Moves the contact locally and queues the move. Answers the contact's local id in its new folder (the copy's,
 * or its own when it is not in Graph yet and its queued create simply goes to the new folder); undefined when it
 * is gone or already in that folder.
 */
export async function moveContact(store: OutboxStore, request: MoveRequest): Promise<LocalId | undefined> {
  const copyId = localIdForClient(request.clientId);
  const at = request.now;
  let source: MirrorContact | undefined;
  let moved: LocalId | undefined;
  await store.enqueueMany([
    {
      localId: request.localId,
      change: (current) => {
        if (current === undefined || current.deleted === true || current.folderId === request.folderId) return undefined;
        if (current.graphId === undefined && current.createAttempted !== true) {
          moved = current.localId;
          // An update of no field: it coalesces into the queued create, which is sent to the row's folder.
          return { contact: { ...current, folderId: request.folderId, localChangedAt: at }, op: { kind: 'update', fields: [] }, at };
        }
        source = current;
        moved = copyId;
        return { contact: { ...current, deleted: true, movedTo: copyId, localChangedAt: at }, op: { kind: 'delete' }, at };
      },
    },
    {
      localId: copyId,
      change: (current) => {
        if (source === undefined) return undefined;
        // Thrown inside the transaction: nothing of the move is written.
        if (current !== undefined) throw new InvariantError(`The client id ${request.clientId} of a moved contact is taken.`);
        // A copy moved on before it had its photo takes it from the same original, which waits for this copy.
        const from = source.photoFrom ?? (source.graphId === undefined ? undefined : { graphId: source.graphId, folderId: source.folderId });
        const photoFrom = from === undefined ? {} : { photoFrom: from };
        const copy: MirrorContact = { localId: copyId, folderId: request.folderId, clientId: request.clientId, fields: source.fields, localChangedAt: at, ...photoFrom };
        return { contact: copy, op: { kind: 'create' }, at };
      },
    },
  ]);
  return moved;
}

/**
 * Moves the contact (see moveContact); a photo given to it that still waits for Graph goes with it to the copy,
 * so the copy is sent with the photo the user gave, not the one the original had in Graph.
 */
export async function moveContactWithPhoto(deps: { readonly store: OutboxStore; readonly photoQueue: Pick<PhotoQueue, 'handOverPhoto'> }, request: MoveRequest): Promise<LocalId | undefined> {
  const moved = await moveContact(deps.store, request);
  if (moved !== undefined && moved !== request.localId) await deps.photoQueue.handOverPhoto(request.localId, moved);
  return moved;
}

/**
 * The push's step for the original of a move (see planMovedOriginal). A copy Graph refused (its row is gone)
 * gives the original back at once, where it was, with its entries settled: the move ends with the one original.
 */
export async function stepOfMovedOriginal(store: ContactReader & OutboxStore, push: PlannedPush, original: MirrorContact): Promise<MovedOriginalStep> {
  if (original.movedTo === undefined) return 'send-delete';
  const step = planMovedOriginal(await lastCopyOf(store, original.movedTo));
  if (step === 'restore') await store.settle(push.localId, push.seqs, (current) => current && restoredOriginal(current));
  return step;
}

/** A copy moved on before it was in Graph leaves a chain of copies: the original waits for the last one. */
const MAX_MOVE_CHAIN = 16;

async function lastCopyOf(store: ContactReader, copyId: LocalId): Promise<MirrorContact | undefined> {
  let copy = await store.getContact(copyId);
  for (let hops = 0; copy?.deleted === true && copy.movedTo !== undefined && hops < MAX_MOVE_CHAIN; hops += 1) copy = await store.getContact(copy.movedTo);
  return copy;
}

export interface MovePhotoDeps {
  readonly store: Pick<ContactReader, 'getContacts'> & Pick<OutboxStore, 'pending' | 'settle'>;
  readonly photos: ContactPhotos & ContactPhotoWriter;
  /** Where the pane keeps photos: the copy's is kept at once, so it shows without reading Graph again. */
  readonly cache?: PhotoCache;
}

export interface MovePhotoReport {
  /** Copies that have their photo now (or learnt the original had none). */
  readonly copied: number;
  /** Copies left to try again on the next sync (Graph refused for the moment). */
  readonly waiting: number;
  /** Copies moved without their photo: Graph refused it for good, or the original was gone. */
  readonly failed: number;
}

/** Gives every copy in Graph whose move is under way the photo of its original (Graph copies none on create). */
export async function copyMovedPhotos(deps: MovePhotoDeps): Promise<MovePhotoReport> {
  const report = { copied: 0, waiting: 0, failed: 0 };
  const deletes = [...new Set((await deps.store.pending()).filter((entry) => entry.op.kind === 'delete').map((entry) => entry.localId))];
  if (deletes.length === 0) return report;
  const originals = await deps.store.getContacts(deletes);
  const copyIds = [...originals.values()].flatMap((row) => (row.movedTo === undefined ? [] : [row.movedTo]));
  const copies = copyIds.length === 0 ? new Map<LocalId, MirrorContact>() : await deps.store.getContacts(copyIds);
  for (const copy of copies.values()) {
    if (copy.photoFrom === undefined || copy.graphId === undefined) continue;
    const outcome = await copyPhoto(deps, copy, copy.photoFrom, copy.graphId);
    report[outcome] += 1;
    if (outcome === 'waiting') continue;
    // Recorded before the original's delete may go: the photo step is done, whatever its outcome.
    await deps.store.settle(copy.localId, [], (current) => current && withoutPhotoFrom(current));
  }
  return report;
}

async function copyPhoto(deps: MovePhotoDeps, copy: MirrorContact, from: NonNullable<MirrorContact['photoFrom']>, to: GraphId): Promise<'copied' | 'waiting' | 'failed'> {
  const me = { kind: 'me' } as const;
  try {
    const blob = await deps.photos.contactPhoto(me, from.folderId, from.graphId);
    if (blob === undefined) return 'copied';
    const photo: PhotoBytes = { bytes: new Uint8Array(await blob.arrayBuffer()), mediaType: blob.type || 'image/jpeg' };
    await deps.photos.setContactPhoto(me, to, photo);
    if (deps.cache !== undefined) await keepGivenPhoto(deps.cache, copy, photo);
    return 'copied';
  } catch (error) {
    if (!(error instanceof RemoteError)) throw error;
    return error.retryable ? 'waiting' : 'failed';
  }
}

function withoutPhotoFrom(row: MirrorContact): MirrorContact {
  const { photoFrom: _done, ...rest } = row;
  return rest;
}
