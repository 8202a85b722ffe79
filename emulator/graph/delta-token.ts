// The state a delta link carries (learn.microsoft.com/graph/delta-query-overview): Graph encodes the round's
// parameters in `$skiptoken` / `$deltatoken`, so later requests send only the link. Ours is base64url JSON.
import { GraphError, badRequest } from './errors.js';

export interface DeltaState {
  /** `contacts` (per folder) or `folders`. */
  readonly kind: 'contacts' | 'folders';
  readonly ownerId: string;
  readonly folderId?: string;
  /** The mailbox's delta epoch when the round began; a different one means the token was evicted. */
  readonly epoch: number;
  /** Changes with a sequence number above this are still to be sent. */
  readonly cursor: number;
  /**
   * Deletions with a sequence number above this are reported. A first round reports the current state only,
   * so it starts at the mailbox's sequence number then: only what is deleted during the round is reported.
   */
  readonly removedAfter: number;
  readonly select?: readonly string[];
  /** The page size asked for with `Prefer: odata.maxpagesize` on the first request. */
  readonly pageSize?: number;
}

export function encodeDeltaState(state: DeltaState): string {
  return Buffer.from(JSON.stringify(state)).toString('base64url');
}

export function decodeDeltaState(token: string): DeltaState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw badRequest('The delta token is malformed.');
  }
  const s = parsed as Partial<DeltaState> | null;
  if (!s || (s.kind !== 'contacts' && s.kind !== 'folders') || typeof s.ownerId !== 'string' || typeof s.epoch !== 'number' || typeof s.cursor !== 'number' || typeof s.removedAfter !== 'number') {
    throw badRequest('The delta token is malformed.');
  }
  return s as DeltaState;
}

/** What Outlook answers for an evicted or expired contacts delta token: 410 Gone, resync required. */
export const syncStateGone = (): GraphError =>
  new GraphError(410, 'SyncStateNotFound', 'The sync state generation is not found. Start a new delta round without a token (full sync).');
