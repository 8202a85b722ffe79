import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../../src/core/contact/contact.js';
import { photoAsIs } from '../../../src/core/contact/contact-photo-bytes.js';
import type { PhotoBytes } from '../../../src/core/contact/contact-photo-bytes.js';
import { NotFoundError, RemoteError } from '../../../src/core/errors.js';
import type { LocalId, MirrorContact } from '../../../src/core/sync/mirror-contact.js';
import { uploadPhotos } from '../../../src/engine/upload-photos.js';
import type { MailboxRef } from '../../../src/ports/contacts-remote.js';
import type { ContactPhotoWriter } from '../../../src/ports/graph-directory.js';
import { aLocalRow, aSyncedRow, FOLDER } from '../../fakes/contact-builders.js';
import { InMemoryMirrorStore } from '../../fakes/in-memory-mirror-store.js';
import { InMemoryPhotoQueue } from '../../fakes/in-memory-photo-queue.js';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
const NOT_AN_IMAGE = new Uint8Array([1, 2, 3]);

class RecordingPhotos implements ContactPhotoWriter {
  readonly sent: { mailbox: MailboxRef; contactId: GraphId; photo: PhotoBytes }[] = [];
  constructor(readonly answer: (contactId: GraphId) => Error | undefined = () => undefined) {}
  async setContactPhoto(mailbox: MailboxRef, contactId: GraphId, photo: PhotoBytes): Promise<void> {
    const failure = this.answer(contactId);
    if (failure !== undefined) throw failure;
    this.sent.push({ mailbox, contactId, photo });
  }
}

async function aMirror(rows: readonly MirrorContact[]): Promise<InMemoryMirrorStore> {
  const store = new InMemoryMirrorStore();
  await store.applyFolderPlan({ upserts: [{ id: FOLDER, displayName: 'Contacts', isDefault: true, mailbox: 'me', readOnly: false }], removed: [] });
  await store.applyPullPage(FOLDER, { localIds: [], graphIds: [], plan: () => rows.map((contact) => ({ kind: 'upsert' as const, contact })) }, { folderId: FOLDER });
  return store;
}

const synced = aSyncedRow('g-1', { displayName: 'Ada' });
const notYetCreated = aLocalRow('c-1', { displayName: 'Grace' });
const fit = async (bytes: Uint8Array) => photoAsIs(bytes);

describe('uploadPhotos', () => {
  it('sets the photo of a contact that is in Graph and leaves the one whose contact is not created yet waiting', async () => {
    const store = await aMirror([synced, notYetCreated]);
    const queue = new InMemoryPhotoQueue();
    await queue.queuePhotos([
      { localId: synced.localId, bytes: JPEG, at: 1 },
      { localId: notYetCreated.localId, bytes: JPEG, at: 2 },
    ]);
    const photos = new RecordingPhotos();
    const report = await uploadPhotos({ queue, store, photos, fit });
    expect(report).toEqual({ uploaded: 1, dropped: [], waiting: 1 });
    expect(photos.sent).toEqual([{ mailbox: { kind: 'me' }, contactId: 'g-1', photo: { bytes: JPEG, mediaType: 'image/jpeg' } }]);
    expect((await queue.pendingPhotos()).map((photo) => photo.localId)).toEqual([notYetCreated.localId]);
  });

  it('drops a photo that cannot be fitted, or whose contact is gone from the mirror or from Graph, each with why', async () => {
    const gone = aSyncedRow('g-2', { displayName: 'Gone' });
    const store = await aMirror([synced, gone]);
    const queue = new InMemoryPhotoQueue();
    await queue.queuePhotos([
      { localId: synced.localId, bytes: NOT_AN_IMAGE, at: 1 },
      { localId: gone.localId, bytes: JPEG, at: 2 },
      { localId: 'c:never' as LocalId, bytes: JPEG, at: 3 },
    ]);
    const photos = new RecordingPhotos(() => new NotFoundError('gone', { status: 404 }));
    const report = await uploadPhotos({ queue, store, photos, fit });
    expect(report.uploaded).toBe(0);
    expect(report.dropped).toEqual([
      { localId: synced.localId, reason: 'the photo is not a JPEG, PNG or GIF image' },
      { localId: gone.localId, reason: 'the contact is not in Outlook any more' },
      { localId: 'c:never', reason: 'the contact was deleted before its photo was sent' },
    ]);
    expect(await queue.countPendingPhotos()).toBe(0);
  });

  it('keeps a photo Graph refused for the moment, and drops one it refused for good', async () => {
    const other = aSyncedRow('g-2', { displayName: 'Grace' });
    const store = await aMirror([synced, other]);
    const queue = new InMemoryPhotoQueue();
    await queue.queuePhotos([
      { localId: synced.localId, bytes: JPEG, at: 1 },
      { localId: other.localId, bytes: JPEG, at: 2 },
    ]);
    const photos = new RecordingPhotos((id) => (id === 'g-1' ? new RemoteError('throttled', { status: 429, retryAfterMs: 1000 }) : new RemoteError('bad image', { status: 400 })));
    const report = await uploadPhotos({ queue, store, photos, fit });
    expect(report).toEqual({ uploaded: 0, dropped: [{ localId: other.localId, reason: 'Outlook refused the photo: bad image' }], waiting: 1 });
    expect((await queue.pendingPhotos()).map((photo) => photo.localId)).toEqual([synced.localId]);
  });

  it('does not remove a newer photo given while an older one was being sent', async () => {
    const store = await aMirror([synced]);
    const queue = new InMemoryPhotoQueue();
    await queue.queuePhotos([{ localId: synced.localId, bytes: JPEG, at: 1 }]);
    const photos = new RecordingPhotos(() => {
      void queue.queuePhotos([{ localId: synced.localId, bytes: JPEG, at: 5 }]);
      return undefined;
    });
    await uploadPhotos({ queue, store, photos, fit });
    expect((await queue.pendingPhotos()).map((photo) => photo.at)).toEqual([5]);
  });
});
