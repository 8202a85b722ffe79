// An in-memory index of the mirror's match keys: the same lookups the store's match indexes answer
// (plus-base, name key, domain; see lookup-keys-for.ts), answered without a storage round trip.
// Contacts are kept as small candidates (names and addresses), never as whole rows.

import { normalizeEmail, plusBaseOf } from '../contact/normalize-email.js';
import type { LookupKeys } from './lookup-keys-for.js';

/** A contact as the index holds it: what lookups answer, and the keys it is found under. */
export interface IndexedContact<C> {
  readonly id: string;
  readonly candidate: C;
  /** Normalized addresses (`normalizeEmail`). */
  readonly emails: readonly string[];
  readonly plusBases: readonly string[];
  readonly domains: readonly string[];
  readonly nameKey?: string | undefined;
}

/** The candidates for one participant, each list ordered by id (the order a storage index answers in). */
export interface IndexLookup<C> {
  readonly byAddress: readonly C[];
  readonly byName: readonly C[];
  readonly byDomain: readonly C[];
}

/** Key to ids; most keys name one contact, kept as a bare id (a set per key would triple the index's heap). */
type KeyMap = Map<string, string | string[]>;

function add(map: KeyMap, key: string, id: string): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, id);
  else if (typeof ids === 'string') {
    if (ids !== id) map.set(key, [ids, id]);
  } else if (!ids.includes(id)) ids.push(id);
}

function drop(map: KeyMap, key: string, id: string): void {
  const ids = map.get(key);
  if (ids === undefined) return;
  if (typeof ids === 'string') {
    if (ids === id) map.delete(key);
    return;
  }
  const at = ids.indexOf(id);
  if (at >= 0) ids.splice(at, 1);
  if (ids.length === 1) map.set(key, ids[0] ?? '');
}

function idsOf(ids: string | readonly string[] | undefined): readonly string[] {
  return ids === undefined ? [] : typeof ids === 'string' ? [ids] : ids;
}

/** The `limit` smallest ids, ascending, in one pass (a company domain can hold thousands). */
function smallest(ids: readonly string[], limit: number): string[] {
  const kept: string[] = [];
  for (const id of ids) {
    if (kept.length === limit && id >= (kept[limit - 1] ?? '')) continue;
    let at = kept.length;
    while (at > 0 && (kept[at - 1] ?? '') > id) at -= 1;
    kept.splice(at, 0, id);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}

export class MatchIndex<C> {
  readonly #entries = new Map<string, IndexedContact<C>>();
  readonly #byPlusBase: KeyMap = new Map();
  readonly #byName: KeyMap = new Map();
  readonly #byDomain: KeyMap = new Map();

  get size(): number {
    return this.#entries.size;
  }

  /** Adds a contact, or replaces the one with the same id. */
  put(entry: IndexedContact<C>): void {
    this.remove(entry.id);
    this.#entries.set(entry.id, entry);
    for (const base of entry.plusBases) add(this.#byPlusBase, base, entry.id);
    for (const domain of entry.domains) add(this.#byDomain, domain, entry.id);
    if (entry.nameKey !== undefined) add(this.#byName, entry.nameKey, entry.id);
  }

  remove(id: string): void {
    const entry = this.#entries.get(id);
    if (entry === undefined) return;
    this.#entries.delete(id);
    for (const base of entry.plusBases) drop(this.#byPlusBase, base, id);
    for (const domain of entry.domains) drop(this.#byDomain, domain, id);
    if (entry.nameKey !== undefined) drop(this.#byName, entry.nameKey, id);
  }

  clear(): void {
    this.#entries.clear();
    this.#byPlusBase.clear();
    this.#byName.clear();
    this.#byDomain.clear();
  }

  /**
   * The candidates for one participant, by the rules the store's lookups follow: contacts sharing the
   * address's plus-base; by name key only when no contact holds the address itself; by domain (at most
   * `domainLimit`) only when no contact relates to the address at all.
   */
  lookup(keys: LookupKeys, domainLimit: number): IndexLookup<C> {
    const email = normalizeEmail(keys.email);
    const byAddress = this.#sorted(this.#byPlusBase.get(plusBaseOf(email)));
    const known = byAddress.some((entry) => entry.emails.includes(email));
    const byName = known || keys.nameKey === undefined ? [] : this.#sorted(this.#byName.get(keys.nameKey));
    const domainIds = byAddress.length > 0 || keys.domain === undefined ? [] : idsOf(this.#byDomain.get(keys.domain));
    const byDomain = smallest(domainIds, domainLimit).map((id) => this.#entry(id));
    return { byAddress: byAddress.map((entry) => entry.candidate), byName: byName.map((entry) => entry.candidate), byDomain: byDomain.map((entry) => entry.candidate) };
  }

  #sorted(ids: string | readonly string[] | undefined): IndexedContact<C>[] {
    return [...idsOf(ids)].sort().map((id) => this.#entry(id));
  }

  #entry(id: string): IndexedContact<C> {
    const entry = this.#entries.get(id);
    if (entry === undefined) throw new Error(`match index: key maps name ${id}, which it does not hold`);
    return entry;
  }
}
