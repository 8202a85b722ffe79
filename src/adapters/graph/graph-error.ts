// Translates Graph's answers into our errors (learn.microsoft.com/graph/errors): the error body's `code`,
// `message` and `innerError.request-id`, the Retry-After header, and the status to the matching error class.
import { ConflictError, DeltaExpiredError, NotFoundError, RemoteError } from '../../core/errors.js';
import { headerValue } from './middleware/graph-context.js';
import { parseRetryAfterMs } from './middleware/retry-handler.js';

const MESSAGE_MAX_CHARS = 200;

interface GraphErrorBody {
  readonly error?: {
    readonly code?: unknown;
    readonly message?: unknown;
    readonly innerError?: { readonly 'request-id'?: unknown };
    readonly innererror?: { readonly 'request-id'?: unknown };
  };
}

export interface GraphFailure {
  readonly status: number;
  readonly headers?: Headers | Record<string, string>;
  readonly body?: unknown;
  /** What was asked, for the message (e.g. "reading contact AAMk…"). */
  readonly action: string;
  /** The request was a delta round: 410 and `syncStateNotFound` mean the token expired. */
  readonly delta?: boolean;
}

const asText = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

function quote(text: string): string {
  const short = text.length > MESSAGE_MAX_CHARS ? `${text.slice(0, MESSAGE_MAX_CHARS)}…` : text;
  return JSON.stringify(short);
}

/** Our error for a failed Graph answer. `nowMs` turns an HTTP-date Retry-After into a delay. */
export function remoteErrorFrom(failure: GraphFailure, nowMs: number): RemoteError {
  const body = (typeof failure.body === 'object' && failure.body !== null ? failure.body : {}) as GraphErrorBody;
  const code = asText(body.error?.code);
  const serverMessage = asText(body.error?.message);
  const inner = body.error?.innerError ?? body.error?.innererror;
  const requestId = asText(inner?.['request-id']) ?? headerValue(failure.headers, 'request-id');
  const retryAfterMs = parseRetryAfterMs(headerValue(failure.headers, 'Retry-After'), nowMs);
  const details = { status: failure.status, code, requestId, retryAfterMs, cause: failure.body };
  const said = serverMessage === undefined ? '' : `: ${quote(serverMessage)}`;
  const message = `Microsoft Graph answered ${failure.status}${code === undefined ? '' : ` ${code}`} while ${failure.action}${said}`;
  if (failure.delta === true && (failure.status === 410 || code === 'syncStateNotFound' || code === 'SyncStateNotFound')) {
    return new DeltaExpiredError(`${message}. The delta link expired; a full resync is needed.`, details);
  }
  if (failure.status === 412) return new ConflictError(`${message}. The contact changed on the server; re-read and merge.`, details);
  if (failure.status === 404) return new NotFoundError(message, details);
  return new RemoteError(message, details);
}

/** A request that got no answer (connection refused or dropped): status 0, retryable. */
export function networkErrorFrom(action: string, cause: unknown): RemoteError {
  return new RemoteError(`Microsoft Graph could not be reached while ${action}. Check the connection and try again.`, { status: 0, cause });
}
