// The floor of an initial sync, run inside the pane's frame by bench/sync-pane.bench.ts: each folder's delta
// pages fetched in turn, read as the Graph adapter reads them, and stored with one bulkPut per page into a mirror
// database of the pane's own schema — the same records, with no merge, no sync state and nothing else.
import { contactRecordOf } from '../../src/adapters/dexie/contact-record.js';
import { MirrorDb } from '../../src/adapters/dexie/mirror-db.js';
import { readDeltaPage } from '../../src/adapters/graph/delta.js';
import type { GraphId } from '../../src/core/contact/contact.js';
import { localIdOf } from '../../src/core/sync/mirror-contact.js';
import { baseOf } from '../../src/core/sync/plan-pull-page.js';

export interface FloorRequest {
  /** Each folder's first delta request, as the pane asks it. */
  readonly firstUrls: readonly { readonly folderId: string; readonly url: string }[];
  readonly token: string;
  readonly pageSize: number;
}

async function syncFloor(request: FloorRequest): Promise<{ seconds: number; contacts: number }> {
  const db = new MirrorDb('bench-sync-floor');
  await db.open();
  const started = performance.now();
  let contacts = 0;
  for (const { folderId, url: first } of request.firstUrls) {
    let url: string | undefined = first;
    while (url !== undefined) {
      const response = await fetch(url, { headers: { Authorization: `Bearer ${request.token}`, Prefer: `odata.maxpagesize=${request.pageSize}` } });
      const page = readDeltaPage(await response.json(), folderId as GraphId);
      contacts += page.upserts.length;
      await db.contacts.bulkPut(page.upserts.map((contact) => contactRecordOf({ localId: localIdOf(contact), folderId: contact.folderId, graphId: contact.id, ...(contact.clientId === undefined ? {} : { clientId: contact.clientId }), fields: contact.fields, base: baseOf(contact) })));
      url = page.nextLink;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  db.close();
  await MirrorDb.delete('bench-sync-floor');
  return { seconds, contacts };
}

(window as unknown as { syncFloor: typeof syncFloor }).syncFloor = syncFloor;
