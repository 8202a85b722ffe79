// Outlook's per-app, per-mailbox limits (learn.microsoft.com/graph/throttling-limits, Outlook service limits):
// at most 4 concurrent requests and 10,000 requests per 10 minutes; inner $batch requests count one by one.

export interface ThrottleLimits {
  readonly concurrentPerMailbox: number;
  readonly requestsPer10Min: number;
}

export const DEFAULT_THROTTLE_LIMITS: ThrottleLimits = { concurrentPerMailbox: 4, requestsPer10Min: 10_000 };
const WINDOW_MS = 10 * 60 * 1000;

export type ThrottleDecision =
  | { readonly ok: true; readonly release: () => void }
  | { readonly ok: false; readonly retryAfterSeconds: number; readonly message: string };

interface MailboxUsage {
  active: number;
  /** Start times (epoch ms) of accepted requests, oldest first, from `head` on. */
  readonly starts: number[];
  head: number;
}

export class MailboxThrottle {
  readonly #usage = new Map<string, MailboxUsage>();

  constructor(
    private readonly limits: ThrottleLimits,
    private readonly now: () => number,
  ) {}

  /** Takes a slot for a request to `mailboxId`, or says why not (answer 429 with `Retry-After`). */
  acquire(mailboxId: string): ThrottleDecision {
    const usage = this.#usageOf(mailboxId);
    const now = this.now();
    while (usage.head < usage.starts.length && (usage.starts[usage.head] as number) <= now - WINDOW_MS) usage.head += 1;
    if (usage.head > 4096 && usage.head * 2 > usage.starts.length) {
      usage.starts.splice(0, usage.head);
      usage.head = 0;
    }
    if (usage.starts.length - usage.head >= this.limits.requestsPer10Min) {
      const oldest = usage.starts[usage.head] as number;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000)), message: 'Application is over its MailboxRequests limit.' };
    }
    if (usage.active >= this.limits.concurrentPerMailbox) {
      return { ok: false, retryAfterSeconds: 1, message: 'Application is over its MailboxConcurrency limit.' };
    }
    usage.active += 1;
    usage.starts.push(now);
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        usage.active -= 1;
      },
    };
  }

  reset(): void {
    this.#usage.clear();
  }

  #usageOf(mailboxId: string): MailboxUsage {
    let usage = this.#usage.get(mailboxId);
    if (!usage) {
      usage = { active: 0, starts: [], head: 0 };
      this.#usage.set(mailboxId, usage);
    }
    return usage;
  }
}
