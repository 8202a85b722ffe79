// The PhotoCache contract: the in-memory fake and Dexie on fake-indexeddb run this suite, so engine tests can
// use the fake and trust the real cache.
import { describe, expect, it } from 'vitest';
import type { LocalId } from '../../src/core/sync/mirror-contact.js';
import type { PhotoCache } from '../../src/ports/photo-cache.js';

export type PhotoCacheSetup = () => Promise<{ subject: PhotoCache; teardown: () => Promise<void> }>;

const id = (text: string) => text as LocalId;

async function withCache(setup: PhotoCacheSetup, test: (cache: PhotoCache) => Promise<void>): Promise<void> {
  const { subject, teardown } = await setup();
  try {
    await test(subject);
  } finally {
    await teardown();
  }
}

export function runPhotoCacheContract(name: string, setup: PhotoCacheSetup): void {
  describe(`PhotoCache contract: ${name}`, () => {
    it('knows nothing of a contact at first', () =>
      withCache(setup, async (cache) => {
        expect(await cache.cachedPhoto(id('a'))).toBeUndefined();
      }));

    it('gives a kept photo back byte for byte with its version', () =>
      withCache(setup, async (cache) => {
        await cache.keepPhoto({ localId: id('a'), version: 'ck1', photo: { bytes: new Uint8Array([0xff, 0xd8, 0xff, 7]), mediaType: 'image/jpeg' } });
        const kept = await cache.cachedPhoto(id('a'));
        expect(kept?.version).toBe('ck1');
        expect(kept?.photo?.mediaType).toBe('image/jpeg');
        expect(kept?.photo?.bytes).toBeInstanceOf(Uint8Array);
        expect([...(kept?.photo?.bytes ?? [])]).toEqual([0xff, 0xd8, 0xff, 7]);
      }));

    it('keeps "no photo" as an answer of its own', () =>
      withCache(setup, async (cache) => {
        await cache.keepPhoto({ localId: id('a'), version: 'ck1' });
        const kept = await cache.cachedPhoto(id('a'));
        expect(kept).toEqual({ localId: 'a', version: 'ck1' });
      }));

    it('replaces the answer kept for the same contact, and forgets one contact only', () =>
      withCache(setup, async (cache) => {
        await cache.keepPhoto({ localId: id('a'), version: 'ck1' });
        await cache.keepPhoto({ localId: id('b'), version: 'ck9' });
        await cache.keepPhoto({ localId: id('a'), version: 'ck2', photo: { bytes: new Uint8Array([1]), mediaType: 'image/png' } });
        expect((await cache.cachedPhoto(id('a')))?.version).toBe('ck2');
        await cache.forgetPhoto(id('a'));
        await cache.forgetPhoto(id('z'));
        expect(await cache.cachedPhoto(id('a'))).toBeUndefined();
        expect((await cache.cachedPhoto(id('b')))?.version).toBe('ck9');
      }));

    it('does not share the bytes it keeps with the caller', () =>
      withCache(setup, async (cache) => {
        const bytes = new Uint8Array([1, 2]);
        await cache.keepPhoto({ localId: id('a'), version: 'v', photo: { bytes, mediaType: 'image/png' } });
        bytes[0] = 9;
        expect([...((await cache.cachedPhoto(id('a')))?.photo?.bytes ?? [])]).toEqual([1, 2]);
      }));
  });
}
