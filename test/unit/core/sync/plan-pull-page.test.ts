import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../../../src/core/contact/contact.js';
import type { LocalId, MirrorContact } from '../../../../src/core/sync/mirror-contact.js';
import { planPullPage } from '../../../../src/core/sync/plan-pull-page.js';
import type { PullLocalState } from '../../../../src/core/sync/plan-pull-page.js';
import type { RemoteContact } from '../../../../src/core/sync/remote-contact.js';
import { aContact, aLocalRow, aRemote, aSyncedRow } from '../../../fakes/contact-builders.js';

const NOW = 5_000;
const LATER = '2026-06-01T00:00:00Z';

function stateOf(rows: readonly MirrorContact[]): PullLocalState {
  return {
    rows: new Map(rows.map((row) => [row.localId, row])),
    byGraphId: new Map(rows.filter((row) => row.graphId).map((row) => [row.graphId as GraphId, row.localId])),
  };
}

const synced = aSyncedRow('g1', aContact());
const edited: MirrorContact = { ...synced, fields: aContact({ jobTitle: 'Poet' }), localChangedAt: 1 };
const deleted: MirrorContact = { ...synced, deleted: true, localChangedAt: 1 };
const pendingCreate = aLocalRow('c1', aContact({ surname: 'Byron' }), { createAttempted: true });
const serverEdit = aRemote('g1', aContact({ surname: 'King' }), { changeKey: 'ck-2', lastModifiedDateTime: LATER });
const serverSame = aRemote('g1', aContact());

describe('planPullPage', () => {
  const rows: [string, readonly MirrorContact[], readonly RemoteContact[], readonly string[], string[]][] = [
    // scenario, local rows, server upserts, server removals, expected action kinds
    ['inserts a contact new on the server', [], [serverEdit], [], ['upsert']],
    ['overwrites a contact without local changes', [synced], [serverEdit], [], ['upsert']],
    ['writes nothing when the changeKey is the stored one', [synced], [serverSame], [], []],
    ['merges a contact changed on both sides', [edited], [serverEdit], [], ['reconcile']],
    ['keeps a local delete pending when the server changed the contact, logging the change', [deleted], [serverEdit], [], ['reconcile']],
    ['writes nothing for a local delete when the changeKey is the stored one', [deleted], [serverSame], [], []],
    ['removes a contact deleted on the server', [synced], [], ['g1'], ['remove']],
    ['removes a contact deleted on both sides', [deleted], [], ['g1'], ['remove']],
    ['ignores a removal of an unknown contact', [], [], ['g9'], []],
    ['adopts a create whose answer was lost', [pendingCreate], [aRemote('g7', aContact(), { clientId: pendingCreate.clientId })], [], ['reconcile']],
  ];
  it.each(rows)('%s', (_name, local, upserts, removedIds, expected) => {
    const actions = planPullPage({ upserts, removedIds: removedIds as GraphId[] }, stateOf(local), { now: NOW });
    expect(actions.map((action) => action.kind)).toEqual(expected);
  });

  it('keeps the local edit and takes the server edit of another field', () => {
    const [action] = planPullPage({ upserts: [serverEdit], removedIds: [] }, stateOf([edited]), { now: NOW });
    expect(action?.kind === 'reconcile' && action.contact.fields).toMatchObject({ jobTitle: 'Poet', surname: 'King' });
    expect(action?.kind === 'reconcile' && action.contact.base?.changeKey).toBe('ck-2');
  });

  it('keeps a local delete and logs each field the server changed since, under the copy of a moved contact', () => {
    const remote = aRemote('g1', aContact({ surname: 'King', jobTitle: 'Countess' }), { changeKey: 'ck-2', lastModifiedDateTime: LATER });
    const [plain] = planPullPage({ upserts: [remote], removedIds: [] }, stateOf([deleted]), { now: NOW });
    expect(plain?.kind === 'reconcile' && plain.contact).toMatchObject({ deleted: true, base: { changeKey: 'ck-2' } });
    expect(plain?.kind === 'reconcile' && plain.conflicts).toEqual([
      expect.objectContaining({ localId: deleted.localId, field: 'surname', reason: 'changed-after-delete', kept: undefined, lost: 'King', at: NOW }),
      expect.objectContaining({ localId: deleted.localId, field: 'jobTitle', reason: 'changed-after-delete', kept: undefined, lost: 'Countess', at: NOW }),
    ]);
    const moved: MirrorContact = { ...deleted, movedTo: 'c:copy' as LocalId };
    const [forMove] = planPullPage({ upserts: [remote], removedIds: [] }, stateOf([moved]), { now: NOW });
    expect(forMove?.kind === 'reconcile' && forMove.conflicts.map((entry) => [entry.localId, entry.field, entry.kept, entry.lost])).toEqual([
      ['c:copy', 'surname', synced.fields.surname, 'King'],
      ['c:copy', 'jobTitle', synced.fields.jobTitle, 'Countess'],
    ]);
  });

  it('logs the lost local edits of a contact deleted on the server', () => {
    const [action] = planPullPage({ upserts: [], removedIds: ['g1' as GraphId] }, stateOf([edited]), { now: NOW });
    expect(action?.kind === 'remove' && action.conflicts).toEqual([
      expect.objectContaining({ reason: 'deleted-on-server', lost: { jobTitle: 'Poet' }, at: NOW }),
    ]);
  });

  it('logs the losing side when both changed the same field', () => {
    const local = { ...synced, fields: aContact({ surname: 'Byron' }), localChangedAt: 1 };
    const [action] = planPullPage({ upserts: [serverEdit], removedIds: [] }, stateOf([local]), { now: NOW });
    expect(action?.kind === 'reconcile' && action.conflicts).toEqual([
      expect.objectContaining({ field: 'surname', keptSide: 'remote', kept: 'King', lost: 'Byron', reason: 'both-changed' }),
    ]);
  });

  it('keeps the local id of an adopted create and sets its graph id', () => {
    const remote = aRemote('g7', aContact(), { clientId: pendingCreate.clientId });
    const [action] = planPullPage({ upserts: [remote], removedIds: [] }, stateOf([pendingCreate]), { now: NOW });
    expect(action?.kind === 'reconcile' && [action.contact.localId, action.contact.graphId]).toEqual([pendingCreate.localId, 'g7']);
    expect(action?.kind === 'reconcile' && action.contact.fields.surname).toBe('Byron');
  });

  it('stamps unchanged contacts with the round during a resync', () => {
    const actions = planPullPage({ upserts: [serverSame], removedIds: [] }, stateOf([synced]), { now: NOW, round: 'r1' });
    expect(actions).toEqual([{ kind: 'upsert', contact: expect.objectContaining({ seenInRound: 'r1' }) }]);
  });

  it('files a server contact carrying a client id under that client id', () => {
    const remote = aRemote('g8', aContact(), { clientId: 'other-device' as never });
    const [action] = planPullPage({ upserts: [remote], removedIds: [] }, stateOf([]), { now: NOW });
    expect(action?.kind === 'upsert' && action.contact.localId).toBe('c:other-device' as LocalId);
  });
});
