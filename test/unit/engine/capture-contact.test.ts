import { describe, expect, it } from 'vitest';
import type { ClientId } from '../../../src/core/contact/contact.js';
import { UserError } from '../../../src/core/errors.js';
import { captureAll, planCaptureAll } from '../../../src/engine/capture-all-unknown.js';
import { captureContact, captureFolderOf, draftFor } from '../../../src/engine/capture-contact.js';
import type { CaptureDeps } from '../../../src/engine/capture-contact.js';
import { matchHeaders } from '../../../src/engine/match-participants.js';
import { FOLDER } from '../../fakes/contact-builders.js';
import { InMemoryMirrorStore } from '../../fakes/in-memory-mirror-store.js';
import { FOLDERS, ME, SHARED_FOLDER, aMirror, aPerson, who } from './match-fixtures.js';

function depsFor(store: InMemoryMirrorStore): CaptureDeps {
  let ids = 0;
  return { store, now: () => 1_700_000_000_000, newClientId: () => `cid-${++ids}` as ClientId };
}

describe('draftFor', () => {
  it.each([
    ['Doe, John', 'john.doe@fabrikam.example', { givenName: 'John', surname: 'Doe', displayName: 'Doe, John' }],
    ['"Dr. Amélie Laurent, PhD"', 'amelie@x.example', { givenName: 'Amélie', surname: 'Laurent', title: 'Dr.', generation: 'PhD' }],
    ['山田 太郎', 'taro@y.example', { surname: '山田', givenName: '太郎', displayName: '山田 太郎' }],
    ['', 'mary.ann.smith@z.example', { givenName: 'Mary', middleName: 'Ann', surname: 'Smith' }],
  ])('parses "%s" into name fields and keeps the address', (displayName, address, names) => {
    const draft = draftFor({ displayName: displayName || undefined, address });
    expect(draft).toMatchObject(names);
    expect(draft.emailAddresses?.map((email) => email.address)).toEqual([address]);
  });
});

describe('captureContact', () => {
  it('writes the contact and its create entry to the outbox together', async () => {
    const store = await aMirror([]);
    const localId = await captureContact(depsFor(store), draftFor({ displayName: 'Zed Zulu', address: 'zed@zulu.example' }));
    const row = await store.getContact(localId);
    expect(row).toMatchObject({ folderId: FOLDER, clientId: 'cid-1', fields: { displayName: 'Zed Zulu', surname: 'Zulu' } });
    expect(row?.base).toBeUndefined();
    expect(await store.pending()).toEqual([expect.objectContaining({ localId, op: { kind: 'create' }, at: 1_700_000_000_000 })]);
  });

  it('makes the captured person known to the next match', async () => {
    const store = await aMirror([]);
    const headers = { from: who('Zed Zulu', 'zed@zulu.example') };
    expect((await matchHeaders(store, headers, [ME]))[0]?.status).toBe('unknown');
    await captureContact(depsFor(store), draftFor({ displayName: 'Zed Zulu', address: 'zed@zulu.example' }));
    expect((await matchHeaders(store, headers, [ME]))[0]?.status).toBe('known');
  });

  it('refuses with a user error before the first sync has brought a folder', async () => {
    const store = new InMemoryMirrorStore();
    await expect(captureContact(depsFor(store), draftFor({ address: 'a@b.example' }))).rejects.toBeInstanceOf(UserError);
    expect(await store.countPending()).toBe(0);
  });

  it('captures into the user’s default folder, never a shared read-only one', () => {
    expect(captureFolderOf(FOLDERS)?.id).toBe(FOLDER);
    expect(captureFolderOf(FOLDERS.filter((folder) => folder.id === SHARED_FOLDER))).toBeUndefined();
  });
});

describe('captureAll', () => {
  it('previews every unknown participant and captures the kept ones, each with its outbox entry', async () => {
    const store = await aMirror([aPerson({ displayName: 'John Doe', emailAddresses: [{ address: 'john@fabrikam.example' }] })]);
    const headers = { from: who('John Doe', 'john@fabrikam.example'), to: [who('Ann Bee', 'ann@bee.example'), who('', 'carl.dean@dean.example'), who('Eve', 'eve@eve.example')] };
    const preview = planCaptureAll(await matchHeaders(store, headers, [ME]));
    expect(preview.map((row) => [row.address, row.fields.displayName])).toEqual([
      ['ann@bee.example', 'Ann Bee'],
      ['carl.dean@dean.example', 'Carl Dean'],
      ['eve@eve.example', 'Eve'],
    ]);
    const ids = await captureAll(depsFor(store), preview, new Set(['ann@bee.example', 'carl.dean@dean.example']));
    expect(ids).toHaveLength(2);
    expect((await store.pending()).map((entry) => entry.localId)).toEqual(ids);
    expect((await matchHeaders(store, headers, [ME])).map((match) => match.status)).toEqual(['known', 'known', 'known', 'unknown']);
  });
});
