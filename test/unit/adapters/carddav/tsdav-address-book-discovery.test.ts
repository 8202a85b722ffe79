// TsdavAddressBook's discovery when the server refuses it: our errors, never tsdav's, and no credentials in them.
import { describe, expect, it } from 'vitest';
import { TsdavAddressBook } from '../../../../src/adapters/carddav/tsdav-address-book.js';
import { AuthError, RemoteError } from '../../../../src/core/errors.js';
import { InstantClock } from '../graph/instant-clock.js';

const bookAnswering = (status: number): TsdavAddressBook =>
  new TsdavAddressBook({
    serverUrl: 'http://dav.test/',
    credentials: { user: 'alice', password: 'pw-kept-secret' },
    fetch: async () => new Response('', { status }),
    clock: new InstantClock(),
    random: () => 0.5,
  });

describe('TsdavAddressBook discovery', () => {
  it('rejects with an AuthError naming the server when the credentials are refused', async () => {
    const error: unknown = await bookAnswering(401).listBooks().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as Error).message).toContain('http://dav.test/');
    expect((error as Error).message).toContain('user name and password');
    expect((error as Error).message).not.toContain('pw-kept-secret');
  });

  it('rejects with a RemoteError when the server finds no address book home', async () => {
    const error: unknown = await bookAnswering(404).listBooks().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RemoteError);
    expect((error as Error).message).toContain('http://dav.test/');
  });
});
