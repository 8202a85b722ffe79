// When syncs run: on pane open, on a timer while open, on focus and on demand; one at a time across every
// pane of the account (the Lock port), with news for the other panes (the SyncEvents port). Time comes
// from the Clock port, so the loop is tested with a fake clock.
import type { Clock } from '../ports/clock.js';
import type { Lock } from '../ports/lock.js';
import type { SyncEvents, SyncProgress, SyncSummary } from '../ports/sync-events.js';

export const SYNC_INTERVAL_MS = 5 * 60_000;
/** A focus within this long after the last sync does not start another. */
export const FOCUS_MIN_GAP_MS = 30_000;

export type SyncTrigger = 'open' | 'timer' | 'focus' | 'demand';

export type SyncOutcome =
  | { readonly status: 'done'; readonly summary: SyncSummary }
  | { readonly status: 'skipped'; readonly reason: 'running-elsewhere' | 'recent' | 'stopped' }
  | { readonly status: 'failed'; readonly error: Error };

export interface SchedulerOptions {
  readonly lock: Lock;
  readonly events: SyncEvents;
  readonly clock: Clock;
  /** One sync run (e.g. syncOnce with the account's deps); reports progress through the callback. */
  readonly run: (onProgress: (progress: SyncProgress) => void) => Promise<SyncSummary>;
  /** The lock name: one per account, shared by its panes. */
  readonly lockName: string;
  readonly intervalMs?: number;
  readonly focusMinGapMs?: number;
}

export class SyncScheduler {
  readonly #options: SchedulerOptions;
  #running: Promise<SyncOutcome> | undefined;
  #lastFinishedAt: number | undefined;
  #timer: AbortController | undefined;

  constructor(options: SchedulerOptions) {
    this.#options = options;
  }

  /** Syncs once now (pane open), then every interval until stopped. */
  start(): Promise<SyncOutcome> {
    if (this.#timer === undefined) {
      this.#timer = new AbortController();
      void this.#loop(this.#timer.signal);
    }
    return this.requestSync('open');
  }

  stop(): void {
    this.#timer?.abort(new Error('The sync scheduler stopped.'));
    this.#timer = undefined;
  }

  /** The pane regained focus: sync unless one finished moments ago. */
  onFocus(): Promise<SyncOutcome> {
    const last = this.#lastFinishedAt;
    const gap = this.#options.focusMinGapMs ?? FOCUS_MIN_GAP_MS;
    if (last !== undefined && this.#options.clock.now() - last < gap) return Promise.resolve({ status: 'skipped', reason: 'recent' });
    return this.requestSync('focus');
  }

  /**
   * Runs a sync unless one is already running in this pane (then answers that run). On demand waits for
   * another pane's sync to finish and runs after it; other triggers skip when another pane holds the lock.
   */
  requestSync(trigger: SyncTrigger): Promise<SyncOutcome> {
    if (this.#running !== undefined) return this.#running;
    const running = this.#runLocked(trigger === 'demand').finally(() => {
      this.#running = undefined;
    });
    this.#running = running;
    return running;
  }

  async #runLocked(wait: boolean): Promise<SyncOutcome> {
    const { lock, lockName } = this.#options;
    try {
      const outcome = await lock.withLock(lockName, () => this.#runOnce(), { ifAvailable: !wait });
      return outcome.acquired ? outcome.value : { status: 'skipped', reason: 'running-elsewhere' };
    } catch (error) {
      return { status: 'failed', error: error instanceof Error ? error : new Error(String(error)) };
    }
  }

  async #runOnce(): Promise<SyncOutcome> {
    const { events, clock, run } = this.#options;
    events.publish({ kind: 'sync-started', at: clock.now() });
    try {
      const summary = await run((progress) => events.publish({ kind: 'sync-progress', progress }));
      events.publish({ kind: 'sync-finished', at: clock.now(), summary });
      return { status: 'done', summary };
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      events.publish({ kind: 'sync-failed', at: clock.now(), message: failure.message });
      return { status: 'failed', error: failure };
    } finally {
      this.#lastFinishedAt = clock.now();
    }
  }

  async #loop(signal: AbortSignal): Promise<void> {
    const interval = this.#options.intervalMs ?? SYNC_INTERVAL_MS;
    while (!signal.aborted) {
      try {
        await this.#options.clock.sleep(interval, signal);
      } catch {
        return;
      }
      await this.requestSync('timer');
    }
  }
}
