// A labelled list of people (name and address) from the open message. Names are untrusted: rendered as text only.
import type { MailboxAddress } from '../../ports/mailbox-host.js';

export interface ParticipantListProps {
  readonly label: string;
  readonly people: readonly MailboxAddress[];
}

function initialsOf(person: MailboxAddress): string {
  const source = person.displayName.trim() || person.emailAddress;
  const words = source.split(/[\s.@_-]+/).filter(Boolean);
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? (words[1]?.[0] ?? '') : '')).toUpperCase() || '?';
}

export function ParticipantList({ label, people }: ParticipantListProps) {
  if (people.length === 0) return null;
  return (
    <section class="participants" aria-label={label}>
      <h3 class="participants__label">{label}</h3>
      <ul class="participants__list">
        {people.map((person, index) => (
          <li key={`${person.emailAddress}-${index}`} class="participant">
            <span class="participant__avatar" aria-hidden="true">
              {initialsOf(person)}
            </span>
            <span class="participant__text">
              <span class="participant__name">{person.displayName || person.emailAddress}</span>
              <span class="participant__address">{person.emailAddress}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
