// The card of a known contact: photo (or initials), name, job title, company, phones, e-mail addresses,
// categories, folder, and Edit and Delete buttons where the contact can be changed. Every value is untrusted text and rendered as text.
import { useEffect, useState } from 'preact/hooks';
import type { ContactFields } from '../../../core/contact/contact.js';
import type { MirrorContact } from '../../../core/sync/mirror-contact.js';
import { hasLocalChanges } from '../../../core/sync/mirror-contact.js';
import { CategoryChips } from '../../components/category-chips.js';
import { ContactAvatar } from '../../components/contact-avatar.js';
import { format, strings } from '../../strings/strings.js';
import editIcon from '@fluentui/svg-icons/icons/edit_20_regular.svg?raw';
import { Icon } from '../../components/icon.js';

const t = strings.match.card;

export interface ContactCardProps {
  readonly contact: MirrorContact;
  readonly folderName?: string;
  readonly photoOf?: (contact: MirrorContact) => Promise<string | undefined>;
  /** Changes when the contact was given a photo here: the photo is read again. */
  readonly photoRevision?: number;
  readonly onEdit?: () => void;
  readonly onDelete?: () => void;
}

export function nameOf(contact: { readonly fields: Pick<ContactFields, 'displayName' | 'givenName' | 'surname' | 'emailAddresses'> }): string {
  const f = contact.fields;
  return f.displayName?.trim() || [f.givenName, f.surname].filter(Boolean).join(' ') || f.emailAddresses?.[0]?.address || '?';
}

function Row({ label, values }: { label: string; values: readonly (string | undefined)[] }) {
  const shown = values.filter((value): value is string => value !== undefined && value.trim() !== '');
  if (shown.length === 0) return null;
  return (
    <div class="contact-card__row">
      <dt>{label}</dt>
      {shown.map((value) => (
        <dd key={value}>{value}</dd>
      ))}
    </div>
  );
}

export function ContactCard({ contact, folderName, photoOf, photoRevision = 0, onEdit, onDelete }: ContactCardProps) {
  const name = nameOf(contact);
  const f = contact.fields;
  // `null` while the photo is being read: initials stand in, and `data-photo` says the answer is not in yet.
  const [photo, setPhoto] = useState<string | undefined | null>(photoOf === undefined ? undefined : null);
  // Re-matching hands a new row object for the same version: read the photo again only when the version changes.
  const version = `${contact.localId}|${contact.base?.changeKey ?? ''}`;
  useEffect(() => {
    let active = true;
    photoOf?.(contact).then(
      (url) => active && setPhoto(url),
      () => active && setPhoto(undefined),
    );
    return () => {
      active = false;
    };
  }, [version, photoRevision]);
  return (
    <article class="contact-card" aria-label={format(t.label, { name })} data-testid="contact-card" data-photo={photo === null ? 'loading' : photo === undefined ? 'none' : 'shown'}>
      <div class="contact-card__head">
        <ContactAvatar name={name} colorKey={contact.localId} photoUrl={photo ?? undefined} />
        <div class="contact-card__title">
          <span class="contact-card__name">{name}</span>
          {f.jobTitle || f.companyName ? <span class="contact-card__role">{[f.jobTitle, f.companyName].filter(Boolean).join(' · ')}</span> : null}
          {hasLocalChanges(contact) ? <span class="contact-card__pending">{t.pending}</span> : null}
        </div>
        {onEdit ? (
          <button type="button" class="button contact-card__edit" onClick={onEdit}>
            <Icon svg={editIcon} />
            {t.edit}
          </button>
        ) : null}
        {onDelete ? (
          <button type="button" class="button contact-card__delete" onClick={onDelete}>
            {strings.editor.delete}
          </button>
        ) : null}
      </div>
      <dl class="contact-card__details">
        <Row label={t.jobTitle} values={[f.jobTitle]} />
        <Row label={t.company} values={[f.companyName]} />
        <Row label={t.phones} values={[f.mobilePhone, ...(f.businessPhones ?? []), ...(f.homePhones ?? [])]} />
        <Row label={t.emails} values={(f.emailAddresses ?? []).map((email) => email.address)} />
        {(f.categories ?? []).some((name) => name.trim() !== '') ? (
          <div class="contact-card__row">
            <dt>{t.categories}</dt>
            <dd>
              <CategoryChips names={f.categories} />
            </dd>
          </div>
        ) : null}
        <Row label={t.folder} values={[folderName]} />
      </dl>
    </article>
  );
}
