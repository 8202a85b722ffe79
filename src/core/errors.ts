// The errors every layer shares. Adapters translate library and protocol failures into these at the boundary
// (keeping the original as `cause`), so core and engine never see library error types.

export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    readonly path: string,
    readonly value: unknown,
    readonly rule: string,
    message = `${path}: ${rule}`,
  ) {
    super(message);
  }
}

/** A broken internal assumption: a bug, never a user or network condition. */
export class InvariantError extends Error {
  override readonly name = 'InvariantError';
}

export interface RemoteErrorDetails {
  readonly status: number;
  readonly code?: string;
  readonly requestId?: string;
  readonly retryAfterMs?: number;
  readonly cause?: unknown;
}

/** A failure answered by a remote service (Graph, CardDAV). `retryable` says whether trying again later can help. */
export class RemoteError extends Error {
  override readonly name: string = 'RemoteError';
  readonly status: number;
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  readonly retryAfterMs: number | undefined;
  constructor(message: string, details: RemoteErrorDetails) {
    super(message, { cause: details.cause });
    this.status = details.status;
    this.code = details.code;
    this.requestId = details.requestId;
    this.retryAfterMs = details.retryAfterMs;
  }
  get retryable(): boolean {
    return this.status === 429 || this.status === 503 || this.status === 504 || this.status === 0;
  }
}

/** The item changed on the server since our base (stale changeKey/etag: HTTP 412). */
export class ConflictError extends RemoteError {
  override readonly name = 'ConflictError';
}

/** The item does not exist (any more) on the server. */
export class NotFoundError extends RemoteError {
  override readonly name = 'NotFoundError';
}

/** The delta token or sync-token is unknown or expired (Graph: 410 Gone or 400 syncStateNotFound; CardDAV: valid-sync-token, RFC 6578 3.2): resync. */
export class DeltaExpiredError extends RemoteError {
  override readonly name = 'DeltaExpiredError';
}

/** `consent-required`: the user can grant the permission; `admin-consent-required`: only a tenant administrator can. */
export type AuthErrorReason = 'interaction-required' | 'consent-required' | 'admin-consent-required' | 'offline' | 'cancelled' | 'failed';

/** Signing in or getting a token failed. `code` is the identity library's error code, for the details line. */
export class AuthError extends Error {
  override readonly name = 'AuthError';
  constructor(
    message: string,
    readonly reason: AuthErrorReason,
    readonly code?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Local storage failed (IndexedDB unavailable, transaction aborted). */
export class StoreError extends Error {
  override readonly name = 'StoreError';
}

/** Local storage is full. */
export class QuotaError extends StoreError {}

/** Something the user must act on: what happened, the details, and how to fix it. */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    readonly details?: string,
    readonly fix?: string,
  ) {
    super(message);
  }
}
