// Stable import keys: a row's key hashes the file's identity (name, size, content) with the row's number and
// content, and names the client id its contact is created under, so re-running an interrupted import finds
// the contacts it already created (locally, and on the server through the outbox's idempotent create).
import type { ClientId } from '../contact/contact.js';
import type { ImportDraft } from './import-draft.js';

/** A 64-bit hash as 16 hex digits (two 32-bit lanes, cyrb53-style mixing): not cryptographic, only stable. */
function hashParts(feed: (add: (code: number) => void) => void): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  feed((code) => {
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  });
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

export function hashText(text: string): string {
  return hashParts((add) => {
    for (let index = 0; index < text.length; index += 1) add(text.charCodeAt(index));
  });
}

export function hashBytes(bytes: Uint8Array): string {
  return hashParts((add) => {
    for (let index = 0; index < bytes.length; index += 1) add(bytes[index] ?? 0);
  });
}

/** The identity of an imported file: its name, size and content. */
export function fileIdentityOf(name: string, bytes: Uint8Array): string {
  return `${name}\u0000${bytes.length}\u0000${hashBytes(bytes)}`;
}

/** The row's import key: the same file and row always give the same key. */
export function importKeyOf(fileIdentity: string, draft: Pick<ImportDraft, 'row' | 'fields'>): string {
  return hashText(`${fileIdentity}\u0000${draft.row}\u0000${JSON.stringify(draft.fields)}`);
}

/** The client id the row's contact is created under. */
export function clientIdForImport(key: string): ClientId {
  return `import-${key}` as ClientId;
}
