// Deterministic identifiers in the shapes Outlook uses: long base64 ids ("AAMk…=") and base64 change keys.
// The same rng seed and creation order always give the same ids, so seeded mailboxes are reproducible.
import { createHash } from 'node:crypto';

/** Exchange item ids start with this prefix; the emulator refuses other strings as malformed ids. */
export const GRAPH_ID_PREFIX = 'AAMkA';

const digest = (text: string): Buffer => createHash('sha1').update(text).digest();

/** An item or folder id: base64url body (with `-` and `_`, as real ids have) and a trailing `=`. */
export function makeGraphId(namespace: string, counter: number): string {
  const body = Buffer.concat([digest(`${namespace}:${counter}`), digest(`${counter}:${namespace}`)]).toString('base64url');
  return `${GRAPH_ID_PREFIX}${body.slice(0, 44)}AAA=`;
}

/** A change key: new on every write of an item (version counts the writes). */
export function makeChangeKey(id: string, version: number): string {
  return `EQAAABYAAA${digest(`${id}#${version}`).toString('base64').slice(0, 18)}`;
}

export function isGraphId(text: string): boolean {
  return text.startsWith(GRAPH_ID_PREFIX) && /^[A-Za-z0-9_=+/-]+$/.test(text);
}

/** Mulberry32: a small seeded PRNG (deterministic seed data; never for secrets). */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rng: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
