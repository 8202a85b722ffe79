import { describe, expect, it } from 'vitest';
import { planFolders } from '../../../../src/core/sync/plan-folders.js';
import type { MirrorFolder } from '../../../../src/core/sync/plan-folders.js';
import { planReconcile } from '../../../../src/core/sync/plan-reconcile.js';
import { aContact, aLocalRow, aSyncedRow } from '../../../fakes/contact-builders.js';

describe('planReconcile', () => {
  const seen = aSyncedRow('g1', aContact(), 'ck', { seenInRound: 'r2' });
  const unseen = aSyncedRow('g2', aContact(), 'ck', { seenInRound: 'r1' });
  const unseenEdited = { ...aSyncedRow('g3', aContact()), fields: aContact({ jobTitle: 'Poet' }), localChangedAt: 9 };
  const neverPushed = aLocalRow('c1', aContact());

  it('removes the contacts the round did not see again', () => {
    const actions = planReconcile([seen, unseen], 'r2', 1);
    expect(actions).toEqual([{ kind: 'remove', localId: unseen.localId, conflicts: [] }]);
  });

  it('keeps contacts that were never pushed', () => {
    expect(planReconcile([neverPushed], 'r2', 1)).toEqual([]);
  });

  it('logs the unpushed edits of a contact gone from the server', () => {
    const [action] = planReconcile([unseenEdited], 'r2', 1);
    expect(action?.kind === 'remove' && action.conflicts[0]?.lost).toEqual({ jobTitle: 'Poet' });
  });
});

describe('planFolders', () => {
  const folder = (id: string, displayName = id): MirrorFolder => ({ id: id as never, displayName, isDefault: false, mailbox: 'me', readOnly: false });

  it('writes new and renamed folders and removes vanished ones', () => {
    const plan = planFolders([folder('a', 'A2'), folder('c')], [folder('a'), folder('b')], 'me');
    expect(plan.upserts.map((f) => f.id)).toEqual(['a', 'c']);
    expect(plan.removed).toEqual(['b']);
  });

  it('leaves the folders of other mailboxes alone', () => {
    const shared = { ...folder('s'), mailbox: 'user:bob' };
    expect(planFolders([folder('a')], [folder('a'), shared], 'me')).toEqual({ upserts: [], removed: [] });
  });
});
