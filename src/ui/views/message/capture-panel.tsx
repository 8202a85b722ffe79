// "Add" for one person on the message: the contact form pre-filled from the header, with suggestions from the
// sender's signature (extracted off the main thread) and, for addresses in the user's organization, from the
// people API on demand. Saving writes the contact and its outbox entry at once; the sync pushes it later.
import { useEffect, useState } from 'preact/hooks';
import { splitEmail } from '../../../core/contact/normalize-email.js';
import type { Participant } from '../../../core/match/participants.js';
import { draftFor } from '../../../engine/capture-contact.js';
import { fieldSuggestionsOf } from '../../../engine/capture-form-fields.js';
import type { FieldSuggestion } from '../../../engine/capture-form-fields.js';
import type { MailboxHost } from '../../../ports/mailbox-host.js';
import { format, strings } from '../../strings/strings.js';
import { ContactForm } from './contact-form.js';
import type { MessageMirror, OrganizationPerson } from './message-mirror.js';

const t = strings.match.form;

export interface CapturePanelProps {
  readonly participant: Participant;
  readonly mirror: MessageMirror;
  readonly mailbox: MailboxHost;
  onDone(): void;
}

function organizationSuggestions(person: OrganizationPerson): FieldSuggestion[] {
  const entries: [FieldSuggestion['field'], string | undefined][] = [['jobTitle', person.jobTitle], ['department', person.department], ['officeLocation', person.officeLocation]];
  return entries.flatMap(([field, value]) => (value === undefined ? [] : [{ field, value, confidence: 1, source: 'organization' as const }]));
}

export function CapturePanel({ participant, mirror, mailbox, onDone }: CapturePanelProps) {
  const [draft] = useState(() => draftFor(participant));
  const [suggestions, setSuggestions] = useState<readonly FieldSuggestion[]>([]);
  const [note, setNote] = useState<string | undefined>(undefined);
  const isSender = participant.roles.includes('from');
  const inOrganization = mirror.organizationDomain !== undefined && splitEmail(participant.address)?.domain === mirror.organizationDomain;

  useEffect(() => {
    if (!isSender) return undefined;
    let active = true;
    setNote(t.reading);
    mailbox
      .bodyOfCurrentItem()
      .then((body) => {
        // Numbers written without a country code are read with the country Outlook's display language implies
        // when the signature itself (its address, the sender's domain) does not say.
        const language = mailbox.user().displayLanguage;
        return mirror.extractSignature({
          body: body.content, bodyType: body.type, senderName: participant.displayName, senderAddress: participant.address,
          ...(language === undefined ? {} : { displayLanguage: language }),
        });
      })
      .then(
        (extraction) => {
          if (!active) return;
          const found = extraction === undefined ? [] : fieldSuggestionsOf(extraction.suggestions);
          setSuggestions((old) => [...old, ...found]);
          setNote(found.length === 0 ? t.noSuggestions : undefined);
        },
        () => active && setNote(t.noSuggestions),
      );
    return () => {
      active = false;
    };
  }, [participant, mirror, mailbox, isSender]);

  const lookUp = async () => {
    setNote(t.lookingUp);
    try {
      const person = await mirror.lookUpPerson(participant.address);
      const found = person === undefined ? [] : organizationSuggestions(person);
      setSuggestions((old) => [...old.filter((each) => each.source !== 'organization'), ...found]);
      setNote(found.length === 0 ? t.notInOrganization : undefined);
    } catch (error) {
      setNote(format(t.lookUpFailed, { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <ContactForm
      heading={t.captureHeading}
      draft={draft}
      suggestions={suggestions}
      note={note}
      language={mailbox.user().displayLanguage}
      tools={
        inOrganization ? (
          <button type="button" class="button" onClick={() => void lookUp()}>
            {t.lookUp}
          </button>
        ) : undefined
      }
      onSave={async (fields) => {
        await mirror.capture(fields);
        onDone();
      }}
      onCancel={onDone}
    />
  );
}
