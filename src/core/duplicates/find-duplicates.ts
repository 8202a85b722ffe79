// Finds groups of likely duplicate contacts: contacts sharing any duplicate key (see duplicate-keys.ts) are joined,
// and joins chain (A shares an address with B, B a phone with C: one group), by union-find over the keys with path
// halving and union by size (Tarjan 1975), so a 50,000-contact mirror is grouped in one pass over its keys.
// The keys may come precomputed (`groupByKeys`: a mirror keeps each contact's keys beside it) or be derived here.
import type { ContactFields } from '../contact/contact.js';
import type { LocalId } from '../sync/mirror-contact.js';
import { duplicateKeysOf, kindOfKey, type DuplicateKeyKind } from './duplicate-keys.js';

/**
 * A key shared by more contacts than this is a switchboard number or a team address (info@, +1 800 …), not
 * evidence of one person: it joins nobody.
 */
export const MAX_CONTACTS_PER_KEY = 8;

export interface DuplicateCandidate {
  readonly localId: LocalId;
  readonly fields: ContactFields;
}

/** A contact by its duplicate keys (`duplicateKeysOf`): each key once. */
export interface KeyedCandidate {
  readonly localId: LocalId;
  readonly keys: readonly string[];
}

export interface DuplicateGroup {
  /** The members' local ids, in the order the candidates were given. */
  readonly localIds: readonly LocalId[];
  /** Why they were joined: each kind of key two or more members share. */
  readonly reasons: readonly DuplicateKeyKind[];
}

function find(parent: Int32Array, at: number): number {
  let node = at;
  while (parent[node] !== node) {
    const up = parent[node] as number;
    parent[node] = parent[up] as number;
    node = up;
  }
  return node;
}

function union(parent: Int32Array, size: Int32Array, a: number, b: number): void {
  let rootA = find(parent, a);
  let rootB = find(parent, b);
  if (rootA === rootB) return;
  if ((size[rootA] as number) < (size[rootB] as number)) [rootA, rootB] = [rootB, rootA];
  parent[rootB] = rootA;
  size[rootA] = (size[rootA] as number) + (size[rootB] as number);
}

/** Every key and the candidates holding it (by index). */
function indexKeys(candidates: readonly KeyedCandidate[]): Map<string, number[]> {
  const holders = new Map<string, number[]>();
  candidates.forEach((candidate, index) => {
    for (const key of candidate.keys) {
      const list = holders.get(key);
      if (list === undefined) holders.set(key, [index]);
      // Candidates are visited in order: a key the same contact lists twice is already its list's last entry.
      else if (list[list.length - 1] !== index) list.push(index);
    }
  });
  return holders;
}

/** The groups of two or more likely duplicates, ordered by their first member. */
export function findDuplicates(candidates: readonly DuplicateCandidate[]): readonly DuplicateGroup[] {
  return groupByKeys(candidates.map((candidate) => ({ localId: candidate.localId, keys: duplicateKeysOf(candidate.fields) })));
}

/** The groups of two or more contacts joined by their precomputed keys, ordered by their first member. */
export function groupByKeys(candidates: readonly KeyedCandidate[]): readonly DuplicateGroup[] {
  const parent = Int32Array.from(candidates, (_, index) => index);
  const size = new Int32Array(candidates.length).fill(1);
  const joining: [string, number[]][] = [];
  for (const [key, holders] of indexKeys(candidates)) {
    if (holders.length < 2 || holders.length > MAX_CONTACTS_PER_KEY) continue;
    joining.push([key, holders]);
    const first = holders[0] as number;
    for (const other of holders.slice(1)) union(parent, size, first, other);
  }
  const members = new Map<number, number[]>();
  const reasons = new Map<number, Set<DuplicateKeyKind>>();
  for (const [key, holders] of joining) {
    const root = find(parent, holders[0] as number);
    const kinds = reasons.get(root) ?? new Set<DuplicateKeyKind>();
    kinds.add(kindOfKey(key));
    reasons.set(root, kinds);
  }
  candidates.forEach((_, index) => {
    const root = find(parent, index);
    if ((size[root] as number) < 2) return;
    const list = members.get(root);
    if (list === undefined) members.set(root, [index]);
    else list.push(index);
  });
  return [...members.entries()]
    .sort(([, a], [, b]) => (a[0] as number) - (b[0] as number))
    .map(([root, list]) => ({
      localIds: list.map((index) => (candidates[index] as KeyedCandidate).localId),
      reasons: (['email', 'phone', 'name'] as const).filter((kind) => reasons.get(root)?.has(kind) === true),
    }));
}
