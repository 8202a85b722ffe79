// `contact-bridge mirror`: mirrors a mailbox into a store file, drains that store's outbox, and answers a
// summary (folders, contacts, created/updated/deleted, requests, seconds). The same engine as the pane.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { GraphContactsRemote } from '../adapters/graph/graph-contacts-remote.js';
import type { ClientId } from '../core/contact/contact.js';
import { UserError } from '../core/errors.js';
import { syncOnce } from '../engine/sync-once.js';
import type { Clock } from '../ports/clock.js';
import type { TokenProvider } from '../ports/token-provider.js';
import { openFileMirrorStore } from './file-mirror-store.js';

export const MIRROR_USAGE = 'Usage: contact-bridge mirror --graph <base URL> --token <bearer> --store <file>';

export interface MirrorSummary {
  readonly folders: number;
  readonly contacts: number;
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly conflicts: number;
  readonly failures: number;
  readonly pendingOutbox: number;
  readonly requests: number;
  readonly seconds: number;
}

const SYSTEM_CLOCK: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

export function parseMirrorArgs(args: readonly string[]): { graph: string; token: string; store: string } {
  const { values } = parseArgs({ args: [...args], options: { graph: { type: 'string' }, token: { type: 'string' }, store: { type: 'string' } }, strict: true });
  if (values.graph === undefined || values.store === undefined) throw new UserError('contact-bridge mirror needs --graph and --store.', MIRROR_USAGE, 'Add the missing options.');
  if (values.token === undefined) throw new UserError('contact-bridge mirror needs --token.', 'Device code sign-in is not part of this build.', 'Pass a bearer token for Microsoft Graph with --token.');
  if (!/^https?:\/\//.test(values.graph)) throw new UserError(`--graph must be an http(s) URL, got ${JSON.stringify(values.graph.slice(0, 80))}.`, MIRROR_USAGE, 'Pass the Graph base URL, e.g. https://graph.microsoft.com/v1.0.');
  return { graph: values.graph.replace(/\/+$/, ''), token: values.token, store: values.store };
}

export async function runMirror(args: readonly string[]): Promise<MirrorSummary> {
  const options = parseMirrorArgs(args);
  const started = Date.now();
  let requests = 0;
  const tokens: TokenProvider = { getAccessToken: async () => options.token };
  const countingFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    requests += 1;
    return fetch(input, init);
  };
  const remote = new GraphContactsRemote({ baseUrl: options.graph, tokens, clock: SYSTEM_CLOCK, fetch: countingFetch });
  const file = await openFileMirrorStore(options.store);
  try {
    const summary = await syncOnce({ remote, store: file.store, clock: SYSTEM_CLOCK, newClientId: () => randomUUID() as ClientId });
    await file.save();
    return {
      folders: summary.folders,
      contacts: (await file.store.listContacts()).length,
      created: summary.created,
      updated: summary.updated,
      deleted: summary.deleted,
      conflicts: summary.conflicts,
      failures: summary.failures,
      pendingOutbox: await file.store.countPending(),
      requests,
      seconds: Math.round((Date.now() - started) / 10) / 100,
    };
  } finally {
    await file.close();
  }
}
