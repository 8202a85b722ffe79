import { describe, expect, it } from 'vitest';
import type { LocalId } from '../../../../src/core/sync/mirror-contact.js';
import type { OutboxEntry, OutboxOp } from '../../../../src/core/sync/outbox-entry.js';
import { planOutbox } from '../../../../src/core/sync/plan-outbox.js';

const A = 'c:a' as LocalId;
const B = 'g:b' as LocalId;
const create: OutboxOp = { kind: 'create' };
const del: OutboxOp = { kind: 'delete' };
const edit = (...fields: ('surname' | 'jobTitle')[]): OutboxOp => ({ kind: 'update', fields });

function entries(...ops: [LocalId, OutboxOp][]): OutboxEntry[] {
  return ops.map(([localId, op], index) => ({ seq: index + 1, localId, op, at: index }));
}

describe('planOutbox', () => {
  const rows: [string, OutboxEntry[], string][] = [
    ['sends a lone create as a create', entries([A, create]), 'create'],
    ['folds edits into a pending create', entries([A, create], [A, edit('surname')]), 'create'],
    ['sends an edit then a delete as a delete', entries([B, edit('surname')], [B, del]), 'delete'],
    ['drops a create followed by a delete', entries([A, create], [A, edit('jobTitle')], [A, del]), 'none'],
    ['joins the fields of successive edits', entries([B, edit('surname')], [B, edit('jobTitle')]), 'update:surname,jobTitle'],
  ];
  it.each(rows)('%s', (_name, input, expected) => {
    const [plan] = planOutbox(input);
    const intent = plan?.intent;
    expect(intent?.kind === 'update' ? `update:${intent.fields.join(',')}` : intent?.kind).toBe(expected);
    expect(plan?.seqs).toEqual(input.map((entry) => entry.seq));
  });

  it('orders contacts by their first entry and settles each contact’s entries together', () => {
    const plan = planOutbox(entries([B, edit('surname')], [A, create], [B, edit('jobTitle')]));
    expect(plan.map((push) => [push.localId, push.seqs])).toEqual([
      [B, [1, 3]],
      [A, [2]],
    ]);
  });

  it('orders entries by sequence even when given out of order', () => {
    const [first, second] = entries([A, create], [A, del]);
    expect(planOutbox([second!, first!])[0]?.intent.kind).toBe('none');
  });
});
