// TsdavAddressBook against a real Radicale on loopback: one server for the file, a fresh book per test; and
// discovery that starts at the URL given instead of /.well-known/carddav.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TsdavAddressBook } from '../../src/adapters/carddav/tsdav-address-book.js';
import type { Href } from '../../src/ports/address-book.js';
import { startRadicale } from '../support/start-radicale.js';
import type { RadicaleServer } from '../support/start-radicale.js';
import { InstantClock } from '../unit/adapters/graph/instant-clock.js';
import { runAddressBookContract } from './address-book.contract.js';

let server: RadicaleServer;
let books = 0;

beforeAll(async () => {
  server = await startRadicale();
});
afterAll(async () => {
  await server.stop();
});

runAddressBookContract('TsdavAddressBook on Radicale', async () => {
  const user = `user${++books}`;
  const bookName = 'contacts';
  await server.createBook(user, bookName);
  const subject = new TsdavAddressBook({ serverUrl: `${server.url}/`, credentials: { user, password: 'secret' }, fetch, clock: new InstantClock(), random: () => 0.5 });
  const book = `/${user}/${bookName}/` as Href;
  const expireCursors = (): Promise<void> => rm(join(server.storageDir, 'collection-root', user, bookName, '.Radicale.cache', 'sync-token'), { recursive: true, force: true });
  return { subject, book, bookName, expireCursors, teardown: async () => undefined };
});

describe('TsdavAddressBook discovery without the well-known URL', () => {
  it('finds the books from the URL given, as the pane does when a browser cannot follow /.well-known/carddav', async () => {
    await server.createBook('pane-user', 'work');
    const seen: string[] = [];
    const watching = new TsdavAddressBook({
      serverUrl: `${server.url}/`,
      credentials: { user: 'pane-user', password: 'secret' },
      fetch: (input, init) => {
        seen.push(new URL(String(input)).pathname);
        return fetch(input, init);
      },
      clock: new InstantClock(),
      random: () => 0.5,
      skipWellKnown: true,
    });
    expect(await watching.listBooks()).toEqual([{ href: '/pane-user/work/', displayName: 'work' }]);
    expect(seen).not.toContain('/.well-known/carddav');
  });
});
