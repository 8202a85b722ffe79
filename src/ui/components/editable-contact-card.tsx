// A contact's card with Edit (Message and Contacts views): the card, or the edit form in its place until saved
// or cancelled. A contact that cannot be edited here (a shared, read-only folder) gets no `onSave` and no Edit.
// Keyboard focus follows: into the form's first field on Edit, back to Edit when the form closes.
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { ContactFields } from '../../core/contact/contact.js';
import type { LocalId, MirrorContact } from '../../core/sync/mirror-contact.js';
import type { FieldSuggestion } from '../../engine/capture-form-fields.js';
import { ServicesContext } from '../hooks/use-services.js';
import { strings } from '../strings/strings.js';
import { ContactCard } from '../views/message/contact-card.js';
import { ContactForm } from '../views/message/contact-form.js';

const NO_SUGGESTIONS: readonly FieldSuggestion[] = [];

export interface EditableContactCardProps {
  readonly contact: MirrorContact;
  readonly folderName?: string;
  readonly photoOf?: (contact: MirrorContact) => Promise<string | undefined>;
  /** Changes when the contact was given a photo here (see ContactCard). */
  readonly photoRevision?: number;
  /** Saves the edited fields (locally at once; pushed to Outlook later). Absent for read-only contacts. */
  readonly onSave?: (localId: LocalId, fields: ContactFields) => Promise<unknown>;
  /** Deletes the contact (with Undo in the Contacts view). Absent where contacts are not deleted. */
  readonly onDelete?: (contact: MirrorContact) => void;
}

export function EditableContactCard({ contact, folderName, photoOf, photoRevision, onSave, onDelete }: EditableContactCardProps) {
  const [editing, setEditing] = useState(false);
  // Phone numbers typed without a country code are read with the country of Outlook's display language.
  const language = useContext(ServicesContext)?.mailbox.user().displayLanguage;
  const box = useRef<HTMLDivElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    // Not on the first render: a card that merely appears does not take the focus.
    if (!opened.current && !editing) return;
    opened.current = true;
    box.current?.querySelector<HTMLElement>(editing ? '.contact-form input' : '.contact-card__edit')?.focus();
  }, [editing]);
  const form = (save: NonNullable<EditableContactCardProps['onSave']>) => (
    <ContactForm
      heading={strings.match.form.editHeading}
      draft={contact.fields}
      suggestions={NO_SUGGESTIONS}
      language={language}
      onSave={async (fields) => {
        await save(contact.localId, fields);
        setEditing(false);
      }}
      onCancel={() => setEditing(false)}
    />
  );
  return (
    <div ref={box} class="editable-contact-card">
      {editing && onSave !== undefined ? (
        form(onSave)
      ) : (
        <ContactCard
          contact={contact}
          folderName={folderName}
          photoOf={photoOf}
          photoRevision={photoRevision}
          onEdit={onSave === undefined ? undefined : () => setEditing(true)}
          onDelete={onSave === undefined || onDelete === undefined ? undefined : () => onDelete(contact)}
        />
      )}
    </div>
  );
}
