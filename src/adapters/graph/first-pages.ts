// The first requests of a sync run for one mailbox as JSON batches (learn.microsoft.com/graph/json-batching):
// the folder hierarchy's delta and each folder's contacts delta, up to 20 to a batch, run one after another by
// Graph (dependsOn), so a run that finds nothing new costs one round trip for up to 19 folders. Delta links
// are absolute; a batch takes them relative to the version root. A link on another host is fetched alone.
import type { GraphId } from '../../core/contact/contact.js';
import { RemoteError } from '../../core/errors.js';
import { MAX_BATCH_REQUESTS } from '../../core/sync/plan-batches.js';
import type { ContactsDeltaPage, FirstPages, FirstPagesRequest, FolderChangesPage, MailboxRef } from '../../ports/contacts-remote.js';
import { runBatch } from './batch.js';
import type { BatchOutcome, BatchRequest, BatchRunner } from './batch.js';
import { firstDeltaUrl, firstFolderDeltaUrl, readDeltaPage, readFolderChangesPage } from './delta.js';
import { remoteErrorFrom } from './graph-error.js';
import { mailboxKey, mailboxPath } from './mailbox-path.js';

export interface FirstPagesSource {
  readonly runner: BatchRunner;
  readonly pageSize: number;
  /** Fetches one page alone, for a link a batch cannot carry. */
  readonly single: (request: Single) => Promise<FolderChangesPage | ContactsDeltaPage>;
}

export type Single = { readonly kind: 'folders'; readonly link: string } | { readonly kind: 'contacts'; readonly folderId: GraphId; readonly link: string };

type Slot = { readonly kind: 'folders'; readonly url: string } | { readonly kind: 'contacts'; readonly folderId: GraphId; readonly url: string };

/** The link relative to the client's version root, or undefined when it points elsewhere. */
function relative(base: string, link: string): string | undefined {
  if (!/^https?:\/\//i.test(link)) return link;
  return link.toLowerCase().startsWith(`${base.toLowerCase()}/`) ? link.slice(base.length) : undefined;
}

function pageOf(slot: Slot, outcome: BatchOutcome, now: number): FolderChangesPage | ContactsDeltaPage | Error {
  if (outcome.error !== undefined) return outcome.error;
  const action = slot.kind === 'folders' ? 'reading the contact folders delta' : `reading the contacts delta of folder ${slot.folderId}`;
  if (outcome.status < 200 || outcome.status >= 300) return remoteErrorFrom({ status: outcome.status, headers: outcome.headers, body: outcome.body, action, delta: true }, now);
  try {
    return slot.kind === 'folders' ? readFolderChangesPage(outcome.body) : readDeltaPage(outcome.body, slot.folderId);
  } catch (error) {
    return error instanceof Error ? error : new RemoteError(String(error), { status: 502 });
  }
}

async function alone(source: FirstPagesSource, slot: Slot, link: string): Promise<FolderChangesPage | ContactsDeltaPage | Error> {
  try {
    return await source.single(slot.kind === 'folders' ? { kind: 'folders', link } : { kind: 'contacts', folderId: slot.folderId, link });
  } catch (error) {
    return error instanceof Error ? error : new RemoteError(String(error), { status: 502 });
  }
}

export async function firstPagesOverGraph(source: FirstPagesSource, mailbox: MailboxRef, request: FirstPagesRequest): Promise<FirstPages> {
  const root = mailboxPath(mailbox);
  const base = source.runner.client.baseUrl;
  const slots: Slot[] = [
    { kind: 'folders', url: request.foldersLink ?? firstFolderDeltaUrl(root) },
    ...request.contacts.map((each): Slot => ({ kind: 'contacts', folderId: each.folderId, url: each.link ?? firstDeltaUrl(root, each.folderId) })),
  ];
  const answers: (FolderChangesPage | ContactsDeltaPage | Error)[] = [];
  const batched: { readonly index: number; readonly slot: Slot; readonly request: BatchRequest }[] = [];
  for (const [index, slot] of slots.entries()) {
    const url = relative(base, slot.url);
    if (url === undefined) {
      answers[index] = await alone(source, slot, slot.url);
      continue;
    }
    const headers = slot.kind === 'contacts' ? { Prefer: `odata.maxpagesize=${source.pageSize}` } : undefined;
    batched.push({ index, slot, request: { method: 'GET', url, ...(headers === undefined ? {} : { headers }) } });
  }
  for (let start = 0; start < batched.length; start += MAX_BATCH_REQUESTS) {
    const part = batched.slice(start, start + MAX_BATCH_REQUESTS);
    const outcomes = await runBatch(source.runner, mailboxKey(mailbox), part.map((each) => each.request));
    const now = source.runner.clock.now();
    part.forEach((each, position) => {
      answers[each.index] = pageOf(each.slot, outcomes[position] as BatchOutcome, now);
    });
  }
  const [folders, ...contacts] = answers;
  return { folders: folders as FolderChangesPage | Error, contacts: contacts as (ContactsDeltaPage | Error)[] };
}
