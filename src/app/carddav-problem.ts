// Turns a failed CardDAV request in the pane into the problem the section explains: refused credentials, a
// request the browser blocked or that reached nothing (a probe tells which: see probeCors), or another failure
// with its message. Our errors never carry the password, so their messages may be shown.
import { probeCors } from '../adapters/browser/probe-cors.js';
import { AuthError, RemoteError } from '../core/errors.js';
import type { CardDavProblem } from '../ui/ports/carddav-pane.js';

/** A request that got no answer the page could read: a rejected fetch, which the request layer reports as status 0. */
export function isUnanswered(error: unknown): boolean {
  return (error instanceof RemoteError && error.status === 0) || error instanceof TypeError;
}

export async function problemOf(error: unknown, serverUrl: string, origin: string): Promise<CardDavProblem> {
  const server = new URL(serverUrl).origin;
  if (error instanceof AuthError) return { kind: 'refused', server };
  if (isUnanswered(error)) {
    const probe = await probeCors(serverUrl);
    if (probe !== 'allowed') return { kind: 'blocked', server, origin, reachable: probe === 'blocked' };
  }
  return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
}
