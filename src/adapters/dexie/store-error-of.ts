// Translates Dexie and IndexedDB failures into our StoreError / QuotaError, keeping the original as cause.
// Errors that are already ours (for example from a planner run inside a transaction) pass through.
import { QuotaError, StoreError } from '../../core/errors.js';

const OURS = new Set(['ValidationError', 'InvariantError', 'RemoteError', 'ConflictError', 'NotFoundError', 'StoreError', 'UserError']);

function isQuota(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'QuotaExceededError') return true;
  const inner = (error as { inner?: unknown }).inner;
  return inner !== undefined && inner !== error && isQuota(inner);
}

export function storeErrorOf(error: unknown, doing: string): Error {
  if (error instanceof StoreError) return error;
  if (error instanceof Error && OURS.has(error.name)) return error;
  if (isQuota(error)) return new QuotaError(`The local contact store is full while ${doing}. Free some browser storage and sync again.`, { cause: error });
  const reason = error instanceof Error ? error.name : 'unknown error';
  return new StoreError(`The local contact store failed while ${doing} (${reason}). Reload the pane to retry.`, { cause: error });
}

/** Runs a store operation and translates its failure. */
export async function guarded<T>(doing: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw storeErrorOf(error, doing);
  }
}
