// What the Message view needs from the signed-in account's mirror: matching, capture commands, signature
// extraction, people lookups, photos and sync news. The composition root (src/app/mirror-session.ts) implements it.
import type { ContactFields } from '../../core/contact/contact.js';
import type { SignatureExtraction, SignatureInput } from '../../core/match/signature/signature-types.js';
import type { LocalId, MirrorContact } from '../../core/sync/mirror-contact.js';
import type { MirrorFolder } from '../../core/sync/plan-folders.js';
import type { AddAddressOutcome } from '../../engine/capture-address.js';
import type { CapturePreviewRow } from '../../engine/capture-all-unknown.js';
import type { OpenItemMatcher } from '../../engine/match-open-item.js';
import type { OrganizationPerson } from '../../ports/graph-directory.js';

export type { OrganizationPerson };

export type SyncActivity = { readonly state: 'idle' } | { readonly state: 'running'; readonly contacts: number } | { readonly state: 'failed'; readonly message: string };

export interface MessageMirror {
  readonly matcher: OpenItemMatcher;
  folders(): Promise<readonly MirrorFolder[]>;
  capture(fields: ContactFields): Promise<LocalId>;
  captureAll(preview: readonly CapturePreviewRow[], keep: ReadonlySet<string>): Promise<readonly LocalId[]>;
  addAddress(localId: LocalId, entry: { readonly address: string; readonly name?: string }): Promise<AddAddressOutcome>;
  edit(localId: LocalId, fields: ContactFields): Promise<boolean>;
  /** Extraction off the main thread, bounded in time; undefined when it gave up. */
  extractSignature(input: SignatureInput): Promise<SignatureExtraction | undefined>;
  /** The user's own mail domain: people API lookups are offered for addresses there. */
  readonly organizationDomain: string | undefined;
  /** Asks the people API (its permission requested on first use); undefined when it knows nobody. */
  lookUpPerson(address: string): Promise<OrganizationPerson | undefined>;
  /** An object URL of the contact's photo, or undefined when it has none (or it cannot be read now). */
  photoOf(contact: MirrorContact): Promise<string | undefined>;
  /** Calls `listener` when the mirror's contacts may have changed (local edit, sync, another pane). */
  onChanged(listener: () => void): () => void;
  syncActivity(): SyncActivity;
  onSyncActivity(listener: () => void): () => void;
}
