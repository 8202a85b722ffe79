// A pull overlaps its waits: a folder's next page is fetched while the page before it is stored, and several
// folders are pulled side by side, up to FOLDERS_PULLED_AT_ONCE, so a run waits for about as many round trips
// as its largest folder has pages.
import { describe, expect, it } from 'vitest';
import { FOLDERS_PULLED_AT_ONCE, pullContacts } from '../../../src/engine/pull-contacts.js';
import type { PullDeps } from '../../../src/engine/pull-contacts.js';
import { aContact } from '../../fakes/contact-builders.js';
import { aSyncWorld } from '../../fakes/sync-world.js';

/** A copy of `target` whose method `name` runs `around` with the original. */
function wrapped<T extends object, K extends keyof T>(target: T, name: K, around: (original: T[K]) => T[K]): T {
  const original = (target[name] as (...args: unknown[]) => unknown).bind(target) as T[K];
  const replacement = around(original);
  return new Proxy(target, {
    get: (object, key) => {
      if (key === name) return replacement;
      const value: unknown = Reflect.get(object, key, object);
      // Methods run on the target itself, whose private fields a proxy does not have.
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
    },
  });
}

/** Lets every call started in the current burst of microtasks begin before any of them goes on. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('pullContacts, overlapping its waits', () => {
  it("fetches a folder's next page while the page before it is stored", async () => {
    const world = aSyncWorld({ pageSize: 10 });
    for (let i = 0; i < 35; i += 1) world.remote.serverCreate(aContact({ displayName: `Person ${i}` }));
    const log: string[] = [];
    let fetched = 0;
    let stored = 0;
    const remote = wrapped(world.remote, 'contactsDeltaPage', (original) => (...args) => {
      log.push(`fetch ${(fetched += 1)}`);
      return original(...args);
    });
    const store = wrapped(world.store, 'applyPullPage', (original) => (...args) => {
      log.push(`store ${(stored += 1)}`);
      return original(...args);
    });
    const report = await pullContacts({ ...world.deps, remote, store } as PullDeps);
    expect(report.upserts).toBe(35);
    expect(log).toEqual(['fetch 1', 'fetch 2', 'store 1', 'fetch 3', 'store 2', 'fetch 4', 'store 3', 'store 4']);
  });

  it(`pulls up to ${FOLDERS_PULLED_AT_ONCE} folders side by side, and each folder's pages in order`, async () => {
    const world = aSyncWorld({ pageSize: 2 });
    const folders = Array.from({ length: FOLDERS_PULLED_AT_ONCE + 2 }, (_, index) => world.remote.addFolder(`Folder ${index}`));
    for (const [index, folder] of folders.entries()) for (let i = 0; i < 5; i += 1) world.remote.serverCreate(aContact({ displayName: `P${index}-${i}` }), folder);
    let inFlight = 0;
    let most = 0;
    const remote = wrapped(world.remote, 'contactsDeltaPage', (original) => async (...args) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await nextTurn();
      inFlight -= 1;
      return original(...args);
    });
    const report = await pullContacts({ ...world.deps, remote } as PullDeps);
    expect(report.upserts).toBe(folders.length * 5);
    expect(most).toBe(FOLDERS_PULLED_AT_ONCE);
    expect((await world.store.listContacts()).map((row) => row.fields.displayName).sort()).toEqual(
      folders.flatMap((_, index) => Array.from({ length: 5 }, (__, i) => `P${index}-${i}`)).sort(),
    );
  });

  it('finishes the folders in flight when one fails, then reports that failure', async () => {
    const world = aSyncWorld({ pageSize: 2 });
    const folders = Array.from({ length: 3 }, (_, index) => world.remote.addFolder(`Folder ${index}`));
    for (const [index, folder] of folders.entries()) for (let i = 0; i < 3; i += 1) world.remote.serverCreate(aContact({ displayName: `P${index}-${i}` }), folder);
    const failing = folders[0];
    const remote = wrapped(world.remote, 'contactsDeltaPage', (original) => async (...args) => {
      await nextTurn();
      if (args[1] === failing) throw new Error('the folder could not be read');
      return original(...args);
    });
    await expect(pullContacts({ ...world.deps, remote } as PullDeps)).rejects.toThrow('the folder could not be read');
    const names = (await world.store.listContacts()).map((row) => row.fields.displayName);
    expect(names).toEqual(expect.arrayContaining(['P1-0', 'P1-1', 'P1-2', 'P2-0', 'P2-1', 'P2-2']));
    expect(names.filter((name) => name?.startsWith('P0-'))).toEqual([]);
  });
});
