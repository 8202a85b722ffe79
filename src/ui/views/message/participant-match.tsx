// One person on the message and what the mirror knows of them: a contact card when known, the possible
// matches with "add this address to <contact>" (within Outlook's three addresses), or "Add" when unknown.
import { useState } from 'preact/hooks';
import { MAX_EMAIL_ADDRESSES } from '../../../core/contact/contact.js';
import type { ContactFields } from '../../../core/contact/contact.js';
import type { LocalId } from '../../../core/sync/mirror-contact.js';
import type { MirrorFolder } from '../../../core/sync/plan-folders.js';
import { emailSlotsLeft } from '../../../engine/capture-address.js';
import type { AddAddressOutcome } from '../../../engine/capture-address.js';
import type { MatchedContact, ShownContact, ShownMatch } from '../../../engine/match-participants.js';
import type { MailboxHost } from '../../../ports/mailbox-host.js';
import { EditableContactCard } from '../../components/editable-contact-card.js';
import { format, strings, type Strings, type TextKey } from '../../strings/strings.js';
import { CapturePanel } from './capture-panel.js';
import { nameOf } from './contact-card.js';
import type { MessageMirror } from './message-mirror.js';
import addIcon from '@fluentui/svg-icons/icons/add_20_regular.svg?raw';
import personAddIcon from '@fluentui/svg-icons/icons/person_add_20_regular.svg?raw';
import { Icon } from '../../components/icon.js';

const t = strings.match;

export interface ParticipantMatchProps {
  readonly match: ShownMatch;
  readonly mirror: MessageMirror;
  readonly mailbox: MailboxHost;
  readonly folders: ReadonlyMap<string, MirrorFolder>;
}

const OUTCOME_TEXT: Record<AddAddressOutcome, TextKey<Strings['match']>> = {
  added: 'addressAdded',
  'already-there': 'addressAlreadyThere',
  full: 'addressFull',
  'read-only': 'addressReadOnly',
  gone: 'addressGone',
};

/** A known person's card; contacts in a shared, read-only folder have no Edit. */
function KnownContact({ contact, mirror, folder }: { contact: ShownContact; mirror: MessageMirror; folder: MirrorFolder | undefined }) {
  const onSave = folder?.readOnly === true ? undefined : (localId: LocalId, fields: ContactFields) => mirror.edit(localId, fields);
  return <EditableContactCard contact={contact.row} folderName={folder?.displayName} photoOf={(row) => mirror.photoOf(row)} onSave={onSave} />;
}

function Suggestion({ match, suggestion, mirror }: { match: ShownMatch; suggestion: { contact: MatchedContact; reason: keyof typeof t.reasons }; mirror: MessageMirror }) {
  const [message, setMessage] = useState<string | undefined>(undefined);
  const name = nameOf(suggestion.contact.row);
  const full = emailSlotsLeft(suggestion.contact.row.fields) === 0;
  const add = async () => {
    const outcome = await mirror.addAddress(suggestion.contact.row.localId, { address: match.participant.address, ...(match.participant.displayName ? { name: match.participant.displayName } : {}) });
    setMessage(format(t[OUTCOME_TEXT[outcome]], { name, address: match.participant.address, max: MAX_EMAIL_ADDRESSES }));
  };
  return (
    <li class="participant-match__suggestion">
      <span>{format(t.possibleOf, { name, reason: t.reasons[suggestion.reason] })}</span>
      {full ? (
        <p class="participant-match__note">{format(t.addressFull, { name, max: MAX_EMAIL_ADDRESSES })}</p>
      ) : (
        <button type="button" class="button" onClick={() => void add()}>
          <Icon svg={addIcon} />
          {format(t.addAddressTo, { name })}
        </button>
      )}
      {message ? <p class="participant-match__note" role="status">{message}</p> : null}
    </li>
  );
}

export function ParticipantMatch({ match, mirror, mailbox, folders }: ParticipantMatchProps) {
  const [capturing, setCapturing] = useState(false);
  const { participant } = match;
  const name = participant.displayName ?? participant.address;
  const roles = participant.roles.map((role) => t.roles[role]).join(', ');
  return (
    <li class={`participant-match participant-match--${match.status}`} data-testid="participant" data-status={match.status} data-address={participant.address}>
      <div class="participant-match__who">
        <span class="participant-match__roles">{roles}</span>
        <span class="participant-match__name">{name}</span>
        <span class="participant-match__address">{participant.address}</span>
        <span class="participant-match__status">{match.status === 'known' ? t.known : match.status === 'possible' ? t.possible : t.unknown}</span>
      </div>
      {match.status === 'known'
        ? match.contacts.map((contact) => <KnownContact key={contact.id} contact={contact} mirror={mirror} folder={folders.get(contact.row.folderId)} />)
        : null}
      {match.status === 'possible' ? (
        <ul class="participant-match__suggestions">
          {match.suggestions.map((suggestion) => (
            <Suggestion key={suggestion.contact.id} match={match} suggestion={suggestion} mirror={mirror} />
          ))}
        </ul>
      ) : null}
      {match.status !== 'known' && !capturing ? (
        <button type="button" class="button button--primary" aria-label={format(t.addPerson, { name })} onClick={() => setCapturing(true)}>
          <Icon svg={personAddIcon} />
          {match.status === 'unknown' ? t.add : t.addAsNew}
        </button>
      ) : null}
      {capturing ? <CapturePanel participant={participant} mirror={mirror} mailbox={mailbox} onDone={() => setCapturing(false)} /> : null}
    </li>
  );
}
