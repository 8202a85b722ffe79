// Mutual exclusion across every pane and window of one account (Web Locks in browsers, in-process in Node):
// one sync at a time.
export type LockOutcome<T> = { readonly acquired: true; readonly value: T } | { readonly acquired: false };

export interface Lock {
  /**
   * Runs `task` while holding the lock `name` and answers its result; the lock is released when the task
   * settles (a rejection is passed on). With `ifAvailable`, answers `{ acquired: false }` at once when the
   * lock is held elsewhere instead of waiting.
   */
  withLock<T>(name: string, task: () => Promise<T>, options?: { readonly ifAvailable?: boolean }): Promise<LockOutcome<T>>;
}
