// Maps a Graph call (`/me/...` or `/users/{id|upn}/...`) to its handler, checking the scopes the route needs.
// Unknown paths answer 400 "Resource not found for the segment" and known paths with another verb 405, as Graph does.
import type { DemoUser } from '../oidc/access-token.js';
import type { EmulatorState } from '../store/emulator-state.js';
import { contactScopes, requireAnyScope } from './auth.js';
import type { Access } from './auth.js';
import { GraphError, badRequest, methodNotAllowed } from './errors.js';
import type { GraphCall, GraphContext, GraphResult, RouteInput } from './graph-call.js';
import { GRAPH_ROUTES } from './routes.js';

export type ScopeGroup = 'contacts' | 'profile' | 'people' | 'categories';

export interface Route {
  readonly method: string;
  readonly pattern: readonly string[];
  readonly access: Access;
  readonly scopes: ScopeGroup;
  readonly handle: (input: RouteInput) => GraphResult | Promise<GraphResult>;
}

export interface MailboxTarget {
  readonly user: DemoUser;
  readonly mailboxPath: string;
  readonly rest: readonly string[];
}

/** The user whose mailbox a path addresses; 404 for an unknown user, 400 for a path outside `/me` and `/users`. */
export function resolveTarget(state: EmulatorState, segments: readonly string[], callerId: string): MailboxTarget {
  const [head, second, ...tail] = segments;
  if (head?.toLowerCase() === 'me') {
    const user = state.findUser(callerId);
    if (!user) throw new GraphError(404, 'ErrorInvalidUser', 'The requested user is invalid.');
    return { user, mailboxPath: 'me', rest: segments.slice(1) };
  }
  if (head?.toLowerCase() === 'users' && second !== undefined) {
    const user = state.findUser(second);
    if (!user) throw new GraphError(404, 'ErrorInvalidUser', `The requested user '${second.slice(0, 80)}' is invalid.`);
    return { user, mailboxPath: `users/${encodeURIComponent(second)}`, rest: tail };
  }
  throw badRequest(`Resource not found for the segment '${(head ?? '').slice(0, 60)}'.`);
}

function match(pattern: readonly string[], rest: readonly string[]): Record<string, string> | undefined {
  if (pattern.length !== rest.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i += 1) {
    const want = pattern[i] as string;
    const got = rest[i] as string;
    if (want.startsWith(':')) params[want.slice(1)] = got;
    else if (want.toLowerCase() !== got.toLowerCase()) return undefined;
  }
  return params;
}

const literalMatch = (pattern: readonly string[], rest: readonly string[]): boolean =>
  pattern.length === rest.length && pattern.every((p, i) => p.startsWith(':') || p.toLowerCase() === (rest[i] as string).toLowerCase());

function requireScopes(route: Route, call: GraphCall, ownMailbox: boolean): void {
  switch (route.scopes) {
    case 'contacts':
      return requireAnyScope(call.principal, contactScopes(route.access, ownMailbox));
    case 'profile':
      return requireAnyScope(call.principal, ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All']);
    case 'people':
      return requireAnyScope(call.principal, ['People.Read', 'People.Read.All']);
    case 'categories':
      return requireAnyScope(call.principal, route.access === 'read' ? ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'] : ['MailboxSettings.ReadWrite']);
  }
}

/** Runs one Graph call against the state. Throws GraphError for every documented failure. */
export async function routeGraphCall(call: GraphCall, ctx: GraphContext, target: MailboxTarget): Promise<GraphResult> {
  const candidates = GRAPH_ROUTES.filter((r) => literalMatch(r.pattern, target.rest));
  // A literal segment beats a parameter: `contactFolders/delta` is not folder "delta".
  candidates.sort((a, b) => b.pattern.filter((p) => !p.startsWith(':')).length - a.pattern.filter((p) => !p.startsWith(':')).length);
  const route = candidates.find((r) => r.method === call.method);
  if (!route) {
    if (candidates.length > 0) throw methodNotAllowed();
    throw badRequest(`Resource not found for the segment '${(target.rest[0] ?? target.mailboxPath).slice(0, 60)}'.`);
  }
  const ownMailbox = target.user.id === call.principal.userId;
  requireScopes(route, call, ownMailbox);
  if (!ownMailbox && route.access === 'write' && route.scopes !== 'contacts') throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  const params = match(route.pattern, target.rest) ?? {};
  const mailbox = ctx.state.mailboxOf(target.user.id);
  return route.handle({ call, ctx, mailbox, mailboxPath: target.mailboxPath, params });
}
