import { describe, expect, it } from 'vitest';
import type { PhotoBytes } from '../../../src/core/contact/contact-photo-bytes.js';
import type { ClientId, GraphId } from '../../../src/core/contact/contact.js';
import { RemoteError } from '../../../src/core/errors.js';
import { localIdForClient, localIdForGraph } from '../../../src/core/sync/mirror-contact.js';
import { createContact } from '../../../src/engine/local-edits.js';
import { copyMovedPhotos, moveContact, moveContactWithPhoto } from '../../../src/engine/move-contact.js';
import { pullContacts } from '../../../src/engine/pull-contacts.js';
import { pushOutbox } from '../../../src/engine/push-outbox.js';
import { syncOnce } from '../../../src/engine/sync-once.js';
import type { MailboxRef } from '../../../src/ports/contacts-remote.js';
import type { ContactPhotos, ContactPhotoWriter } from '../../../src/ports/graph-directory.js';
import { aContact } from '../../fakes/contact-builders.js';
import { InMemoryPhotoCache } from '../../fakes/in-memory-photo-cache.js';
import { InMemoryPhotoQueue } from '../../fakes/in-memory-photo-queue.js';
import { aSyncWorld } from '../../fakes/sync-world.js';
import type { SyncWorld } from '../../fakes/sync-world.js';

const JPEG: PhotoBytes = { bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 7, 7]), mediaType: 'image/jpeg' };
const COPY_CLIENT = 'move-1' as ClientId;
const COPY = localIdForClient(COPY_CLIENT);

/** Graph's contact photos, by contact id; `failNext` makes the next calls fail before reaching them. */
class PhotoServer implements ContactPhotos, ContactPhotoWriter {
  readonly photos = new Map<GraphId, PhotoBytes>();
  #failures: Error[] = [];
  failNext(error: Error, times = 1): void {
    for (let i = 0; i < times; i += 1) this.#failures.push(error);
  }
  async contactPhoto(_mailbox: MailboxRef, _folderId: GraphId, contactId: GraphId): Promise<Blob | undefined> {
    this.#enter();
    const photo = this.photos.get(contactId);
    return photo === undefined ? undefined : new Blob([photo.bytes.slice()], { type: photo.mediaType });
  }
  async setContactPhoto(_mailbox: MailboxRef, contactId: GraphId, photo: PhotoBytes): Promise<void> {
    this.#enter();
    this.photos.set(contactId, photo);
  }
  #enter(): void {
    const failure = this.#failures.shift();
    if (failure !== undefined) throw failure;
  }
}

interface MoveWorld extends SyncWorld {
  readonly photos: PhotoServer;
  readonly target: GraphId;
  readonly original: GraphId;
}

async function aMoveWorld(): Promise<MoveWorld> {
  const world = aSyncWorld();
  const target = world.remote.addFolder('Clients');
  const original = world.remote.serverCreate(aContact({ displayName: 'Ada Lovelace', categories: ['Red category'], emailAddresses: [{ address: 'ada@example.com' }] })).id;
  const photos = new PhotoServer();
  photos.photos.set(original, JPEG);
  await pullContacts(world.deps);
  return { ...world, photos, target, original };
}

const move = (world: MoveWorld) => moveContact(world.store, { localId: localIdForGraph(world.original), folderId: world.target, clientId: COPY_CLIENT, now: world.clock.now() });
const serverIn = (world: MoveWorld, folderId: GraphId) => world.remote.contacts().filter((contact) => contact.folderId === folderId);
const photoDeps = (world: MoveWorld) => ({ store: world.store, photos: world.photos });

describe('moveContact', () => {
  it('shows the contact in the target folder at once and hides the original', async () => {
    const world = await aMoveWorld();
    expect(await move(world)).toBe(COPY);
    expect((await world.store.listContacts({ folderId: world.target })).map((row) => row.fields.displayName)).toEqual(['Ada Lovelace']);
    expect(await world.store.listContacts({ folderId: world.remote.defaultFolderId })).toEqual([]);
    expect(await world.store.getContact(COPY)).toMatchObject({ clientId: COPY_CLIENT, fields: { categories: ['Red category'] }, photoFrom: { graphId: world.original } });
    expect(await world.store.countPending()).toBe(2);
  });

  it('creates the copy, then copies the photo, and deletes the original only after both, step by step', async () => {
    const world = await aMoveWorld();
    await move(world);
    await pushOutbox(world.deps);
    // Created, but the original stays until the copy has its photo.
    expect(serverIn(world, world.target)).toHaveLength(1);
    expect(serverIn(world, world.remote.defaultFolderId)).toHaveLength(1);
    expect(await world.store.countPending()).toBe(1);
    expect(await copyMovedPhotos(photoDeps(world))).toEqual({ copied: 1, waiting: 0, failed: 0 });
    const copy = serverIn(world, world.target)[0]!;
    expect(world.photos.photos.get(copy.id)).toEqual(JPEG);
    await pushOutbox(world.deps);
    expect(serverIn(world, world.remote.defaultFolderId)).toEqual([]);
    expect(serverIn(world, world.target)).toEqual([expect.objectContaining({ clientId: COPY_CLIENT, fields: expect.objectContaining({ displayName: 'Ada Lovelace', categories: ['Red category'] }) })]);
    expect(await world.store.countPending()).toBe(0);
    expect(await world.store.getContact(localIdForGraph(world.original))).toBeUndefined();
  });

  it('resumes at the photo after a failure between create and delete, and never deletes the original early', async () => {
    const world = await aMoveWorld();
    await move(world);
    await pushOutbox(world.deps);
    world.photos.failNext(new RemoteError('Service unavailable', { status: 503 }));
    expect(await copyMovedPhotos(photoDeps(world))).toEqual({ copied: 0, waiting: 1, failed: 0 });
    await pushOutbox(world.deps);
    expect(serverIn(world, world.remote.defaultFolderId)).toHaveLength(1);
    world.photos.failNext(new RemoteError('Too many requests', { status: 429, retryAfterMs: 1000 }));
    expect(await copyMovedPhotos(photoDeps(world))).toMatchObject({ waiting: 1 });
    expect(await copyMovedPhotos(photoDeps(world))).toMatchObject({ copied: 1 });
    await pushOutbox(world.deps);
    expect(world.remote.contacts()).toEqual([expect.objectContaining({ folderId: world.target, clientId: COPY_CLIENT })]);
  });

  it('never duplicates the copy when the create answer is lost, and retries a delete that failed', async () => {
    const world = await aMoveWorld();
    await move(world);
    world.remote.loseNextWriteResponses();
    await expect(pushOutbox(world.deps)).rejects.toBeInstanceOf(RemoteError);
    await pushOutbox(world.deps);
    expect(serverIn(world, world.target)).toHaveLength(1);
    await copyMovedPhotos(photoDeps(world));
    world.remote.failNext('write', new RemoteError('Service unavailable', { status: 503 }));
    await expect(pushOutbox(world.deps)).rejects.toBeInstanceOf(RemoteError);
    expect(world.remote.contacts()).toHaveLength(2);
    await pushOutbox(world.deps);
    expect(world.remote.contacts()).toEqual([expect.objectContaining({ folderId: world.target })]);
    expect(await world.store.countPending()).toBe(0);
  });

  it('gives the original back where it was when Graph refuses the copy', async () => {
    const world = await aMoveWorld();
    await move(world);
    world.remote.rejectWrite = (write) => (write.kind === 'create' ? new RemoteError('The folder is full.', { status: 400 }) : undefined);
    await pushOutbox(world.deps);
    await pushOutbox(world.deps);
    expect(world.remote.contacts()).toEqual([expect.objectContaining({ id: world.original, folderId: world.remote.defaultFolderId })]);
    expect((await world.store.listContacts({ folderId: world.remote.defaultFolderId })).map((row) => row.fields.displayName)).toEqual(['Ada Lovelace']);
    expect(await world.store.listContacts({ folderId: world.target })).toEqual([]);
    expect(await world.store.countPending()).toBe(0);
  });

  it('finishes the move in one sync run, the photo kept for the copy in the pane cache', async () => {
    const world = await aMoveWorld();
    const cache = new InMemoryPhotoCache();
    await move(world);
    const summary = await syncOnce({ ...world.deps, movePhotos: { photos: world.photos, cache } });
    expect(summary).toMatchObject({ created: 1, deleted: 1, failures: 0 });
    const copy = world.remote.contacts()[0]!;
    expect(world.remote.contacts()).toHaveLength(1);
    expect(world.photos.photos.get(copy.id)).toEqual(JPEG);
    expect((await cache.cachedPhoto(COPY))?.photo).toEqual(JPEG);
    expect((await world.store.listContacts({ folderId: world.target })).map((row) => row.graphId)).toEqual([copy.id]);
  });

  it('sends the copy the photo the user gave the original that had not reached Graph yet', async () => {
    const world = await aMoveWorld();
    const queue = new InMemoryPhotoQueue();
    const given: PhotoBytes = { bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 9]), mediaType: 'image/jpeg' };
    await queue.queuePhotos([{ localId: localIdForGraph(world.original), bytes: given.bytes, at: world.clock.now() }]);
    await moveContactWithPhoto({ store: world.store, photoQueue: queue }, { localId: localIdForGraph(world.original), folderId: world.target, clientId: COPY_CLIENT, now: world.clock.now() });
    expect((await queue.pendingPhotos()).map((photo) => photo.localId)).toEqual([COPY]);
    const fit = async (bytes: Uint8Array) => ({ ok: true as const, photo: { bytes, mediaType: 'image/jpeg' } });
    const summary = await syncOnce({ ...world.deps, movePhotos: { photos: world.photos }, photoUploads: { queue, photos: world.photos, fit } });
    expect(summary).toMatchObject({ created: 1, deleted: 1, failures: 0 });
    const copy = world.remote.contacts()[0]!;
    expect(world.remote.contacts()).toHaveLength(1);
    expect([...(world.photos.photos.get(copy.id)?.bytes ?? [])]).toEqual([...given.bytes]);
    expect(await queue.countPendingPhotos()).toBe(0);
  });

  it('sends a contact not in Graph yet straight to the target folder, with one create', async () => {
    const world = await aMoveWorld();
    const localId = await createContact(world.store, { clientId: 'c-9' as ClientId, folderId: world.remote.defaultFolderId, fields: aContact({ displayName: 'Grace' }), now: 1 });
    expect(await moveContact(world.store, { localId, folderId: world.target, clientId: COPY_CLIENT, now: 2 })).toBe(localId);
    await pushOutbox(world.deps);
    expect(serverIn(world, world.target)).toEqual([expect.objectContaining({ clientId: 'c-9', fields: expect.objectContaining({ displayName: 'Grace' }) })]);
    expect(await world.store.countPending()).toBe(0);
  });

  it('moves a contact on again before the first move reached Graph: one contact in the last folder, with the photo', async () => {
    const world = await aMoveWorld();
    const archive = world.remote.addFolder('Archive');
    await move(world);
    await pushOutbox(world.deps);
    const again = await moveContact(world.store, { localId: COPY, folderId: archive, clientId: 'move-2' as ClientId, now: world.clock.now() });
    expect(again).toBe(localIdForClient('move-2' as ClientId));
    await syncOnce({ ...world.deps, movePhotos: { photos: world.photos } });
    await syncOnce({ ...world.deps, movePhotos: { photos: world.photos } });
    expect(world.remote.contacts()).toEqual([expect.objectContaining({ folderId: archive, clientId: 'move-2' })]);
    expect(world.photos.photos.get(world.remote.contacts()[0]!.id)).toEqual(JPEG);
    expect(await world.store.countPending()).toBe(0);
  });

  it('does nothing for a contact already in the target folder', async () => {
    const world = await aMoveWorld();
    expect(await moveContact(world.store, { localId: localIdForGraph(world.original), folderId: world.remote.defaultFolderId, clientId: COPY_CLIENT, now: 1 })).toBeUndefined();
    expect(await world.store.countPending()).toBe(0);
  });
});
