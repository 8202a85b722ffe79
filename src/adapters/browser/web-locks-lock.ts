// The Lock port over the Web Locks API (navigator.locks): exclusive across every tab, pane and worker of
// the origin, released automatically when a pane closes (developer.mozilla.org/docs/Web/API/Web_Locks_API).
import type { Lock, LockOutcome } from '../../ports/lock.js';
import { InProcessLock } from './in-process-lock.js';

export class WebLocksLock implements Lock {
  readonly #locks: LockManager;

  constructor(locks: LockManager) {
    this.#locks = locks;
  }

  async withLock<T>(name: string, task: () => Promise<T>, options: { readonly ifAvailable?: boolean } = {}): Promise<LockOutcome<T>> {
    return this.#locks.request(name, { mode: 'exclusive', ifAvailable: options.ifAvailable === true }, async (granted) => {
      if (granted === null) return { acquired: false } as const;
      return { acquired: true, value: await task() } as const;
    });
  }
}

/** Web Locks where the host has them, otherwise a lock for this process only. */
export function lockForHost(host: { readonly navigator?: { readonly locks?: LockManager } } = globalThis): Lock {
  const locks = host.navigator?.locks;
  return locks !== undefined ? new WebLocksLock(locks) : new InProcessLock();
}
