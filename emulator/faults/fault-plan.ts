// Faults the control API arms for the next Graph requests: fail with a status, add latency, or drop the
// connection mid-response. Each fault may be limited to a method and a path prefix (e.g. `/v1.0/me/contacts`).

import { createRng, pick } from '../store/ids.js';

export interface StatusFault {
  readonly kind: 'status';
  readonly status: number;
  readonly code?: string;
  readonly message?: string;
  readonly retryAfterSeconds?: number;
}
export interface DropFault {
  readonly kind: 'drop';
}
export interface LatencyFault {
  readonly kind: 'latency';
  readonly ms: number;
}
/** Fails a share of the matching requests with a status drawn from `statuses` (seeded, so runs replay). */
export interface RandomFault {
  readonly kind: 'random';
  readonly rate: number;
  readonly statuses: readonly number[];
  readonly seed: number;
}
/** The next delta pages come back empty with a nextLink, as when Graph's internal time limit hits. */
export interface EmptyDeltaPageFault {
  readonly kind: 'emptyDeltaPage';
}
export type FaultEffect = StatusFault | DropFault | LatencyFault | RandomFault | EmptyDeltaPageFault;

/** The transient failures Graph clients must survive (as in the Dev Proxy's random-error behaviour). */
export const TRANSIENT_STATUSES: readonly number[] = [429, 500, 502, 503, 504];

export interface FaultRule {
  readonly effect: FaultEffect;
  /** Requests left to hit; `undefined` = every matching request until cleared. */
  remaining?: number;
  readonly pathPrefix?: string;
  readonly method?: string;
}

/** Graph's codes for the statuses tests inject most. */
const CODES: Readonly<Record<number, string>> = {
  400: 'BadRequest', 401: 'InvalidAuthenticationToken', 403: 'ErrorAccessDenied', 404: 'ErrorItemNotFound', 409: 'ErrorIrresolvableConflict',
  412: 'ErrorIrresolvableConflict', 429: 'TooManyRequests', 500: 'generalException', 502: 'BadGateway', 503: 'ServiceUnavailable', 504: 'GatewayTimeout',
};

export const codeForStatus = (status: number): string => CODES[status] ?? 'generalException';

export class FaultPlan {
  #rules: FaultRule[] = [];
  readonly #rngs = new Map<FaultRule, () => number>();

  add(rule: FaultRule): void {
    this.#rules.push(rule);
  }

  clear(): void {
    this.#rules = [];
  }

  list(): readonly FaultRule[] {
    return this.#rules;
  }

  /** The first armed fault of `kind` matching the request; consumes one of its hits. Random faults act as status faults. */
  take<K extends 'status' | 'drop' | 'latency' | 'emptyDeltaPage'>(kind: K, method: string, path: string): Extract<FaultEffect, { kind: K }> | undefined {
    for (const rule of this.#rules) {
      const matches = (rule.remaining === undefined || rule.remaining > 0) && (!rule.pathPrefix || path.startsWith(rule.pathPrefix)) && (!rule.method || rule.method.toUpperCase() === method);
      if (!matches) continue;
      let effect: FaultEffect | undefined = rule.effect.kind === kind ? rule.effect : undefined;
      if (kind === 'status' && rule.effect.kind === 'random') effect = this.#roll(rule, rule.effect);
      if (!effect) continue;
      if (rule.remaining !== undefined) {
        rule.remaining -= 1;
        if (rule.remaining <= 0) this.#rules = this.#rules.filter((r) => r !== rule);
      }
      return effect as Extract<FaultEffect, { kind: K }>;
    }
    return undefined;
  }

  #roll(rule: FaultRule, effect: RandomFault): StatusFault | undefined {
    let rng = this.#rngs.get(rule);
    if (!rng) {
      rng = createRng(effect.seed);
      this.#rngs.set(rule, rng);
    }
    if (rng() >= effect.rate) return undefined;
    const status = pick(rng, effect.statuses.length > 0 ? effect.statuses : TRANSIENT_STATUSES);
    return { kind: 'status', status, ...(status === 429 || status === 503 ? { retryAfterSeconds: 1 } : {}) };
  }
}
