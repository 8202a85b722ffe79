// The editor's categories: a box per master category (with its colour), the contact's categories the master list
// does not hold (neutral, so they can be kept or removed), and New category (name and colour), which creates it in
// Outlook and assigns it. The value is the editor's: one category per line. Names are untrusted text, shown as text.
import { useState } from 'preact/hooks';
import { CATEGORY_COLORS, categoryNamed, sameCategoryName } from '../../../core/contact/master-category.js';
import type { CategoryColor, MasterCategory } from '../../../core/contact/master-category.js';
import { RemoteError, ValidationError } from '../../../core/errors.js';
import type { CategoryMirror } from '../../ports/category-mirror.js';
import { useCategories } from '../../hooks/use-categories.js';
import { format, strings } from '../../strings/strings.js';
import { CategoryChip } from '../category-chips.js';
import '../category-chips.css';

const t = strings.categories;

export interface CategoryPickerProps {
  readonly id: string;
  readonly mirror: CategoryMirror;
  /** The categories, one per line. */
  readonly value: string;
  onChange(value: string): void;
}

const linesOf = (value: string): string[] => value.split('\n').map((line) => line.trim()).filter((line) => line !== '');

function createFailureText(error: unknown, name: string): string {
  const quoted = name.trim().slice(0, 80);
  if (error instanceof ValidationError) return error.rule === 'unique' ? format(t.taken, { name: quoted }) : error.rule === 'length' ? t.nameTooLong : t.nameRequired;
  if (error instanceof RemoteError && error.status === 409) return format(t.taken, { name: quoted });
  return format(t.createFailed, { message: error instanceof Error ? error.message : String(error) });
}

function NewCategory({ id, mirror, onCreated }: { id: string; mirror: CategoryMirror; onCreated: (category: MasterCategory) => void }) {
  const [name, setName] = useState('');
  const [color, setColor] = useState<CategoryColor>('preset7');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ readonly text: string; readonly failed: boolean } | undefined>(undefined);
  const create = async () => {
    setBusy(true);
    setNote(undefined);
    try {
      const created = await mirror.createCategory(name, color);
      onCreated(created);
      setNote({ text: format(t.created, { name: created.displayName }), failed: false });
      setName('');
    } catch (error) {
      setNote({ text: createFailureText(error, name), failed: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <details class="category-picker__new">
      <summary>{t.newCategory}</summary>
      <div class="category-picker__new-row">
        <label class="contact-form__label" for={`${id}-new-name`}>
          {t.name}
        </label>
        <input id={`${id}-new-name`} class="contact-form__input" type="text" autoComplete="off" value={name} onInput={(event) => setName(event.currentTarget.value)} />
        <label class="contact-form__label" for={`${id}-new-color`}>
          {t.color}
        </label>
        <select id={`${id}-new-color`} class="contact-form__input" value={color} onChange={(event) => setColor(event.currentTarget.value as CategoryColor)}>
          {CATEGORY_COLORS.map((each) => (
            <option key={each} value={each}>
              {t.colors[each as keyof typeof t.colors]}
            </option>
          ))}
        </select>
        <button type="button" class="button" disabled={busy} onClick={() => void create()}>
          {busy ? t.creating : t.create}
        </button>
      </div>
      {note === undefined ? null : (
        <p class={note.failed ? 'contact-form__problem' : 'category-picker__note'} role={note.failed ? 'alert' : 'status'}>
          {note.text}
        </p>
      )}
    </details>
  );
}

function ListNote({ mirror }: { mirror: CategoryMirror }) {
  const state = useCategories();
  const readAgain = (
    <button type="button" class="button button--small" onClick={() => void mirror.refreshCategories()}>
      {t.readAgain}
    </button>
  );
  if (state.status === 'reading' && state.categories.length === 0) return <p class="category-picker__note">{t.loading}</p>;
  if (state.status === 'failed') {
    return (
      <p class="category-picker__note" role="status">
        {state.reason === 'permission' ? t.permission : format(t.readFailed, { message: state.message })} {readAgain}
      </p>
    );
  }
  if (state.status === 'ready' && state.categories.length === 0) return <p class="category-picker__note">{t.none}</p>;
  return null;
}

export function CategoryPicker({ id, mirror, value, onChange }: CategoryPickerProps) {
  const { categories } = useCategories();
  const chosen = linesOf(value);
  const has = (name: string) => chosen.some((each) => sameCategoryName(each, name));
  const set = (name: string, on: boolean) => {
    const others = chosen.filter((each) => !sameCategoryName(each, name));
    onChange((on ? [...others, name] : others).join('\n'));
  };
  const unlisted = chosen.filter((name) => categoryNamed(categories, name) === undefined);
  const option = (name: string, category: MasterCategory | undefined) => (
    <label key={`${category?.id ?? 'unlisted'}:${name}`} class="category-picker__option">
      <input type="checkbox" checked={has(name)} onChange={(event) => set(name, event.currentTarget.checked)} aria-label={category === undefined ? format(t.notInList, { name }) : name} />
      <CategoryChip name={name} category={category} />
    </label>
  );
  return (
    <fieldset id={id} class="category-picker" data-testid="category-picker">
      <legend class="category-picker__legend">{t.pickerLabel}</legend>
      <ListNote mirror={mirror} />
      {categories.map((category) => option(category.displayName, category))}
      {unlisted.map((name) => option(name, undefined))}
      <NewCategory id={id} mirror={mirror} onCreated={(category) => set(category.displayName, true)} />
    </fieldset>
  );
}
