// The shape every Graph handler sees: one request (from HTTP or from inside a $batch) and its answer.
import type { FaultPlan } from '../faults/fault-plan.js';
import type { GraphPrincipal } from '../oidc/access-token.js';
import type { EmulatorState } from '../store/emulator-state.js';
import type { Mailbox } from '../store/mailbox.js';
import { badRequest } from './errors.js';

export interface GraphCall {
  readonly method: string;
  /** Decoded path segments after `/v1.0`, e.g. `['me', 'contacts', 'AAMk…']`. */
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  readonly principal: GraphPrincipal;
  readonly requestId: string;
}

export interface GraphResult {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A JSON body (most answers). */
  readonly json?: unknown;
  /** A binary body (photo `$value`), with `contentType`. */
  readonly bytes?: Buffer;
  readonly contentType?: string;
}

export interface GraphContext {
  readonly state: EmulatorState;
  /** `${publicUrl}/v1.0`: the base of `@odata.nextLink`, `@odata.deltaLink` and `@odata.context`. */
  readonly graphUrl: string;
  readonly maxDeltaPageSize: number;
  /** Armed faults; delta reads the empty-page fault from here. */
  readonly faults?: FaultPlan;
}

/** What a route handler receives: the call, the mailbox it addresses and the matched path parameters. */
export interface RouteInput {
  readonly call: GraphCall;
  readonly ctx: GraphContext;
  readonly mailbox: Mailbox;
  /** `me` or `users/{id}`: the prefix for links that point back into this mailbox. */
  readonly mailboxPath: string;
  readonly params: Readonly<Record<string, string>>;
}

export type RouteHandler = (input: RouteInput) => GraphResult | Promise<GraphResult>;

export const jsonResult = (json: unknown, status = 200, headers?: Record<string, string>): GraphResult => ({ status, json, ...(headers ? { headers } : {}) });

export const noContent = (): GraphResult => ({ status: 204 });

/** Parses a JSON object body; Graph answers 400 when it is not one. */
export function readJsonObject(call: GraphCall): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(call.body.toString('utf8') || 'null');
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badRequest('Empty Payload. JSON content expected.');
  }
  return parsed as Record<string, unknown>;
}
