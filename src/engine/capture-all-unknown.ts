// "Add all unknown": the preview of every unknown participant of a message as a draft contact, and the
// capture of the drafts the user keeps. Possible matches are left out: they are offered, never merged.
import type { ContactFields } from '../core/contact/contact.js';
import type { ParticipantMatch } from '../core/match/match-participant.js';
import type { LocalId } from '../core/sync/mirror-contact.js';
import { captureContacts, draftFor } from './capture-contact.js';
import type { CaptureDeps } from './capture-contact.js';

export interface CapturePreviewRow {
  /** The participant's address as written on the message. */
  readonly address: string;
  readonly fields: ContactFields;
}

/** One draft per unknown participant, in message order. */
export function planCaptureAll(matches: readonly ParticipantMatch<unknown>[]): CapturePreviewRow[] {
  return matches.filter((match) => match.status === 'unknown').map((match) => ({ address: match.participant.address, fields: draftFor(match.participant) }));
}

/** Captures the previewed rows whose address is in `keep` (all of them when omitted). */
export function captureAll(deps: CaptureDeps, preview: readonly CapturePreviewRow[], keep?: ReadonlySet<string>): Promise<LocalId[]> {
  const chosen = keep === undefined ? preview : preview.filter((row) => keep.has(row.address));
  return captureContacts(deps, chosen.map((row) => row.fields));
}
