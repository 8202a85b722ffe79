// Faults the control API arms for the next Graph requests: fail with a status, add latency, or drop the
// connection mid-response. Each fault may be limited to a method and a path prefix (e.g. `/v1.0/me/contacts`).

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
export type FaultEffect = StatusFault | DropFault | LatencyFault;

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

  add(rule: FaultRule): void {
    this.#rules.push(rule);
  }

  clear(): void {
    this.#rules = [];
  }

  list(): readonly FaultRule[] {
    return this.#rules;
  }

  /** The first armed fault of `kind` matching the request; consumes one of its hits. */
  take<K extends FaultEffect['kind']>(kind: K, method: string, path: string): Extract<FaultEffect, { kind: K }> | undefined {
    const rule = this.#rules.find(
      (r) => r.effect.kind === kind && (r.remaining === undefined || r.remaining > 0) && (!r.pathPrefix || path.startsWith(r.pathPrefix)) && (!r.method || r.method.toUpperCase() === method),
    );
    if (!rule) return undefined;
    if (rule.remaining !== undefined) {
      rule.remaining -= 1;
      if (rule.remaining <= 0) this.#rules = this.#rules.filter((r) => r !== rule);
    }
    return rule.effect as Extract<FaultEffect, { kind: K }>;
  }
}
