// The request context our middleware share: the SDK's Context plus what the limiter and retry need to know.
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export type { Middleware };

export interface GraphContext extends Context {
  /** Whose concurrency budget the request spends (`me`, `users/{id}`); derived from the URL when absent. */
  mailboxKey?: string;
  /** How many requests Graph will run at once for this one (a batch with independent requests counts each). */
  concurrencyWeight?: number;
  /** Safe to send again after a dropped connection (GET, PATCH, DELETE; not a POST that creates). */
  idempotent?: boolean;
  /** The scopes the token must carry, when the request names them; else the chain's rule for its mailbox. */
  scopes?: readonly string[];
  /** The request only reads, whatever its method (a batch of GETs): the mailbox's read scopes are enough. */
  readOnly?: boolean;
}

type HeaderBag = Headers | Record<string, string> | [string, string][] | undefined;

/** Reads a header from the shapes fetch and the SDK use (Headers, plain record, pairs), ignoring case. */
export function headerValue(headers: HeaderBag | HeadersInit, name: string): string | undefined {
  if (headers === undefined) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const wanted = name.toLowerCase();
  const pairs: [string, string][] = Array.isArray(headers) ? (headers as [string, string][]) : Object.entries(headers);
  return pairs.find(([key]) => key.toLowerCase() === wanted)?.[1];
}

/** Sets a header on the context's request options, replacing any value in any letter case. */
export function setRequestHeader(context: Context, name: string, value: string | undefined): void {
  const options = (context.options ??= {});
  const headers = new Headers(options.headers);
  if (value === undefined) headers.delete(name);
  else headers.set(name, value);
  options.headers = headers;
}

export function requestUrl(context: Context): string {
  return typeof context.request === 'string' ? context.request : context.request.url;
}

export function requestMethod(context: Context): string {
  const method = typeof context.request === 'string' ? context.options?.method : context.request.method;
  return (method ?? 'GET').toUpperCase();
}

/** Links each middleware to the next and answers the first: the chain `Client.initWithMiddleware` expects too. */
export function chainMiddleware(middleware: readonly Middleware[]): Middleware {
  for (let i = 0; i < middleware.length - 1; i += 1) {
    const next = middleware[i + 1];
    if (next !== undefined) middleware[i]?.setNext?.(next);
  }
  const first = middleware[0];
  if (first === undefined) throw new Error('A middleware chain needs at least one handler.');
  return first;
}

/** Discards a response we will not read, so its connection is freed. */
export async function discardBody(response: Response | undefined): Promise<void> {
  if (response?.body && !response.bodyUsed) await response.body.cancel().catch(() => undefined);
}
