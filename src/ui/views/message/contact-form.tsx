// The contact form for capturing a new contact (or editing a known one): pre-filled from the header data, with
// signature or directory suggestions shown in their fields and marked "Suggested" until accepted (a tick, or
// typing in the field). Saving keeps the header data, typed values and accepted suggestions only.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ContactFields } from '../../../core/contact/contact.js';
import { FORM_FIELDS, contactFieldsOf, formValuesOf } from '../../../engine/capture-form-fields.js';
import type { FieldSuggestion, FormField, FormValues } from '../../../engine/capture-form-fields.js';
import { format, strings } from '../../strings/strings.js';

const t = strings.match.form;

export interface ContactFormProps {
  readonly heading: string;
  readonly draft: ContactFields;
  readonly suggestions: readonly FieldSuggestion[];
  /** A line under the heading (e.g. "Reading the signature…"). */
  readonly note?: string;
  /** Extra controls under the heading (e.g. the organization lookup). */
  readonly tools?: ComponentChildren;
  onSave(fields: ContactFields): Promise<void>;
  onCancel(): void;
}

export function ContactForm({ heading, draft, suggestions, note, tools, onSave, onCancel }: ContactFormProps) {
  const [values, setValues] = useState<FormValues>(() => formValuesOf(draft));
  const [pending, setPending] = useState<ReadonlySet<FormField>>(new Set());
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);

  useEffect(() => {
    const fresh = suggestions.filter((suggestion) => values[suggestion.field] === undefined || values[suggestion.field] === '');
    if (fresh.length === 0) return;
    setValues((old) => ({ ...old, ...Object.fromEntries(fresh.map((suggestion) => [suggestion.field, suggestion.value])) }));
    setPending((old) => new Set([...old, ...fresh.map((suggestion) => suggestion.field)]));
    // Runs when suggestions arrive (extraction and lookups finish after the form opens), not on every keystroke.
  }, [suggestions]);

  const accept = (field: FormField) => setPending((old) => new Set([...old].filter((each) => each !== field)));
  const type = (field: FormField, value: string) => {
    setValues((old) => ({ ...old, [field]: value }));
    accept(field);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    setFailure(undefined);
    const kept = Object.fromEntries(Object.entries(values).filter(([field]) => !pending.has(field as FormField))) as FormValues;
    try {
      await onSave(contactFieldsOf(draft, kept, suggestions));
    } catch (error) {
      setFailure(format(t.saveFailed, { message: error instanceof Error ? error.message : String(error) }));
      setSaving(false);
    }
  };
  const sourceOf = (field: FormField) => suggestions.find((suggestion) => suggestion.field === field)?.source ?? 'signature';
  /** For a phone read without a country code, while the field still holds that reading: where its country came from. */
  const countryHintOf = (field: FormField) => {
    const suggestion = suggestions.find((each) => each.field === field && each.countrySource !== undefined);
    return suggestion?.countrySource !== undefined && values[field] === suggestion.value ? t.countryFrom[suggestion.countrySource] : undefined;
  };

  return (
    <form class="contact-form" aria-label={heading} onSubmit={(event) => void save(event)}>
      <h4 class="contact-form__heading">{heading}</h4>
      {note ? <p class="contact-form__note" role="status">{note}</p> : null}
      {tools}
      <p class="contact-form__email">
        <span class="contact-form__label">{t.email}</span> {(draft.emailAddresses ?? []).map((email) => email.address).join(', ')}
      </p>
      {FORM_FIELDS.map((field) => {
        const suggested = pending.has(field);
        const id = `contact-form-${field}`;
        const countryHint = countryHintOf(field);
        return (
          <div key={field} class={`contact-form__field${suggested ? ' contact-form__field--suggested' : ''}`}>
            <label for={id} class="contact-form__label">
              {t.fields[field]}
            </label>
            <input
              id={id}
              class="contact-form__input"
              value={values[field] ?? ''}
              data-suggested={suggested ? 'true' : undefined}
              aria-describedby={countryHint === undefined ? undefined : `${id}-country`}
              onInput={(event) => type(field, event.currentTarget.value)}
            />
            {countryHint === undefined ? null : (
              <span id={`${id}-country`} class="contact-form__hint">
                {countryHint}
              </span>
            )}
            {suggested ? (
              <span class="contact-form__suggestion">
                <span class="contact-form__badge" title={format(t.suggestedFrom, { source: t.sources[sourceOf(field)] })}>
                  {t.suggested}
                </span>
                <label>
                  <input type="checkbox" checked={false} onChange={() => accept(field)} aria-label={`${t.accept} ${t.fields[field]}`} /> {t.accept}
                </label>
              </span>
            ) : null}
          </div>
        );
      })}
      {failure ? (
        <p class="contact-form__error" role="alert">
          {failure}
        </p>
      ) : null}
      <div class="contact-form__actions">
        {pending.size > 0 ? (
          <button type="button" class="button" onClick={() => setPending(new Set())}>
            {t.acceptAll}
          </button>
        ) : null}
        <button type="submit" class="button button--primary" disabled={saving}>
          {saving ? t.saving : t.save}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {strings.match.cancel}
        </button>
      </div>
    </form>
  );
}
