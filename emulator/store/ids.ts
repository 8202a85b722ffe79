// Deterministic identifiers in the shapes Outlook uses: long base64 ids ("AAMk…=") and base64 change keys.
// The same rng seed and creation order always give the same ids, so seeded mailboxes are reproducible.
/** Exchange item ids start with this prefix; the emulator refuses other strings as malformed ids. */
export const GRAPH_ID_PREFIX = 'AAMkA';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** FNV-1a over the text: a fast, stable 32-bit hash (ids are not secrets; seeding 100,000 contacts must be quick). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** `length` characters of `alphabet` drawn from a splitmix32 stream seeded by (seed, counter). */
function scramble(seed: number, counter: number, length: number, alphabet: string): string {
  let state = (seed ^ Math.imul(counter, 0x9e3779b9)) >>> 0;
  const codes: number[] = [];
  while (codes.length < length) {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z = (z ^ (z >>> 16)) >>> 0;
    for (let i = 0; i < 5 && codes.length < length; i += 1) codes.push(alphabet.charCodeAt((z >>> (i * 6)) & 63));
  }
  return String.fromCharCode(...codes);
}

const namespaceHashes = new Map<string, number>();

/** An item or folder id: base64url body (with `-` and `_`, as real ids have) and a trailing `=`. */
export function makeGraphId(namespace: string, counter: number): string {
  let seed = namespaceHashes.get(namespace);
  if (seed === undefined) {
    seed = fnv1a(namespace);
    namespaceHashes.set(namespace, seed);
  }
  return `${GRAPH_ID_PREFIX}${scramble(seed, counter, 44, BASE64URL)}AAA=`;
}

/** A change key: new on every write of an item (version counts the writes). */
export function makeChangeKey(id: string, version: number): string {
  return `EQAAABYAAA${scramble(fnv1a(id), version, 18, BASE64)}`;
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
