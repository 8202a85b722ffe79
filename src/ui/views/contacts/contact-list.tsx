// The Contacts view's list: one button per contact (name, company or first address, read-only and pending
// marks) that opens the contact's card right under it. Every value is untrusted text and rendered as text.
import type { ComponentChildren } from 'preact';
import type { LocalId, MirrorContact } from '../../../core/sync/mirror-contact.js';
import { hasLocalChanges } from '../../../core/sync/mirror-contact.js';
import { strings } from '../../strings/strings.js';
import { nameOf } from '../message/contact-card.js';

const t = strings.contacts;

export interface ContactListProps {
  readonly rows: readonly MirrorContact[];
  readonly selected: LocalId | undefined;
  /** Whether a contact's folder is read-only (shared by another mailbox). */
  isReadOnly(contact: MirrorContact): boolean;
  onSelect(localId: LocalId | undefined): void;
  /** What opens under the selected contact (its card). */
  renderDetail(contact: MirrorContact): ComponentChildren;
}

function summaryOf(contact: MirrorContact): string {
  const f = contact.fields;
  return [f.companyName, f.emailAddresses?.[0]?.address].filter((part) => part !== undefined && part.trim() !== '').join(' · ');
}

export function ContactList({ rows, selected, isReadOnly, onSelect, renderDetail }: ContactListProps) {
  return (
    <ul class="contact-list" aria-label={t.listLabel}>
      {rows.map((contact, index) => {
        const open = contact.localId === selected;
        const detailId = `contact-list-detail-${index}`;
        return (
          <li key={contact.localId} class="contact-list__item" data-testid="contact-row">
            <button
              type="button"
              class={`contact-list__row${open ? ' contact-list__row--open' : ''}`}
              aria-expanded={open}
              aria-controls={open ? detailId : undefined}
              onClick={() => onSelect(open ? undefined : contact.localId)}
            >
              <span class="contact-list__name">{nameOf(contact)}</span>
              <span class="contact-list__summary">{summaryOf(contact)}</span>
              {isReadOnly(contact) || hasLocalChanges(contact) ? (
                <span class="contact-list__marks">
                  {isReadOnly(contact) ? <span class="contact-list__mark">{t.readOnly}</span> : null}
                  {hasLocalChanges(contact) ? <span class="contact-list__mark">{t.pending}</span> : null}
                </span>
              ) : null}
            </button>
            {open ? (
              <div id={detailId} class="contact-list__detail">
                {renderDetail(contact)}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
