import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../../src/core/contact/contact.js';
import { RemoteError } from '../../../src/core/errors.js';
import type { MirrorFolder } from '../../../src/core/sync/plan-folders.js';
import { contactPhoto, giveContactPhoto, keepGivenPhoto } from '../../../src/engine/contact-photo.js';
import type { MailboxRef } from '../../../src/ports/contacts-remote.js';
import type { ContactPhotos } from '../../../src/ports/graph-directory.js';
import { aLocalRow, aSyncedRow, FOLDER } from '../../fakes/contact-builders.js';
import { InMemoryPhotoCache } from '../../fakes/in-memory-photo-cache.js';
import { InMemoryPhotoQueue } from '../../fakes/in-memory-photo-queue.js';

const FOLDERS: readonly MirrorFolder[] = [{ id: FOLDER, displayName: 'Contacts', isDefault: true, mailbox: 'me', readOnly: false }];
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1]);

/** Graph's photo reads, counted: a photo per contact id, 404 (undefined) for the others, or a failure. */
class CountingPhotos implements ContactPhotos {
  readonly asked: GraphId[] = [];
  constructor(readonly photos: ReadonlyMap<string, Uint8Array>, readonly failure?: Error) {}
  async contactPhoto(_mailbox: MailboxRef, _folderId: GraphId, contactId: GraphId): Promise<Blob | undefined> {
    this.asked.push(contactId);
    if (this.failure !== undefined) throw this.failure;
    const bytes = this.photos.get(contactId);
    return bytes === undefined ? undefined : new Blob([bytes.slice()], { type: 'image/png' });
  }
}

describe('contactPhoto', () => {
  it('reads a photo from Graph once and then from the cache', async () => {
    const photos = new CountingPhotos(new Map([['g-1', PNG]]));
    const deps = { photos, cache: new InMemoryPhotoCache() };
    const contact = aSyncedRow('g-1', { displayName: 'Ada' });
    const first = await contactPhoto(deps, FOLDERS, contact);
    const second = await contactPhoto(deps, FOLDERS, contact);
    expect(first?.mediaType).toBe('image/png');
    expect([...(second?.bytes ?? [])]).toEqual([...PNG]);
    expect(photos.asked).toEqual(['g-1']);
  });

  it('remembers that a contact has no photo: one 404, however often it is shown', async () => {
    const photos = new CountingPhotos(new Map());
    const deps = { photos, cache: new InMemoryPhotoCache() };
    const contact = aSyncedRow('g-2', { displayName: 'Grace' });
    for (let i = 0; i < 3; i += 1) expect(await contactPhoto(deps, FOLDERS, contact)).toBeUndefined();
    expect(photos.asked).toEqual(['g-2']);
  });

  it('asks again once the contact changed (a new changeKey)', async () => {
    const photos = new CountingPhotos(new Map());
    const deps = { photos, cache: new InMemoryPhotoCache() };
    await contactPhoto(deps, FOLDERS, aSyncedRow('g-3', { displayName: 'Alan' }, 'ck-1'));
    await contactPhoto(deps, FOLDERS, aSyncedRow('g-3', { displayName: 'Alan' }, 'ck-2'));
    expect(photos.asked).toEqual(['g-3', 'g-3']);
  });

  it('shows the original photo on the copy of a contact whose move is under way', async () => {
    const photos = new CountingPhotos(new Map([['g-orig', PNG]]));
    const deps = { photos, cache: new InMemoryPhotoCache() };
    const copy = aSyncedRow('g-copy', { displayName: 'Ada' }, 'ck-1', { photoFrom: { graphId: 'g-orig' as GraphId, folderId: FOLDER } });
    expect(await contactPhoto(deps, FOLDERS, copy)).toMatchObject({ mediaType: 'image/png' });
    const notCreated = aLocalRow('c-copy', { displayName: 'Ada' }, { photoFrom: { graphId: 'g-orig' as GraphId, folderId: FOLDER } });
    expect(await contactPhoto(deps, FOLDERS, notCreated)).toMatchObject({ mediaType: 'image/png' });
    expect(photos.asked).toEqual(['g-orig', 'g-orig']);
  });

  it('keeps nothing after a failed read, so the next view asks again', async () => {
    const photos = new CountingPhotos(new Map(), new RemoteError('throttled', { status: 429 }));
    const deps = { photos, cache: new InMemoryPhotoCache() };
    const contact = aSyncedRow('g-4', { displayName: 'Edsger' });
    await expect(contactPhoto(deps, FOLDERS, contact)).rejects.toThrow(RemoteError);
    expect(await deps.cache.cachedPhoto(contact.localId)).toBeUndefined();
  });

  it('never asks Graph for a contact not created there, but shows a photo the user gave it', async () => {
    const photos = new CountingPhotos(new Map());
    const deps = { photos, cache: new InMemoryPhotoCache() };
    const contact = aLocalRow('c-1', { displayName: 'Barbara' });
    expect(await contactPhoto(deps, FOLDERS, contact)).toBeUndefined();
    await keepGivenPhoto(deps.cache, contact, { bytes: PNG, mediaType: 'image/png' });
    expect((await contactPhoto(deps, FOLDERS, contact))?.mediaType).toBe('image/png');
    expect(photos.asked).toEqual([]);
  });
});

describe('giveContactPhoto', () => {
  const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9]);
  const asJpeg = async (bytes: Uint8Array) => (bytes[0] === 0x89 ? { ok: true as const, photo: { bytes: JPEG, mediaType: 'image/jpeg' } } : { ok: false as const, reason: 'not an image' });

  it('queues the fitted photo for Graph and shows it at once, replacing the photo read before', async () => {
    const photos = new CountingPhotos(new Map([['g-5', PNG]]));
    const deps = { photos, cache: new InMemoryPhotoCache() };
    const queue = new InMemoryPhotoQueue();
    const contact = aSyncedRow('g-5', { displayName: 'Hedy' });
    await contactPhoto(deps, FOLDERS, contact);
    const fit = await giveContactPhoto({ queue, cache: deps.cache, now: () => 42, fit: asJpeg }, contact, PNG);
    expect(fit).toMatchObject({ ok: true, photo: { mediaType: 'image/jpeg' } });
    expect(await queue.pendingPhotos()).toEqual([{ localId: contact.localId, bytes: JPEG, at: 42 }]);
    expect(await contactPhoto(deps, FOLDERS, contact)).toEqual({ bytes: JPEG, mediaType: 'image/jpeg' });
    expect(photos.asked).toEqual(['g-5']);
  });

  it('keeps nothing for a file that cannot be a photo, and says why', async () => {
    const cache = new InMemoryPhotoCache();
    const queue = new InMemoryPhotoQueue();
    const contact = aSyncedRow('g-6', { displayName: 'Ida' });
    expect(await giveContactPhoto({ queue, cache, now: () => 1, fit: asJpeg }, contact, new Uint8Array([1, 2]))).toEqual({ ok: false, reason: 'not an image' });
    expect(await queue.countPendingPhotos()).toBe(0);
    expect(await cache.cachedPhoto(contact.localId)).toBeUndefined();
  });
});
