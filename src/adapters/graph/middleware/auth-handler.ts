// Adds the bearer token to requests for the Graph hosts only (never leaks it to another host, e.g. a link
// pointing elsewhere), and after a 401 refreshes the token once and retries once: never a loop. The provider is
// told which token failed, so requests that met the same expired token share one refresh.
import type { TokenProvider } from '../../../ports/token-provider.js';
import { mailboxKeyOf } from './concurrency-limiter.js';
import { discardBody, requestMethod, requestUrl, setRequestHeader } from './graph-context.js';
import type { GraphContext, Middleware } from './graph-context.js';

/** The scopes a request needs: fixed, or chosen per request (e.g. `.Shared` scopes for another user's mailbox). */
export type ScopesFor = readonly string[] | ((request: { readonly mailboxKey: string; readonly method: string }) => readonly string[]);

export class AuthHandler implements Middleware {
  readonly #tokens: TokenProvider;
  readonly #scopes: ScopesFor;
  readonly #hosts: ReadonlySet<string>;
  #next: Middleware | undefined;

  /** `hosts` are `URL.host` values (name and port) that receive the token. */
  constructor(tokens: TokenProvider, scopes: ScopesFor, hosts: Iterable<string>) {
    this.#tokens = tokens;
    this.#scopes = scopes;
    this.#hosts = new Set([...hosts].map((host) => host.toLowerCase()));
  }

  setNext(next: Middleware): void {
    this.#next = next;
  }

  async execute(context: GraphContext): Promise<void> {
    const next = this.#next;
    if (next === undefined) throw new Error('AuthHandler needs a next middleware.');
    if (!this.#isGraphHost(requestUrl(context))) {
      setRequestHeader(context, 'Authorization', undefined);
      await next.execute(context);
      return;
    }
    const scopes = this.#scopesOf(context);
    const token = await this.#tokens.getAccessToken({ scopes, forceRefresh: false });
    setRequestHeader(context, 'Authorization', `Bearer ${token}`);
    await next.execute(context);
    if (context.response?.status !== 401) return;
    await discardBody(context.response);
    const refreshed = await this.#tokens.getAccessToken({ scopes, forceRefresh: true, failedToken: token });
    setRequestHeader(context, 'Authorization', `Bearer ${refreshed}`);
    await next.execute(context);
  }

  #scopesOf(context: GraphContext): readonly string[] {
    if (context.scopes !== undefined) return context.scopes;
    if (typeof this.#scopes !== 'function') return this.#scopes;
    return this.#scopes({ mailboxKey: context.mailboxKey ?? mailboxKeyOf(requestUrl(context)), method: context.readOnly === true ? 'GET' : requestMethod(context) });
  }

  #isGraphHost(url: string): boolean {
    try {
      return this.#hosts.has(new URL(url).host.toLowerCase());
    } catch {
      return false;
    }
  }
}
