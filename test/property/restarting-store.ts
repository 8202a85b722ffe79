// A mirror store that can be restarted at any await point of a sync: every store call the engine makes is one
// such point. Armed for call k, it closes the Dexie database there (before the call, or while the call's
// transaction runs) and opens a new DexieMirrorStore on the same database, as a pane that reloads would. The
// engine either carries on with the new connection or, when the restart abandons the run, gets a CrashError
// and loses everything it held in memory.
import { DexieMirrorStore } from '../../src/adapters/dexie/dexie-mirror-store.js';
import type { LocalStore } from '../contracts/mirror-store.contract.js';
import { CrashError } from './convergence-model.js';

export interface RestartPlan {
  /** The store call (1 = the next one) at which the database is closed and opened again. */
  readonly atCall: number;
  /** `between`: closed before the call runs; `during`: closed while the call's transaction is under way. */
  readonly when: 'between' | 'during';
  /** The run stops at the restart (in-memory state lost), instead of carrying on with the new connection. */
  readonly abandon: boolean;
}

/** Calls that answer at once (subscriptions): forwarded, never a restart point. */
const IMMEDIATE = new Set(['watchContacts', 'watchConflicts']);

export class RestartingStore {
  readonly name: string;
  #current: DexieMirrorStore;
  #plan: RestartPlan | undefined;
  #calls = 0;
  get calls(): number {
    return this.#calls;
  }
  /** How many restarts happened, for the soak's report. */
  restarts = 0;
  readonly store: LocalStore;

  constructor(name: string) {
    this.name = name;
    this.#current = new DexieMirrorStore(name);
    this.store = new Proxy({} as LocalStore, {
      get: (_target, property) => {
        const value = (this.#current as unknown as Record<PropertyKey, unknown>)[property];
        if (typeof value !== 'function') return value;
        if (typeof property !== 'string' || IMMEDIATE.has(property) || property === 'close') return (value as (...args: unknown[]) => unknown).bind(this.#current);
        return (...args: unknown[]) => this.#call(property, args);
      },
    });
  }

  /** Restarts at the plan's call of the next run; `disarm` (or the restart itself) ends it. */
  arm(plan: RestartPlan): void {
    this.#plan = plan;
    this.#calls = 0;
  }

  disarm(): void {
    this.#plan = undefined;
  }

  async close(): Promise<void> {
    await this.#current.close();
  }

  async #call(method: string, args: unknown[]): Promise<unknown> {
    const plan = this.#plan;
    this.#calls += 1;
    if (plan === undefined || this.#calls !== plan.atCall) return this.#forward(method, args);
    this.#plan = undefined;
    if (plan.when === 'between') {
      await this.#restart();
      if (plan.abandon) throw new CrashError(`restarted before ${method}`);
      return this.#forward(method, args);
    }
    const old = this.#current;
    const running = this.#forward(method, args);
    const closed = old.close();
    let outcome: { ok: true; value: unknown } | { ok: false; error: unknown };
    try {
      outcome = { ok: true, value: await running };
    } catch (error) {
      outcome = { ok: false, error };
    }
    await closed;
    this.#reopen();
    if (plan.abandon) throw new CrashError(`restarted during ${method}`);
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  #forward(method: string, args: unknown[]): Promise<unknown> {
    const target = this.#current as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    return Promise.resolve(target[method]?.(...args));
  }

  async #restart(): Promise<void> {
    await this.#current.close();
    this.#reopen();
  }

  #reopen(): void {
    this.#current = new DexieMirrorStore(this.name);
    this.restarts += 1;
  }
}
