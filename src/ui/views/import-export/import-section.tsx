// The Import section: a file is chosen, previewed against the mirror (first rows, their problems and matches,
// the recognized preset), imported into a folder with a choice for contacts already there, with progress,
// then reported row by row with the report as a CSV download. A CSV file may be read with one of the account's
// saved mappings instead of a preset. The file's content and mapping names are rendered as text only.
import { useState } from 'preact/hooks';
import type { GraphId } from '../../../core/contact/contact.js';
import type { MirrorFolder } from '../../../core/sync/plan-folders.js';
import { useMirrorFolders } from '../../hooks/use-mirror-folders.js';
import { plural } from '../../strings/plural.js';
import { format, strings, type Strings, type TextKey } from '../../strings/strings.js';
import type { ChosenFile, CsvPresetId, ImportMirror, ImportOptions, ImportPreview, ImportReport, OnMatch } from './import-mirror.js';
import type { SavedMapping } from './mapping-mirror.js';
import arrowImportIcon from '@fluentui/svg-icons/icons/arrow_import_20_regular.svg?raw';
import { Icon } from '../../components/icon.js';

const S = strings.importExport;
const PRESET_LABELS: Readonly<Record<CsvPresetId, TextKey<Strings['importExport']>>> = { 'outlook-csv': 'presetOutlookCsv', 'google-csv': 'presetGoogleCsv' };
const ON_MATCH: readonly { readonly value: OnMatch; readonly label: TextKey<Strings['importExport']> }[] = [
  { value: 'skip', label: 'onMatchSkip' },
  { value: 'update', label: 'onMatchUpdate' },
  { value: 'create', label: 'onMatchCreate' },
];

type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading' }
  | { readonly kind: 'preview'; readonly file: ChosenFile; readonly preview: ImportPreview }
  | { readonly kind: 'running'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly report: ImportReport }
  | { readonly kind: 'failed'; readonly message: string; readonly details?: string; readonly fix?: string; readonly file?: ChosenFile };

/** How a CSV file is read: recognized from its header row (undefined), with a preset, or with a saved mapping. */
type ReadChoice = CsvPresetId | `mapping:${string}` | undefined;

const MAPPING_PREFIX = 'mapping:';

function optionsOf(choice: ReadChoice, mappings: readonly SavedMapping[]): ImportOptions {
  if (choice === undefined) return {};
  if (!choice.startsWith(MAPPING_PREFIX)) return { preset: choice as CsvPresetId };
  const saved = mappings.find((each) => each.id === choice.slice(MAPPING_PREFIX.length));
  return saved === undefined ? {} : { mapping: saved.document };
}

function MappingOptions({ mappings }: { readonly mappings: readonly SavedMapping[] }) {
  if (mappings.length === 0) return null;
  return (
    <optgroup label={S.savedMappingsGroup}>
      {mappings.map((saved) => (
        <option key={saved.id} value={`${MAPPING_PREFIX}${saved.id}`}>{saved.document.name}</option>
      ))}
    </optgroup>
  );
}

function failedOf(error: unknown): Extract<ImportState, { readonly kind: 'failed' }> {
  if (!(error instanceof Error)) return { kind: 'failed', message: String(error) };
  const { details, fix } = error as Error & { details?: unknown; fix?: unknown };
  return { kind: 'failed', message: error.message, ...(typeof details === 'string' ? { details } : {}), ...(typeof fix === 'string' ? { fix } : {}) };
}

function formatLine(preview: ImportPreview): string {
  if (preview.kind === 'vcard') return format(S.readAs, { format: format(S.vcardFormat, { versions: (preview.versions ?? []).join(', ') }) });
  if (preview.mappingName !== undefined) return format(S.readWithMapping, { name: preview.mappingName });
  const name = preview.preset === undefined ? '' : S[PRESET_LABELS[preview.preset]];
  return format(preview.recognized ? S.recognizedAs : S.readAs, { format: name });
}

function PreviewTable({ preview }: { readonly preview: ImportPreview }) {
  return (
    <div class="import-table__scroll">
    <table class="import-table" data-testid="import-preview">
      <caption>{plural(S.previewCaption, preview.total, { shown: preview.rows.length, total: preview.total, file: preview.file })}</caption>
      <thead>
        <tr>
          {[S.columnRow, S.columnName, S.columnEmail, S.columnPhone, S.columnCompany, S.columnNotes].map((heading) => (
            <th key={heading} scope="col">{heading}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {preview.rows.map((row) => (
          <tr key={row.row} data-row={row.row}>
            <td>{row.row}</td>
            <td>{row.name}</td>
            <td class="import-table__email">{row.email ?? ''}</td>
            <td>{row.phone ?? ''}</td>
            <td>{row.company ?? ''}</td>
            <td>
              {row.matches !== undefined && <span class="import-table__match" data-testid="import-match">{format(S.matches, { name: row.matches })}</span>}
              {row.problems.map((problem) => (
                <span key={problem} class="import-table__problem">{problem}</span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}

function ReportView({ report, onDownload, onAgain }: { readonly report: ImportReport; readonly onDownload: () => void; readonly onAgain: () => void }) {
  const notImported = report.rows.filter((row) => row.outcome !== 'created' && row.outcome !== 'updated');
  return (
    <div class="import-report" data-testid="import-report">
      <h4>{S.reportHeading}</h4>
      <p role="status" data-created={report.created} data-updated={report.updated} data-skipped={report.skipped} data-rejected={report.failed.length}>
        {format(S.reportCounts, { created: report.created, updated: report.updated, skipped: report.skipped, rejected: report.failed.length })}
      </p>
      {notImported.length > 0 && (
        <table class="import-table">
          <caption>{S.reportRowsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{S.columnRow}</th>
              <th scope="col">{S.columnOutcome}</th>
              <th scope="col">{S.columnReason}</th>
            </tr>
          </thead>
          <tbody>
            {notImported.map((row) => (
              <tr key={row.row} data-row={row.row}>
                <td>{row.row}</td>
                <td>{row.outcome}</td>
                <td>{row.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="import-form__buttons">
        <button type="button" class="button" onClick={onDownload}>{S.downloadReport}</button>
        <button type="button" class="button" onClick={onAgain}>{S.importAnother}</button>
      </div>
    </div>
  );
}

const writable = (folder: MirrorFolder): boolean => !folder.readOnly;

export function ImportSection({ mirror, mappings = [] }: { readonly mirror: ImportMirror; readonly mappings?: readonly SavedMapping[] }) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [preset, setPreset] = useState<ReadChoice>(undefined);
  const [onMatch, setOnMatch] = useState<OnMatch>('skip');
  const [folderId, setFolderId] = useState('');
  const [inputKey, setInputKey] = useState(0);
  const folders = useMirrorFolders(mirror, writable);
  const target = folderId !== '' ? folderId : (folders.find((folder) => folder.isDefault) ?? folders[0])?.id;

  const readPreview = async (file: ChosenFile, chosen: ReadChoice): Promise<void> => {
    setState({ kind: 'reading' });
    try {
      setState({ kind: 'preview', file, preview: await mirror.previewImport(file, optionsOf(chosen, mappings)) });
    } catch (error) {
      setState({ ...failedOf(error), file });
    }
  };

  const onFile = async (input: HTMLInputElement): Promise<void> => {
    const chosen = input.files?.[0];
    if (chosen === undefined) return;
    setPreset(undefined);
    setState({ kind: 'reading' });
    try {
      await readPreview({ name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()) }, undefined);
    } catch (error) {
      setState(failedOf(error));
    }
  };

  const reset = (): void => {
    setState({ kind: 'idle' });
    setInputKey((key) => key + 1);
  };

  const onImport = async (file: ChosenFile): Promise<void> => {
    if (target === undefined) return;
    setState({ kind: 'running', done: 0, total: 0 });
    try {
      const report = await mirror.runImport(file, { ...optionsOf(preset, mappings), folderId: target as GraphId, onMatch, onProgress: ({ done, total }) => setState({ kind: 'running', done, total }) });
      setState({ kind: 'done', report });
    } catch (error) {
      setState(failedOf(error));
    }
  };

  return (
    <div class="import-section">
      <label for="import-file">{S.importFile}</label>{' '}
      <input key={inputKey} id="import-file" type="file" accept=".csv,.vcf,.vcard,text/csv,text/vcard" disabled={state.kind === 'running' || state.kind === 'reading'} onChange={(event) => void onFile(event.currentTarget)} />
      {state.kind === 'reading' && <p role="status">{S.reading}</p>}
      {state.kind === 'failed' && (
        <div class="import-error" role="alert">
          <p>{state.message}</p>
          {state.details !== undefined && <p>{state.details}</p>}
          {state.fix !== undefined && <p>{state.fix}</p>}
        </div>
      )}
      {state.kind === 'failed' && state.file !== undefined && mappings.length > 0 && (
        <div class="import-form__field">
          <label for="import-retry-mapping">{S.retryWithMapping}</label>
          <select
            id="import-retry-mapping"
            class="export-form__select"
            value=""
            onChange={(event) => {
              const value = (event.currentTarget as HTMLSelectElement).value;
              if (value === '' || state.file === undefined) return;
              const chosen = value as ReadChoice;
              setPreset(chosen);
              void readPreview(state.file, chosen);
            }}
          >
            <option value="">{S.chooseMapping}</option>
            <MappingOptions mappings={mappings} />
          </select>
        </div>
      )}
      {state.kind === 'preview' && (
        <form class="import-form" aria-label={S.importHeading} onSubmit={(event) => (event.preventDefault(), void onImport(state.file))}>
          <p class="import-form__format" data-testid="import-format">{formatLine(state.preview)}</p>
          {state.preview.kind === 'csv' && (
            <div class="import-form__field">
              <label for="import-preset">{S.presetLabel}</label>
              <select
                id="import-preset"
                class="export-form__select"
                value={preset ?? state.preview.preset ?? 'outlook-csv'}
                onChange={(event) => {
                  const chosen = (event.currentTarget as HTMLSelectElement).value as ReadChoice;
                  setPreset(chosen);
                  void readPreview(state.file, chosen);
                }}
              >
                {(Object.keys(PRESET_LABELS) as CsvPresetId[]).map((id) => (
                  <option key={id} value={id}>{S[PRESET_LABELS[id]]}</option>
                ))}
                <MappingOptions mappings={mappings} />
              </select>
            </div>
          )}
          {state.preview.fileProblems.map((problem) => (
            <p key={problem} class="import-export__hint">{problem}</p>
          ))}
          <PreviewTable preview={state.preview} />
          <div class="import-form__field">
            <label for="import-folder">{S.targetFolder}</label>
            <select id="import-folder" class="export-form__select" value={target ?? ''} onChange={(event) => setFolderId((event.currentTarget as HTMLSelectElement).value)}>
              {folders.map((folder) => (
                <option key={folder.id} value={folder.id}>{folder.displayName}</option>
              ))}
            </select>
          </div>
          {folders.length === 0 && <p class="import-export__hint">{S.noWritableFolder}</p>}
          <fieldset class="import-form__choice">
            <legend>{S.duplicates}</legend>
            {ON_MATCH.map((choice) => (
              <label key={choice.value}>
                <input type="radio" name="import-on-match" value={choice.value} checked={onMatch === choice.value} onChange={() => setOnMatch(choice.value)} /> {S[choice.label]}
              </label>
            ))}
          </fieldset>
          <div class="import-form__buttons">
            <button type="submit" class="button button--primary" disabled={target === undefined}>
              <Icon svg={arrowImportIcon} />
              {S.importButton}
            </button>
            <button type="button" class="button" onClick={reset}>{S.cancel}</button>
          </div>
        </form>
      )}
      {state.kind === 'running' && (
        <div class="import-progress">
          <progress aria-label={S.importProgress} max={Math.max(state.total, 1)} value={state.done} />
          <p role="status">{format(S.importing, { done: state.done, total: state.total })}</p>
        </div>
      )}
      {state.kind === 'done' && <ReportView report={state.report} onDownload={() => mirror.downloadReport(state.report)} onAgain={reset} />}
    </div>
  );
}
