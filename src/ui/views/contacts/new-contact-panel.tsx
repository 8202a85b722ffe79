// New contact in the Contacts view: the one contact editor, opened empty, with the folder it is saved in (the
// folder the view shows, else the user's default folder; only writable folders are offered). Saving writes the
// contact to the mirror and its create to the outbox at once; the push sends it to Outlook in the background.
import { useState } from 'preact/hooks';
import type { ContactFields, GraphId } from '../../../core/contact/contact.js';
import { strings } from '../../strings/strings.js';
import { ContactForm } from '../message/contact-form.js';
import type { FolderChoice } from './folder-choices.js';

const t = strings.editor;
const EMPTY: ContactFields = {};

export interface NewContactPanelProps {
  /** The writable folders, in the order they are offered. */
  readonly folders: readonly FolderChoice[];
  readonly folderId: GraphId;
  readonly language?: string;
  onSave(folderId: GraphId, fields: ContactFields): Promise<void>;
  onCancel(): void;
}

export function NewContactPanel({ folders, folderId, language, onSave, onCancel }: NewContactPanelProps) {
  const [target, setTarget] = useState<GraphId>(folderId);
  const picker =
    folders.length > 1 ? (
      <div class="contact-form__field">
        <label class="contact-form__label" for="new-contact-folder">
          {t.folder}
        </label>
        <select id="new-contact-folder" class="contacts-view__input" value={target} onChange={(event) => setTarget(event.currentTarget.value as GraphId)}>
          {folders.map((folder) => (
            <option key={folder.id} value={folder.id}>
              {folder.path}
            </option>
          ))}
        </select>
      </div>
    ) : null;
  return (
    <div class="contacts-view__new" data-testid="new-contact">
      <ContactForm heading={t.newContact} draft={EMPTY} suggestions={[]} language={language} focusOnOpen tools={picker} onSave={(fields) => onSave(target, fields)} onCancel={onCancel} />
    </div>
  );
}
