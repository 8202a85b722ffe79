// What the Message view needs from the signed-in account's local mirror, handed down by the composition root
// (src/app/mirror-session.ts) through a context: matching, capture commands, signature extraction, and news.
import { createContext } from 'preact';
import { useAccountSource } from '../../hooks/use-account-source.js';
import type { AccountSource } from '../../hooks/use-account-source.js';
import { useExternalValue } from '../../hooks/use-external-value.js';
import type { ContactFields } from '../../../core/contact/contact.js';
import type { SignatureExtraction, SignatureInput } from '../../../core/match/signature/signature-types.js';
import type { LocalId, MirrorContact } from '../../../core/sync/mirror-contact.js';
import type { MirrorFolder } from '../../../core/sync/plan-folders.js';
import type { AddAddressOutcome } from '../../../engine/capture-address.js';
import type { CapturePreviewRow } from '../../../engine/capture-all-unknown.js';
import type { OpenItemMatcher } from '../../../engine/match-open-item.js';

/** What the people API knows of someone in the user's organization. */
export interface OrganizationPerson {
  readonly jobTitle?: string;
  readonly department?: string;
  readonly officeLocation?: string;
}

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

export type MessageMirrorSource = AccountSource<MessageMirror>;

export const MessageMirrorContext = createContext<MessageMirrorSource | undefined>(undefined);

/** The signed-in account's mirror, re-rendering when the account changes; undefined without one. */
export function useMessageMirror(): MessageMirror | undefined {
  return useAccountSource(MessageMirrorContext);
}

const IDLE: SyncActivity = { state: 'idle' };

/** The mirror's sync activity, re-rendering as it changes. */
export function useSyncActivity(mirror: Pick<MessageMirror, 'syncActivity' | 'onSyncActivity'> | undefined): SyncActivity {
  return useExternalValue(mirror, () => mirror?.syncActivity() ?? IDLE, mirror && ((listener) => mirror.onSyncActivity(listener)));
}
