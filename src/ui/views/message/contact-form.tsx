// The contact editor, one for every use (capture from a message, Edit on a card, New contact): every field of
// the contact model, the common ones first and the rest in folded groups. Suggestions (signature, directory) sit
// in their controls marked "Suggested" until accepted; checks run before anything is saved, each problem shown
// beside its control. Saving keeps the draft's values, typed values and accepted suggestions only.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ContactFields } from '../../../core/contact/contact.js';
import { contactFieldsOfEditor, editorValuesOf, type EditorField, type EditorValues } from '../../../core/contact/editor-values.js';
import { checkEditorValues, limitProblemsOf, type EditorCheck, type EditorProblem } from '../../../core/contact/validate-editor.js';
import type { FieldSuggestion } from '../../../engine/capture-form-fields.js';
import { EditorControl, type ControlNotes } from '../../components/contact-editor/editor-control.js';
import { COMMON_GROUP, controlIdOf, foldedGroups, type EditorGroup } from '../../components/contact-editor/editor-groups.js';
import { controlSuggestionsOf, type ControlSuggestion } from '../../components/contact-editor/editor-suggestions.js';
import { loadPhoneCheck, usePhoneCheck, type PhoneCheck } from '../../hooks/use-phone-check.js';
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
  /** BCP 47 language of the user: the country of phone numbers written without one, and phonetic names for Japanese. */
  readonly language?: string;
  /** Puts the keyboard focus in the first control when the form opens. */
  readonly focusOnOpen?: boolean;
  onSave(fields: ContactFields): Promise<void>;
  onCancel(): void;
}

function withReading(draft: ContactFields, language: string | undefined): boolean {
  return (language ?? '').toLowerCase().startsWith('ja') || [draft.yomiGivenName, draft.yomiSurname, draft.yomiCompanyName].some(Boolean);
}

/**
 * The findings for the values to save (pending suggestions left out), limits included; the phones only once their
 * check has loaded (Save waits for it). A value the contact already held is not a problem: an e-mail address or
 * number Outlook accepted stops no save of another field, only what the user typed or accepted here does.
 */
function checkOf(draft: ContactFields, kept: EditorValues, language: string | undefined, phoneCheck: PhoneCheck | undefined): EditorCheck {
  const before = editorValuesOf(draft);
  const changed = (problem: EditorProblem) => (kept[problem.field] ?? '') !== (before[problem.field] ?? '');
  const check = checkEditorValues(kept);
  const phones = phoneCheck?.(kept, language) ?? { problems: [], offers: [] };
  const problems = [...check.problems, ...phones.problems].filter(changed);
  return { problems: [...problems, ...limitProblemsOf(contactFieldsOfEditor(draft, kept))], offers: phones.offers };
}

function usePendingSuggestions(suggestions: readonly FieldSuggestion[], values: EditorValues, setValues: (update: (old: EditorValues) => EditorValues) => void) {
  const [pending, setPending] = useState<ReadonlyMap<EditorField, ControlSuggestion>>(new Map());
  useEffect(() => {
    const fresh = controlSuggestionsOf(suggestions).filter((suggestion) => (values[suggestion.field] ?? '') === '');
    if (fresh.length === 0) return;
    setValues((old) => ({ ...old, ...Object.fromEntries(fresh.map((suggestion) => [suggestion.field, suggestion.value])) }));
    setPending((old) => new Map([...old, ...fresh.map((suggestion) => [suggestion.field, suggestion] as const)]));
    // Runs when suggestions arrive (extraction and lookups finish after the form opens), not on every keystroke.
  }, [suggestions]);
  const accept = (field: EditorField) => setPending((old) => new Map([...old].filter(([each]) => each !== field)));
  return { pending, accept, acceptAll: () => setPending(new Map()) };
}

export function ContactForm({ heading, draft, suggestions, note, tools, language, focusOnOpen, onSave, onCancel }: ContactFormProps) {
  const [values, setValues] = useState<EditorValues>(() => editorValuesOf(draft));
  const { pending, accept, acceptAll } = usePendingSuggestions(suggestions, values, setValues);
  const [touched, setTouched] = useState<ReadonlySet<EditorField>>(new Set());
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const box = useRef<HTMLFormElement>(null);
  const phoneCheck = usePhoneCheck();
  useEffect(() => {
    if (focusOnOpen === true) box.current?.querySelector<HTMLElement>('.contact-form__input')?.focus();
  }, []);

  const draftValues = editorValuesOf(draft);
  const kept: EditorValues = { ...values };
  for (const field of pending.keys()) kept[field] = draftValues[field];
  const check = checkOf(draft, kept, language, phoneCheck);

  const type = (field: EditorField, value: string) => {
    setValues((old) => ({ ...old, [field]: value }));
    setTouched((old) => new Set([...old, field]));
    accept(field);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    setTried(true);
    setFailure(undefined);
    let loaded: PhoneCheck;
    try {
      loaded = phoneCheck ?? (await loadPhoneCheck());
    } catch (error) {
      setFailure(format(t.saveFailed, { message: error instanceof Error ? error.message : String(error) }));
      return;
    }
    const first = checkOf(draft, kept, language, loaded).problems[0];
    if (first !== undefined) {
      const control = box.current?.querySelector<HTMLElement>(`#${controlIdOf(first.field)}`);
      control?.closest('details')?.setAttribute('open', '');
      control?.focus();
      setFailure(strings.editor.fixFirst);
      return;
    }
    setSaving(true);
    try {
      await onSave(contactFieldsOfEditor(draft, kept));
    } catch (error) {
      setFailure(format(t.saveFailed, { message: error instanceof Error ? error.message : String(error) }));
      setSaving(false);
    }
  };

  const notesOf = (field: EditorField): ControlNotes => {
    const suggestion = pending.get(field);
    if (suggestion !== undefined) {
      const suggestedFrom = format(t.suggestedFrom, { source: t.sources[suggestion.source] });
      return { suggestedFrom, ...(suggestion.countrySource === undefined ? {} : { hint: t.countryFrom[suggestion.countrySource] }) };
    }
    const problem = check.problems.find((each) => each.field === field);
    const offer = check.offers.find((each) => each.field === field);
    return {
      ...(problem !== undefined && (tried || touched.has(field)) ? { problem: strings.editor.problems[problem.rule] } : {}),
      ...(offer === undefined ? {} : { e164: offer.e164 }),
    };
  };
  const control = (field: EditorField) => <EditorControl key={field} field={field} value={values[field] ?? ''} notes={notesOf(field)} onType={type} onAccept={accept} />;
  const group = (each: EditorGroup) => (
    <details key={each.id} class="contact-form__group" open={each.controls.some((field) => pending.has(field)) || undefined}>
      <summary class="contact-form__group-label">{each.id === undefined ? null : strings.editor.groups[each.id]}</summary>
      {each.controls.map(control)}
    </details>
  );

  return (
    <form ref={box} class="contact-form" aria-label={heading} noValidate onSubmit={(event) => void save(event)}>
      <h3 class="contact-form__heading">{heading}</h3>
      {note ? <p class="contact-form__note" role="status">{note}</p> : null}
      {tools}
      {COMMON_GROUP.controls.map(control)}
      {foldedGroups(withReading(draft, language)).map(group)}
      {failure ? (
        <p class="contact-form__error" role="alert">
          {failure}
        </p>
      ) : null}
      <div class="contact-form__actions">
        {pending.size > 0 ? (
          <button type="button" class="button" onClick={acceptAll}>
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
