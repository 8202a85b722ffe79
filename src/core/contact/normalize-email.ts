// Normalization of e-mail addresses for comparison and for the mirror's search index.
// Addresses are compared case-insensitively after trimming (issue 6); nothing else is rewritten.

/** The comparison key of an address: trimmed and lower-cased. Idempotent. */
export function normalizeEmail(address: string): string {
  return address.trim().toLowerCase();
}

/** Splits a normalized address at its last `@`; undefined when it has no local part or no domain. */
export function splitEmail(address: string): { readonly local: string; readonly domain: string } | undefined {
  const normalized = normalizeEmail(address);
  const at = normalized.lastIndexOf('@');
  if (at <= 0 || at === normalized.length - 1) return undefined;
  return { local: normalized.slice(0, at), domain: normalized.slice(at + 1) };
}

/**
 * The address with its plus-addressing tag removed (`a+tag@x` → `a@x`), normalized.
 * An address without a tag maps to itself, so the store can index every address under this key.
 */
export function plusBaseOf(address: string): string {
  const parts = splitEmail(address);
  if (parts === undefined) return normalizeEmail(address);
  const plus = parts.local.indexOf('+');
  if (plus <= 0) return `${parts.local}@${parts.domain}`;
  return `${parts.local.slice(0, plus)}@${parts.domain}`;
}

/** True when the text has the shape `local@domain.tld` with no spaces: a cheap shape test, not RFC 5322. */
export function looksLikeEmail(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 254 || /\s/.test(trimmed)) return false;
  const parts = splitEmail(trimmed);
  if (parts === undefined || parts.local.includes('@')) return false;
  const dot = parts.domain.lastIndexOf('.');
  return dot > 0 && dot < parts.domain.length - 2 && !parts.domain.includes('..');
}
