// Keeps at most N requests in flight per mailbox (Graph's Outlook limit is 4 concurrent requests per app
// per mailbox, inner batch requests included: learn.microsoft.com/graph/throttling-limits). Waiters run in order.
import { requestUrl } from './graph-context.js';
import type { GraphContext, Middleware } from './graph-context.js';

export const MAX_CONCURRENT_REQUESTS_PER_MAILBOX = 4;

interface Waiter {
  readonly weight: number;
  readonly start: () => void;
}

interface MailboxSlots {
  inFlight: number;
  readonly queue: Waiter[];
}

/** `me` or `users/{id}` from a Graph URL; other URLs share one budget. */
export function mailboxKeyOf(url: string): string {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const match = /^\/(?:v1\.0|beta)\/(me|users\/[^/?]+)/i.exec(path) ?? /^\/(me|users\/[^/?]+)/i.exec(path);
  return match?.[1]?.toLowerCase() ?? '';
}

export class ConcurrencyLimiter implements Middleware {
  readonly #limit: number;
  readonly #mailboxes = new Map<string, MailboxSlots>();
  #next: Middleware | undefined;
  #peak = 0;

  constructor(limit = MAX_CONCURRENT_REQUESTS_PER_MAILBOX) {
    this.#limit = limit;
  }

  /** The most requests ever in flight for one mailbox (observability for tests and the bench). */
  get peakInFlight(): number {
    return this.#peak;
  }

  setNext(next: Middleware): void {
    this.#next = next;
  }

  async execute(context: GraphContext): Promise<void> {
    const next = this.#next;
    if (next === undefined) throw new Error('ConcurrencyLimiter needs a next middleware.');
    const key = context.mailboxKey ?? mailboxKeyOf(requestUrl(context));
    const weight = Math.min(this.#limit, Math.max(1, context.concurrencyWeight ?? 1));
    const slots = this.#slotsFor(key);
    await this.#acquire(slots, weight);
    try {
      await next.execute(context);
    } finally {
      slots.inFlight -= weight;
      this.#wake(slots);
    }
  }

  #slotsFor(key: string): MailboxSlots {
    let slots = this.#mailboxes.get(key);
    if (slots === undefined) {
      slots = { inFlight: 0, queue: [] };
      this.#mailboxes.set(key, slots);
    }
    return slots;
  }

  #acquire(slots: MailboxSlots, weight: number): Promise<void> {
    return new Promise((resolve) => {
      slots.queue.push({ weight, start: resolve });
      this.#wake(slots);
    });
  }

  #wake(slots: MailboxSlots): void {
    for (let head = slots.queue[0]; head !== undefined && slots.inFlight + head.weight <= this.#limit; head = slots.queue[0]) {
      slots.queue.shift();
      slots.inFlight += head.weight;
      this.#peak = Math.max(this.#peak, slots.inFlight);
      head.start();
    }
  }
}
