// The Dexie mirror stores pulled pages one after another, in the order they were handed over, whatever their
// folders: a page waits for the one before, and a page that fails does not hold up the ones after it.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DexieMirrorStore } from '../../src/adapters/dexie/dexie-mirror-store.js';
import type { PullAction } from '../../src/core/sync/pull-action.js';
import { FOLDER, aSyncedRow } from '../fakes/contact-builders.js';

const NAME = 'pull-page-writes';
let store: DexieMirrorStore | undefined;

afterEach(async () => {
  await store?.close();
  await Dexie.delete(NAME);
});

function page(target: DexieMirrorStore, id: string, events: string[], fail = false) {
  const plan = (): PullAction[] => {
    events.push(`plan ${id}`);
    if (fail) throw new Error(`page ${id} cannot be planned`);
    return [{ kind: 'upsert', contact: aSyncedRow(id, { displayName: `Person ${id}` }) }];
  };
  return target.applyPullPage(FOLDER, { localIds: [], graphIds: [], plan }, { folderId: FOLDER, nextLink: `next-${id}` }).then(
    () => events.push(`stored ${id}`),
    () => events.push(`failed ${id}`),
  );
}

describe('pulled pages in the Dexie mirror', () => {
  it('are stored one after another in the order given, and a failed page lets the next be stored', async () => {
    store = new DexieMirrorStore(NAME);
    await store.applyFolderPlan({ upserts: [{ id: FOLDER, displayName: 'Contacts', isDefault: true, mailbox: 'me', readOnly: false }], removed: [] });
    const events: string[] = [];
    await Promise.all([page(store, 'g1', events), page(store, 'g2', events, true), page(store, 'g3', events)]);
    expect(events).toEqual(['plan g1', 'stored g1', 'plan g2', 'failed g2', 'plan g3', 'stored g3']);
    expect((await store.listContacts()).map((row) => row.graphId)).toEqual(['g1', 'g3']);
    expect((await store.getSyncState(FOLDER))?.nextLink).toBe('next-g3');
  });
});
