// A stand-in for the identity library and for Graph's token check: a cache holding the current access token,
// a token endpoint that counts refresh grants (and can be held open or made to fail), and the emulator's
// revocation switch (cached tokens stay in the cache, but Graph answers 401 to them).
import type { AcquireToken } from '../../../../src/adapters/msal/shared-token-refresh.js';

export class FakeIdentity {
  /** Refresh grants sent to the token endpoint. */
  grants = 0;
  /** Reads answered from the cache. */
  cacheReads = 0;
  /** The token the cache holds. */
  current = 'token-0';
  /** When set, the token endpoint rejects with a new error from this, at each grant. */
  failure: (() => Error) | undefined;
  readonly #valid = new Set(['token-0']);
  #held: Promise<void> | undefined;

  /** The library's silent call: the cached token, or a refresh grant when forced. */
  readonly acquire: AcquireToken = async (_scopes, forceRefresh) => {
    if (!forceRefresh) {
      this.cacheReads += 1;
      return this.current;
    }
    this.grants += 1;
    const grant = this.grants;
    await this.#held;
    if (this.failure !== undefined) throw this.failure();
    this.current = `token-${grant}`;
    this.#valid.add(this.current);
    return this.current;
  };

  /** Whether Graph accepts the token. */
  accepts(token: string): boolean {
    return this.#valid.has(token);
  }

  /** Revokes every token issued so far, as the emulator's `POST /_emulator/access-tokens/expire` does. */
  expireAll(): void {
    this.#valid.clear();
  }

  /** Holds the token endpoint's answers until the returned function is called. */
  hold(): () => void {
    let release = (): void => undefined;
    this.#held = new Promise<void>((resolve) => {
      release = () => {
        this.#held = undefined;
        resolve();
      };
    });
    return release;
  }
}

/** Lets pending callbacks run until `condition` holds: turns of the event loop, no timers (the fakes use none). */
export async function until(condition: () => boolean, maxTurns = 1000): Promise<void> {
  for (let turn = 0; !condition(); turn += 1) {
    if (turn >= maxTurns) throw new Error('The condition did not hold after the pending work ran.');
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Lets every pending promise callback run (one turn of the event loop; microtasks all run before it ends). */
export function settle(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}
