// One group of likely duplicates side by side: a column per contact, a row per field any of them has. Rows whose
// values differ are highlighted; where one value must be chosen, each contact's value is a radio choice, and list
// fields (e-mail addresses, phones) show that they are all kept, within Outlook's limits. The top row picks the
// contact that stays (the others are deleted by the merge).
import type { ContactFieldName } from '../../../core/contact/contact.js';
import type { MergeRow } from '../../../core/duplicates/merge-duplicates.js';
import type { MirrorContact } from '../../../core/sync/mirror-contact.js';
import { format, strings } from '../../strings/strings.js';
import { nameOf } from '../message/contact-card.js';
import { duplicateValueText } from './duplicate-value-text.js';

const t = strings.contacts.duplicates;
const labels: Readonly<Record<ContactFieldName, string>> = strings.mappings.fields;

export interface DuplicateGroupTableProps {
  readonly contacts: readonly MirrorContact[];
  readonly rows: readonly MergeRow[];
  /** The index of the contact that stays. */
  readonly keep: number;
  /** The contact whose value each picked field takes. */
  pickOf(row: MergeRow): number;
  folderName(contact: MirrorContact): string | undefined;
  onKeep(index: number): void;
  onPick(field: ContactFieldName, index: number): void;
}

function PickCell({ row, index, checked, onPick }: { row: MergeRow; index: number; checked: boolean; onPick: DuplicateGroupTableProps['onPick'] }) {
  const value = row.values[index];
  const text = duplicateValueText(value);
  if (value === undefined) return <td class="duplicates__cell duplicates__cell--empty" />;
  if (!row.differs) return <td class="duplicates__cell">{text}</td>;
  return (
    <td class="duplicates__cell">
      <label class="duplicates__choice">
        <input type="radio" name={`duplicates-pick-${row.field}`} checked={checked} aria-label={format(t.useValue, { value: text, field: labels[row.field] })} onChange={() => onPick(row.field, index)} />
        <span>{text}</span>
      </label>
    </td>
  );
}

export function DuplicateGroupTable({ contacts, rows, keep, pickOf, folderName, onKeep, onPick }: DuplicateGroupTableProps) {
  return (
    <div class="duplicates__scroller">
      <table class="duplicates__table" data-testid="duplicates-table">
        <thead>
          <tr>
            <th scope="col" class="duplicates__field">
              {t.field}
            </th>
            {contacts.map((contact) => (
              <th key={contact.localId} scope="col" class="duplicates__contact">
                <span class="duplicates__name">{nameOf(contact)}</span>
                <span class="duplicates__folder">{folderName(contact) ?? ''}</span>
              </th>
            ))}
          </tr>
          <tr>
            <th scope="row" class="duplicates__field">
              {t.keep}
            </th>
            {contacts.map((contact, index) => (
              <td key={contact.localId} class="duplicates__cell">
                <input type="radio" name="duplicates-keep" checked={index === keep} aria-label={format(t.keepContact, { name: nameOf(contact) })} onChange={() => onKeep(index)} />
              </td>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} class={`duplicates__row${row.differs ? ' duplicates__row--differs' : ''}`} data-field={row.field}>
              <th scope="row" class="duplicates__field">
                {labels[row.field]}
                {row.kind === 'union' && row.differs ? <span class="duplicates__note">{t.allKept}</span> : null}
                {row.leftOut !== undefined ? <span class="duplicates__note">{format(t.leftOut, { values: duplicateValueText(row.leftOut) })}</span> : null}
              </th>
              {contacts.map((contact, index) =>
                row.kind === 'union' ? (
                  <td key={contact.localId} class="duplicates__cell">
                    {duplicateValueText(row.values[index])}
                  </td>
                ) : (
                  <PickCell key={contact.localId} row={row} index={index} checked={pickOf(row) === index} onPick={onPick} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
