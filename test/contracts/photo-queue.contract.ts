// The PhotoQueue contract: the in-memory fake and Dexie on fake-indexeddb run this suite, so engine tests can
// use the fake and trust the real store.
import { describe, expect, it } from 'vitest';
import type { LocalId } from '../../src/core/sync/mirror-contact.js';
import type { PendingPhoto, PhotoQueue } from '../../src/ports/photo-queue.js';

export type PhotoQueueSetup = () => Promise<{ subject: PhotoQueue; teardown: () => Promise<void> }>;

const photo = (localId: string, at: number, ...bytes: number[]): PendingPhoto => ({ localId: localId as LocalId, at, bytes: new Uint8Array(bytes) });

async function withQueue(setup: PhotoQueueSetup, test: (queue: PhotoQueue) => Promise<void>): Promise<void> {
  const { subject, teardown } = await setup();
  try {
    await test(subject);
  } finally {
    await teardown();
  }
}

export function runPhotoQueueContract(name: string, setup: PhotoQueueSetup): void {
  describe(`PhotoQueue contract: ${name}`, () => {
    it('holds nothing at first', () =>
      withQueue(setup, async (queue) => {
        expect(await queue.pendingPhotos()).toEqual([]);
        expect(await queue.countPendingPhotos()).toBe(0);
      }));

    it('gives the photos back byte for byte, oldest first, at most the limit', () =>
      withQueue(setup, async (queue) => {
        await queue.queuePhotos([photo('c', 30, 3), photo('a', 10, 0xff, 0xd8, 0xff, 0), photo('b', 20, 2)]);
        const all = await queue.pendingPhotos();
        expect(all.map((each) => each.localId)).toEqual(['a', 'b', 'c']);
        expect([...(all[0]?.bytes ?? [])]).toEqual([0xff, 0xd8, 0xff, 0]);
        expect(all[0]?.bytes).toBeInstanceOf(Uint8Array);
        expect((await queue.pendingPhotos(2)).map((each) => each.localId)).toEqual(['a', 'b']);
        expect(await queue.countPendingPhotos()).toBe(3);
      }));

    it('keeps one photo per contact: a later one replaces it', () =>
      withQueue(setup, async (queue) => {
        await queue.queuePhotos([photo('a', 10, 1)]);
        await queue.queuePhotos([photo('a', 40, 2)]);
        const all = await queue.pendingPhotos();
        expect(all).toHaveLength(1);
        expect([...(all[0]?.bytes ?? [])]).toEqual([2]);
      }));

    it('removes a photo only while it is the one given at that time', () =>
      withQueue(setup, async (queue) => {
        await queue.queuePhotos([photo('a', 10, 1), photo('b', 20, 2)]);
        await queue.queuePhotos([photo('a', 50, 9)]);
        await queue.removePhoto('a' as LocalId, 10);
        await queue.removePhoto('b' as LocalId, 20);
        await queue.removePhoto('z' as LocalId, 1);
        const all = await queue.pendingPhotos();
        expect(all.map((each) => [each.localId, each.at])).toEqual([['a', 50]]);
      }));

    it('hands a photo over to another contact, keeping a newer one that contact has', () =>
      withQueue(setup, async (queue) => {
        await queue.queuePhotos([photo('a', 10, 1), photo('b', 20, 2), photo('c', 30, 3)]);
        await queue.handOverPhoto('a' as LocalId, 'moved-a' as LocalId);
        await queue.handOverPhoto('b' as LocalId, 'c' as LocalId);
        await queue.handOverPhoto('z' as LocalId, 'moved-z' as LocalId);
        const all = await queue.pendingPhotos();
        expect(all.map((each) => [each.localId, each.at, [...each.bytes]])).toEqual([['moved-a', 10, [1]], ['c', 30, [3]]]);
      }));

    it('does not share the bytes it keeps with the caller', () =>
      withQueue(setup, async (queue) => {
        const given = photo('a', 10, 1, 2);
        await queue.queuePhotos([given]);
        given.bytes[0] = 7;
        expect([...((await queue.pendingPhotos())[0]?.bytes ?? [])]).toEqual([1, 2]);
      }));
  });
}
