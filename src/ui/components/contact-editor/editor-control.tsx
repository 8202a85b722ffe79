// One labelled control of the contact editor, with what belongs beside it: the problem that stops a save, the
// E.164 form of a phone number to use on request, and a suggestion's badge with its Accept box. Text only.
import type { EditorField } from '../../../core/contact/editor-values.js';
import { format, strings } from '../../strings/strings.js';
import { useCategoryMirror } from '../../hooks/use-categories.js';
import { CategoryPicker } from './category-picker.js';
import { controlIdOf, kindOf, labelOf } from './editor-groups.js';

const t = strings.match.form;

export interface ControlNotes {
  readonly problem?: string;
  readonly e164?: string;
  /** The suggestion's source text ("Suggested from the signature") while it waits to be accepted. */
  readonly suggestedFrom?: string;
  readonly hint?: string;
}

export interface EditorControlProps {
  readonly field: EditorField;
  readonly value: string;
  readonly notes: ControlNotes;
  onType(field: EditorField, value: string): void;
  onAccept(field: EditorField): void;
}

const INPUT_TYPES = { text: 'text', email: 'email', tel: 'tel', url: 'url', date: 'date' } as const;

interface InputProps {
  readonly field: EditorField;
  readonly value: string;
  readonly describedBy?: string;
  readonly invalid: boolean;
  readonly suggested: boolean;
  onType: EditorControlProps['onType'];
}

function Input({ field, value, describedBy, invalid, suggested, onType }: InputProps) {
  const kind = kindOf(field);
  const common = {
    id: controlIdOf(field),
    class: 'contact-form__input',
    value,
    'aria-describedby': describedBy,
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'data-suggested': suggested ? 'true' : undefined,
  };
  if (kind === 'lines') {
    return <textarea {...common} rows={field === 'personalNotes' ? 4 : 2} onInput={(event) => onType(field, event.currentTarget.value)} />;
  }
  return <input {...common} type={INPUT_TYPES[kind]} autoComplete="off" onInput={(event) => onType(field, event.currentTarget.value)} />;
}

export function EditorControl({ field, value, notes, onType, onAccept }: EditorControlProps) {
  const categories = useCategoryMirror();
  const id = controlIdOf(field);
  // With the account's master list at hand, categories are picked from it; without (no account), typed one per line.
  if (field === 'categories' && categories !== undefined) return <CategoryPicker id={id} mirror={categories} value={value} onChange={(next) => onType(field, next)} />;
  const label = labelOf(field);
  const suggested = notes.suggestedFrom !== undefined;
  const described = [notes.problem && `${id}-problem`, notes.e164 && `${id}-e164`, notes.hint && `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div class={`contact-form__field${suggested ? ' contact-form__field--suggested' : ''}`}>
      <label for={id} class="contact-form__label">
        {label}
      </label>
      <Input field={field} value={value} describedBy={described || undefined} invalid={notes.problem !== undefined} suggested={suggested} onType={onType} />
      {notes.hint === undefined ? null : (
        <span id={`${id}-hint`} class="contact-form__hint">
          {notes.hint}
        </span>
      )}
      {notes.problem === undefined ? null : (
        <span id={`${id}-problem`} class="contact-form__problem">
          {notes.problem}
        </span>
      )}
      {notes.e164 === undefined ? null : (
        <span id={`${id}-e164`} class="contact-form__offer">
          {format(strings.editor.offerNote, { number: notes.e164 })}{' '}
          <button type="button" class="button button--small" onClick={() => onType(field, notes.e164 ?? value)}>
            {format(strings.editor.useE164, { number: notes.e164 })}
          </button>
        </span>
      )}
      {suggested ? (
        <span class="contact-form__suggestion">
          <span class="contact-form__badge" title={notes.suggestedFrom}>
            {t.suggested}
          </span>
          <label>
            <input type="checkbox" checked={false} onChange={() => onAccept(field)} aria-label={format(t.acceptField, { field: label })} /> {t.accept}
          </label>
        </span>
      ) : null}
    </div>
  );
}
