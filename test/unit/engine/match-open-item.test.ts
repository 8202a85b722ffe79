import { describe, expect, it } from 'vitest';
import type { LookupKeys } from '../../../src/core/match/lookup-keys-for.js';
import { OpenItemMatcher } from '../../../src/engine/match-open-item.js';
import type { MatchOutcome } from '../../../src/engine/match-open-item.js';
import type { MatchCandidateRows } from '../../../src/ports/mirror-store.js';
import { InMemoryMirrorStore } from '../../fakes/in-memory-mirror-store.js';
import { ME, aMirror, aPerson, anItem, who } from './match-fixtures.js';

/** A mirror whose lookups wait until the test releases them, in any order. */
class GatedMirror extends InMemoryMirrorStore {
  readonly gates: Array<() => void> = [];
  override async findMatchCandidates(lookups: readonly LookupKeys[], limit: number): Promise<readonly MatchCandidateRows[]> {
    await new Promise<void>((resolve) => this.gates.push(resolve));
    return super.findMatchCandidates(lookups, limit);
  }
}

async function gatedMirror(): Promise<GatedMirror> {
  const seeded = await aMirror([aPerson({ displayName: 'John Doe', emailAddresses: [{ address: 'john@fabrikam.example' }] })]);
  const store = new GatedMirror();
  await store.applyFolderPlan({ upserts: await seeded.listFolders(), removed: [] });
  const rows = await seeded.allRows();
  await store.applyPullPage(rows[0]!.folderId, { localIds: [], graphIds: [], plan: () => rows.map((contact) => ({ kind: 'upsert' as const, contact })) }, { folderId: rows[0]!.folderId });
  return store;
}

const older = anItem('item-old', { from: who('John Doe', 'john@fabrikam.example') });
const newer = anItem('item-new', { from: who('Zed', 'zed@zulu.example') });
const statusOf = (outcome: MatchOutcome) => (outcome.status === 'current' ? `${outcome.result.itemKey}:${outcome.result.matches.map((m) => m.status).join(',')}` : 'stale');

describe('OpenItemMatcher', () => {
  it('answers the matches with the item key they belong to', async () => {
    const matcher = new OpenItemMatcher(await aMirror([aPerson({ displayName: 'John Doe', emailAddresses: [{ address: 'john@fabrikam.example' }] })]), () => [ME]);
    expect(statusOf(await matcher.match(older))).toBe('item-old:known');
  });

  it('drops the answer for an older item that arrives after the newer one', async () => {
    const store = await gatedMirror();
    const matcher = new OpenItemMatcher(store, () => [ME]);
    const first = matcher.match(older);
    const second = matcher.match(newer);
    await expect.poll(() => store.gates.length).toBe(2);
    store.gates[1]!();
    expect(statusOf(await second)).toBe('item-new:unknown');
    store.gates[0]!();
    expect(await first).toEqual({ status: 'stale' });
  });

  it('drops the answer for an older item that arrives before the newer one', async () => {
    const store = await gatedMirror();
    const matcher = new OpenItemMatcher(store, () => [ME]);
    const first = matcher.match(older);
    const second = matcher.match(newer);
    await expect.poll(() => store.gates.length).toBe(2);
    store.gates[0]!();
    expect(await first).toEqual({ status: 'stale' });
    store.gates[1]!();
    expect(statusOf(await second)).toBe('item-new:unknown');
  });

  it('keeps only the newest recipients of the same item being composed', async () => {
    const store = await gatedMirror();
    const matcher = new OpenItemMatcher(store, () => [ME]);
    const draft = anItem('draft-1', { to: [who('John Doe', 'john@fabrikam.example')] }, 'compose');
    const edited = anItem('draft-1', { to: [who('John Doe', 'john@fabrikam.example'), who('', 'new@x.example')] }, 'compose');
    const first = matcher.match(draft);
    const second = matcher.match(edited);
    await expect.poll(() => store.gates.length).toBe(2);
    store.gates[1]!();
    store.gates[0]!();
    expect(await first).toEqual({ status: 'stale' });
    expect(statusOf(await second)).toBe('draft-1:known,unknown');
  });

  it('tells whether a result belongs to the item now open', async () => {
    const matcher = new OpenItemMatcher(await aMirror([]), () => [ME]);
    const outcome = await matcher.match(older);
    if (outcome.status !== 'current') throw new Error('expected a current result');
    expect(OpenItemMatcher.belongsTo(outcome.result, older)).toBe(true);
    expect(OpenItemMatcher.belongsTo(outcome.result, newer)).toBe(false);
    expect(OpenItemMatcher.belongsTo(outcome.result, null)).toBe(false);
  });
});
