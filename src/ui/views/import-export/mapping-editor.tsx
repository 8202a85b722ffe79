// The mapping editor: a CSV mapping's name and columns (rename, move up and down, pick the contact field and
// how it is written, add, remove), checked as it is edited, with a live preview of the first contacts of a
// file (or of the mirror, as an export writes them), saved for the account or downloaded as a mapping file.
// Column names come from files and are rendered as text only.
import { useEffect, useRef, useState } from 'preact/hooks';
import { addRule, moveRule, removeRule, renameColumn, renameMapping, setRuleField, setRuleTransform } from '../../../core/mapping/document/edit-csv-mapping.js';
import { FIELD_TARGET_CHOICES } from '../../../core/mapping/document/field-target-choices.js';
import type { CsvMappingRule } from '../../../core/mapping/document/mapping-document.js';
import { checkCsvMapping } from '../../../engine/saved-mappings.js';
import { useDebouncedValue } from '../../hooks/use-debounced-value.js';
import { format, strings } from '../../strings/strings.js';
import { fieldTargetLabel } from './field-target-label.js';
import type { ChosenFile } from './import-mirror.js';
import type { CsvMappingDocument, MappingId, MappingMirror, MappingPreview } from './mapping-mirror.js';
import { MappingPreviewTable } from './mapping-preview-table.js';
import { RuleTransform } from './rule-transform.js';
import { errorText } from './error-text.js';
import type { ErrorText } from './error-text.js';
import { ErrorAlert } from './error-alert.js';
import arrowUpIcon from '@fluentui/svg-icons/icons/arrow_up_20_regular.svg?raw';
import arrowDownIcon from '@fluentui/svg-icons/icons/arrow_down_20_regular.svg?raw';
import deleteIcon from '@fluentui/svg-icons/icons/delete_20_regular.svg?raw';
import addIcon from '@fluentui/svg-icons/icons/add_20_regular.svg?raw';
import saveIcon from '@fluentui/svg-icons/icons/save_20_regular.svg?raw';
import dismissIcon from '@fluentui/svg-icons/icons/dismiss_20_regular.svg?raw';
import { Icon } from '../../components/icon.js';

const S = strings.mappings;

/** How many contacts the preview shows. */
const PREVIEW_ROWS = 5;
/** The preview follows the edits once they pause this long (each preview reads the file again). */
const PREVIEW_SETTLE_MS = 250;

export interface EditorStart {
  readonly document: CsvMappingDocument;
  /** The saved mapping being edited; a new one when undefined. */
  readonly id?: MappingId;
  /** The file the mapping was made from, previewed through it. */
  readonly file?: ChosenFile;
  /** Columns of that file the first mapping does not read. */
  readonly unmapped?: readonly string[];
}

type PreviewState = { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly preview: MappingPreview } | { readonly kind: 'failed'; readonly reason: string };
type Focus = { readonly index: number; readonly control: 'up' | 'down' | 'column' };
type Notice = { readonly kind: 'saved'; readonly name: string } | { readonly kind: 'failed'; readonly error: ErrorText } | undefined;

function ruleNote(rule: CsvMappingRule): string {
  const notes: string[] = [];
  if (rule.direction === 'import') notes.push(S.ruleImportOnly);
  if (rule.direction === 'export') notes.push(S.ruleExportOnly);
  if (rule.when !== undefined) notes.push(format(S.ruleWhen, { column: rule.when.column, value: rule.when.equals }));
  return notes.join('; ');
}

function FieldOptions({ current }: { readonly current?: string }) {
  const choices = current === undefined || FIELD_TARGET_CHOICES.includes(current) ? FIELD_TARGET_CHOICES : [current, ...FIELD_TARGET_CHOICES];
  return (
    <>
      {choices.map((target) => (
        <option key={target} value={target}>{fieldTargetLabel(target)}</option>
      ))}
    </>
  );
}

function usePreview(mirror: MappingMirror, document: CsvMappingDocument, valid: boolean, file: ChosenFile | undefined): PreviewState {
  const settled = useDebouncedValue(document, PREVIEW_SETTLE_MS);
  const [state, setState] = useState<PreviewState>({ kind: 'loading' });
  useEffect(() => {
    if (!valid) return undefined;
    let live = true;
    setState({ kind: 'loading' });
    mirror.previewMapping(settled, PREVIEW_ROWS, file).then(
      (preview) => live && setState({ kind: 'ready', preview }),
      (error: unknown) => live && setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [mirror, settled, valid, file]);
  return state;
}

function RuleRow({ rule, index, count, onEdit }: { readonly rule: CsvMappingRule; readonly index: number; readonly count: number; readonly onEdit: (edit: (document: CsvMappingDocument) => CsvMappingDocument, focus?: Focus) => void }) {
  const number = index + 1;
  const named = { number, column: rule.column };
  const note = ruleNote(rule);
  return (
    <li class="mapping-rule" data-rule={index}>
      <div class="mapping-rule__field">
        <label for={`mapping-column-${index}`}>{format(S.columnName, { number })}</label>
        <input id={`mapping-column-${index}`} class="mapping-input" type="text" value={rule.column} data-control="column" onInput={(event) => onEdit((document) => renameColumn(document, index, event.currentTarget.value))} />
      </div>
      <div class="mapping-rule__field">
        <label for={`mapping-field-${index}`}>{format(S.columnField, { number })}</label>
        <select id={`mapping-field-${index}`} class="export-form__select" value={rule.field} onChange={(event) => onEdit((document) => setRuleField(document, index, event.currentTarget.value))}>
          <FieldOptions current={rule.field} />
        </select>
      </div>
      <RuleTransform rule={rule} index={index} onChange={(transform) => onEdit((document) => setRuleTransform(document, index, transform))} />
      {note !== '' && <p class="import-export__hint mapping-rule__note">{note}</p>}
      <div class="mapping-rule__buttons">
        <button type="button" class="button" data-control="up" disabled={index === 0} aria-label={format(S.moveUpLabel, named)} onClick={() => onEdit((document) => moveRule(document, index, -1), { index: index - 1, control: index - 1 === 0 ? 'down' : 'up' })}>
          <Icon svg={arrowUpIcon} />
          {S.moveUp}
        </button>
        <button type="button" class="button" data-control="down" disabled={index === count - 1} aria-label={format(S.moveDownLabel, named)} onClick={() => onEdit((document) => moveRule(document, index, 1), { index: index + 1, control: index + 1 === count - 1 ? 'up' : 'down' })}>
          <Icon svg={arrowDownIcon} />
          {S.moveDown}
        </button>
        <button type="button" class="button" aria-label={format(S.removeLabel, named)} onClick={() => onEdit((document) => removeRule(document, index), { index: Math.min(index, count - 2), control: 'column' })}>
          <Icon svg={deleteIcon} />
          {S.remove}
        </button>
      </div>
    </li>
  );
}

function AddColumn({ onAdd }: { readonly onAdd: (column: string, field: string) => void }) {
  const [column, setColumn] = useState('');
  const [field, setField] = useState(FIELD_TARGET_CHOICES[0] ?? 'givenName');
  return (
    <fieldset class="mapping-add">
      <legend>{S.addHeading}</legend>
      <label for="mapping-add-column">{S.addColumn}</label>
      <input id="mapping-add-column" class="mapping-input" type="text" value={column} onInput={(event) => setColumn(event.currentTarget.value)} />
      <label for="mapping-add-field">{S.addField}</label>
      <select id="mapping-add-field" class="export-form__select" value={field} onChange={(event) => setField(event.currentTarget.value)}>
        <FieldOptions />
      </select>
      <button
        type="button"
        class="button"
        onClick={() => {
          onAdd(column.trim() === '' ? fieldTargetLabel(field) : column.trim(), field);
          setColumn('');
        }}
      >
        <Icon svg={addIcon} />
        {S.addButton}
      </button>
    </fieldset>
  );
}

function PreviewArea({ state, valid, file, onFile }: { readonly state: PreviewState; readonly valid: boolean; readonly file: ChosenFile | undefined; readonly onFile: (file: ChosenFile) => void }) {
  return (
    <div class="mapping-preview-area" data-testid="mapping-preview" data-state={valid ? state.kind : 'invalid'}>
      <h5>{S.previewHeading}</h5>
      <label for="mapping-preview-file">{S.previewFile}</label>{' '}
      <input
        id="mapping-preview-file"
        type="file"
        accept=".csv,text/csv"
        onChange={(event) => {
          const chosen = event.currentTarget.files?.[0];
          if (chosen !== undefined) void chosen.arrayBuffer().then((buffer) => onFile({ name: chosen.name, bytes: new Uint8Array(buffer) }));
        }}
      />
      {file !== undefined && <p class="import-export__hint">{file.name}</p>}
      {valid && state.kind === 'loading' && <p role="status">{S.previewing}</p>}
      {valid && state.kind === 'failed' && <p class="import-error">{format(S.previewFailed, { reason: state.reason })}</p>}
      {valid && state.kind === 'ready' && <MappingPreviewTable preview={state.preview} />}
    </div>
  );
}

export function MappingEditor({ mirror, start, onClose }: { readonly mirror: MappingMirror; readonly start: EditorStart; readonly onClose: () => void }) {
  const [document, setDocument] = useState(start.document);
  const [id, setId] = useState(start.id);
  const [file, setFile] = useState(start.file);
  const [notice, setNotice] = useState<Notice>(undefined);
  const [focus, setFocus] = useState<Focus | undefined>(undefined);
  const list = useRef<HTMLOListElement>(null);
  const checked = checkCsvMapping(document);
  const preview = usePreview(mirror, document, checked.ok, file);

  // Keyboard users keep their place: the moved column's button (or the next column after a removal) keeps focus.
  useEffect(() => {
    if (focus === undefined) return;
    list.current?.querySelector<HTMLElement>(`[data-rule="${focus.index}"] [data-control="${focus.control}"]`)?.focus();
    setFocus(undefined);
  }, [focus]);

  const edit = (change: (document: CsvMappingDocument) => CsvMappingDocument, next?: Focus): void => {
    setDocument(change);
    setNotice(undefined);
    if (next !== undefined) setFocus(next);
  };

  const save = async (as: MappingId | undefined): Promise<void> => {
    try {
      const outcome = await mirror.saveMapping(document, as);
      if (!outcome.ok) {
        setNotice({ kind: 'failed', error: { message: S.invalid, details: outcome.problems.map((problem) => problem.message).join('; ') } });
        return;
      }
      setId(outcome.saved.id);
      setNotice({ kind: 'saved', name: outcome.saved.document.name });
    } catch (error) {
      setNotice({ kind: 'failed', error: errorText(error) });
    }
  };

  return (
    <section class="mapping-editor" aria-labelledby="mapping-editor-heading" data-testid="mapping-editor">
      <h4 id="mapping-editor-heading">{S.editorHeading}</h4>
      <label for="mapping-name">{S.name}</label>
      <input id="mapping-name" class="mapping-input" type="text" value={document.name} onInput={(event) => edit((current) => renameMapping(current, event.currentTarget.value))} />
      {start.unmapped !== undefined && start.unmapped.length > 0 && start.file !== undefined && (
        <p class="import-export__hint" data-testid="mapping-unmapped">{format(S.unmapped, { file: start.file.name, columns: start.unmapped.join(', ') })}</p>
      )}
      <ol class="mapping-rules" ref={list} aria-label={S.columnsCaption}>
        {document.rules.map((rule, index) => (
          <RuleRow key={index} rule={rule} index={index} count={document.rules.length} onEdit={edit} />
        ))}
      </ol>
      <AddColumn onAdd={(column, field) => edit((current) => addRule(current, column, field), { index: document.rules.length, control: 'column' })} />
      {!checked.ok && (
        <div class="import-error" data-testid="mapping-problems">
          <p>{S.invalid}</p>
          <ul>
            {checked.problems.map((problem) => (
              <li key={problem.path + problem.message}>{problem.message}</li>
            ))}
          </ul>
        </div>
      )}
      <PreviewArea state={preview} valid={checked.ok} file={file} onFile={setFile} />
      <div class="import-form__buttons mapping-editor__buttons">
        <button type="button" class="button button--primary" disabled={!checked.ok} onClick={() => void save(id)}>
          <Icon svg={saveIcon} />
          {S.save}
        </button>
        {id !== undefined && <button type="button" class="button" disabled={!checked.ok} onClick={() => void save(undefined)}>{S.saveAsNew}</button>}
        <button type="button" class="button" disabled={!checked.ok} onClick={() => mirror.downloadMapping(document)}>{S.downloadEditing}</button>
        <button type="button" class="button" onClick={onClose}>
          <Icon svg={dismissIcon} />
          {S.close}
        </button>
      </div>
      {notice?.kind === 'saved' && <p role="status" data-testid="mapping-saved">{format(S.saved, { name: notice.name })}</p>}
      {notice?.kind === 'failed' && <ErrorAlert error={notice.error} />}
    </section>
  );
}
