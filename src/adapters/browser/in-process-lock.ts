// The Lock port within one JavaScript process: the fallback where Web Locks are missing (Node, old hosts).
import type { Lock, LockOutcome } from '../../ports/lock.js';

export class InProcessLock implements Lock {
  readonly #tails = new Map<string, Promise<void>>();
  readonly #held = new Set<string>();

  async withLock<T>(name: string, task: () => Promise<T>, options: { readonly ifAvailable?: boolean } = {}): Promise<LockOutcome<T>> {
    if (options.ifAvailable === true && this.#held.has(name)) return { acquired: false };
    const previous = this.#tails.get(name) ?? Promise.resolve();
    let release: () => void = () => undefined;
    const tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    const chained = previous.then(() => tail);
    this.#tails.set(name, chained);
    this.#held.add(name);
    await previous;
    try {
      return { acquired: true, value: await task() };
    } finally {
      release();
      if (this.#tails.get(name) === chained) {
        this.#tails.delete(name);
        this.#held.delete(name);
      }
    }
  }
}
