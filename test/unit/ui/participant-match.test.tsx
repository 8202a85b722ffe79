// @vitest-environment happy-dom
// A known person's card in the Message view: Edit for contacts in the user's own folders, none for contacts in a
// shared, read-only folder (their owner edits them in Outlook).
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../../src/core/contact/contact.js';
import { participantsOf } from '../../../src/core/match/participants.js';
import type { MirrorFolder } from '../../../src/core/sync/plan-folders.js';
import type { ShownMatch } from '../../../src/engine/match-participants.js';
import type { MailboxHost } from '../../../src/ports/mailbox-host.js';
import type { MessageMirror } from '../../../src/ui/views/message/message-mirror.js';
import { ParticipantMatch } from '../../../src/ui/views/message/participant-match.js';
import { aContact, aSyncedRow } from '../../fakes/contact-builders.js';
import { useDomRoot } from '../../support/dom-root.js';

const OWN: MirrorFolder = { id: 'folder-own' as GraphId, displayName: 'Contacts', isDefault: true, mailbox: 'me', readOnly: false };
const SHARED: MirrorFolder = { id: 'folder-shared' as GraphId, displayName: 'Team directory', isDefault: false, mailbox: 'user:ravi', readOnly: true };
const FOLDERS = new Map([OWN, SHARED].map((folder) => [folder.id as string, folder]));

const root = useDomRoot();

function knownIn(folder: MirrorFolder): ShownMatch {
  const row = { ...aSyncedRow('g1', aContact({ displayName: 'Ann Lee', emailAddresses: [{ address: 'ann@contoso.example' }] })), folderId: folder.id };
  const [participant] = participantsOf({ from: { displayName: 'Ann Lee', emailAddress: 'ann@contoso.example' } }, []);
  if (participant === undefined) throw new Error('no participant');
  return { status: 'known', participant, reason: 'same-address', contacts: [{ id: row.localId, displayName: 'Ann Lee', emailAddresses: row.fields.emailAddresses, row }] };
}

function show(match: ShownMatch): void {
  const mirror = { photoOf: () => Promise.resolve(undefined), edit: () => Promise.resolve(true) } as unknown as MessageMirror;
  render(<ParticipantMatch match={match} mirror={mirror} mailbox={{} as MailboxHost} folders={FOLDERS} />, root);
}

const editButtons = () => [...root.querySelectorAll('button')].filter((button) => button.textContent === 'Edit');

describe('a known person in the Message view', () => {
  it('offers Edit for a contact in one of the user’s own folders', () => {
    show(knownIn(OWN));
    expect(root.textContent).toContain('Contacts');
    expect(editButtons()).toHaveLength(1);
  });

  it('offers no Edit for a contact in a shared, read-only folder', () => {
    show(knownIn(SHARED));
    expect(root.textContent).toContain('Team directory');
    expect(editButtons()).toHaveLength(0);
  });
});
