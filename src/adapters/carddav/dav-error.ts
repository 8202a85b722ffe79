// Translates CardDAV answers into our errors at the boundary: 412 is a ConflictError (the card changed:
// re-read and merge), 404 NotFoundError, 401 an AuthError, everything else a RemoteError with the server's
// Retry-After. Messages name the request and the status, never the credentials or a card's body.
import { AuthError, ConflictError, NotFoundError, RemoteError } from '../../core/errors.js';
import { parseRetryAfterMs } from '../graph/middleware/retry-handler.js';

export interface DavFailure {
  readonly status: number;
  readonly retryAfter?: string | null;
}

const quoted = (text: string): string => JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text);

export function davErrorOf(what: string, target: string, failure: DavFailure, nowMs: number): Error {
  const message = `CardDAV ${what} of ${quoted(target)} failed with HTTP ${failure.status}.`;
  if (failure.status === 401) return new AuthError(`${message} Check the user name and password.`, 'failed');
  const details = { status: failure.status, retryAfterMs: parseRetryAfterMs(failure.retryAfter, nowMs) };
  if (failure.status === 412) return new ConflictError(`${message} The card changed on the server.`, details);
  if (failure.status === 404 || failure.status === 410) return new NotFoundError(message, details);
  return new RemoteError(message, details);
}

/** Text of a DAV property as tsdav parses it: a string, a number (tsdav converts numeric text), or `{ _cdata }` / `{ _text }`. */
export function davText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const inner = record._cdata ?? record._text;
    if (typeof inner === 'string' || typeof inner === 'number') return String(inner);
  }
  return undefined;
}
