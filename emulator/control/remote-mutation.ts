// Remote mutations: `/_emulator/remote/{graph path}` runs a Graph request as the mailbox owner would from
// another Outlook client (full scopes, no throttling, no faults, not in the request log). Writes bump changeKeys
// and feed delta exactly as a client's writes do. `/me` is users[0]; `/users/{id|upn}` reaches the others.
import { randomUUID } from 'node:crypto';
import { GraphError, graphErrorBody } from '../graph/errors.js';
import type { GraphContext, GraphResult } from '../graph/graph-call.js';
import { resolveTarget, routeGraphCall } from '../graph/router.js';
import type { EmulatorState } from '../store/emulator-state.js';

const ALL_SCOPES = new Set(['User.Read', 'Contacts.ReadWrite', 'Contacts.ReadWrite.Shared', 'People.Read', 'MailboxSettings.ReadWrite']);

export async function runRemoteMutation(
  options: { readonly state: EmulatorState; readonly ctx: GraphContext },
  method: string,
  graphPath: string,
  query: URLSearchParams,
  body: Buffer,
): Promise<GraphResult> {
  const segments = graphPath.replace(/^\/v1\.0/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const requestId = randomUUID();
  const head = segments[0]?.toLowerCase();
  const owner = head === 'users' ? options.state.findUser(segments[1] ?? '') : options.state.users[0];
  try {
    if (!owner) throw new GraphError(404, 'ErrorInvalidUser', 'The requested user is invalid.');
    const principal = { userId: owner.id, tenantId: owner.tenantId, scopes: ALL_SCOPES };
    const call = { method: method.toUpperCase(), segments, query, headers: { 'content-type': 'application/json' }, body, principal, requestId };
    return await routeGraphCall(call, options.ctx, resolveTarget(options.state, segments, owner.id));
  } catch (error) {
    const graphError = error instanceof GraphError ? error : new GraphError(500, 'generalException', String(error));
    return { status: graphError.status, json: graphErrorBody(graphError.code, graphError.message, requestId, undefined, Date.now()) };
  }
}
