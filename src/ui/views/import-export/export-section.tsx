// The Export section: format (or saved CSV mapping) and folder choice, the fields that choice leaves out of
// the file, the Export button, and what the export did. Folder and mapping names are rendered as text only.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { GraphId } from '../../../core/contact/contact.js';
import { EXPORT_FORMATS } from '../../../core/mapping/export-format.js';
import type { ExportFormat } from '../../../core/mapping/export-format.js';
import { useMirrorFolders } from '../../hooks/use-mirror-folders.js';
import { plural } from '../../strings/plural.js';
import { format, strings, type Strings, type TextKey } from '../../strings/strings.js';
import type { ExportMirror, ExportOutcome, ExportRequest, FieldNotCarried } from './export-mirror.js';
import { fieldTargetLabel } from './field-target-label.js';
import type { SavedMapping } from './mapping-mirror.js';
import arrowExportIcon from '@fluentui/svg-icons/icons/arrow_export_20_regular.svg?raw';
import { Icon } from '../../components/icon.js';

const FORMAT_LABELS: Readonly<Record<ExportFormat, TextKey<Strings['importExport']>>> = {
  'outlook-csv': 'formatOutlookCsv',
  'google-csv': 'formatGoogleCsv',
  'vcard-4.0': 'formatVcard4',
  'vcard-3.0': 'formatVcard3',
};

const ALL_FOLDERS = '';
/** A saved mapping's option value in the format list: the prefix, then its id. */
const MAPPING_PREFIX = 'mapping:';

type ExportState = { readonly kind: 'idle' } | { readonly kind: 'running' } | { readonly kind: 'done'; readonly outcome: ExportOutcome } | { readonly kind: 'failed'; readonly reason: string };

function outcomeText(outcome: ExportOutcome): string {
  if (outcome.count === 0) return strings.importExport.exportedNone;
  return plural(strings.importExport.exported, outcome.count, { file: outcome.fileName });
}

/** The request for the chosen format or saved mapping and folder; undefined while a chosen mapping is not listed (yet, or any more). */
function requestOf(choice: string, folderId: string, mappings: readonly SavedMapping[]): ExportRequest | undefined {
  const folder = folderId === ALL_FOLDERS ? {} : { folderId: folderId as GraphId };
  if (!choice.startsWith(MAPPING_PREFIX)) return { format: choice as ExportFormat, ...folder };
  const saved = mappings.find((each) => each.id === choice.slice(MAPPING_PREFIX.length));
  return saved === undefined ? undefined : { format: saved.document, ...folder };
}

function useFieldsNotCarried(mirror: ExportMirror, request: ExportRequest | undefined): readonly FieldNotCarried[] | undefined {
  const [fields, setFields] = useState<readonly FieldNotCarried[] | undefined>(undefined);
  useEffect(() => {
    setFields(undefined);
    if (request === undefined) return undefined;
    let live = true;
    // One count at a time: changes that land while one runs (an import writes in many batches) ask for one more.
    let running = false;
    let again = false;
    const read = (): void => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      void mirror
        .fieldsNotCarried(request)
        .then(
          (list) => live && setFields(list),
          () => live && setFields(undefined),
        )
        .finally(() => {
          running = false;
          if (again && live) {
            again = false;
            read();
          }
        });
    };
    read();
    const unsubscribe = mirror.onChanged(read);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [mirror, request]);
  return fields;
}

function NotCarried({ fields, custom }: { readonly fields: readonly FieldNotCarried[]; readonly custom: boolean }) {
  const what = custom ? strings.importExport.notCarriedMapping : strings.importExport.notCarriedFormat;
  return (
    <div class="export-not-carried" data-testid="export-not-carried" data-count={fields.length}>
      <h4>{strings.importExport.notCarriedHeading}</h4>
      {fields.length === 0 ? (
        <p class="import-export__hint">{strings.importExport.notCarriedNone}</p>
      ) : (
        <ul>
          {fields.map((each) => (
            <li key={each.field} data-field={each.field}>
              {plural(strings.importExport.notCarried, each.count, { field: fieldTargetLabel(each.field), what })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ExportSection({ mirror, mappings = [] }: { readonly mirror: ExportMirror; readonly mappings?: readonly SavedMapping[] }) {
  const [choice, setChoice] = useState<string>('outlook-csv');
  const [folderId, setFolderId] = useState(ALL_FOLDERS);
  const folders = useMirrorFolders(mirror);
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const request = useMemo(() => requestOf(choice, folderId, mappings), [choice, folderId, mappings]);
  const notCarried = useFieldsNotCarried(mirror, request);
  // A chosen mapping that was deleted falls back to the first format.
  useEffect(() => {
    if (request === undefined && !mappings.some((saved) => `${MAPPING_PREFIX}${saved.id}` === choice)) setChoice('outlook-csv');
  }, [request, mappings, choice]);

  const onExport = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (request === undefined) return;
    setState({ kind: 'running' });
    try {
      setState({ kind: 'done', outcome: await mirror.exportContacts(request) });
    } catch (error) {
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section class="import-export__section" aria-labelledby="export-heading">
      <h3 id="export-heading">{strings.importExport.exportHeading}</h3>
      <p class="import-export__hint">{strings.importExport.exportHint}</p>
      <form class="export-form" aria-label={strings.importExport.exportHeading} onSubmit={(event) => void onExport(event)}>
        <label for="export-format">{strings.importExport.format}</label>
        <select id="export-format" class="export-form__select" value={choice} onChange={(event) => setChoice((event.currentTarget as HTMLSelectElement).value)}>
          {EXPORT_FORMATS.map((each) => (
            <option key={each} value={each}>
              {strings.importExport[FORMAT_LABELS[each]]}
            </option>
          ))}
          {mappings.length > 0 && (
            <optgroup label={strings.importExport.savedMappingsGroup}>
              {mappings.map((saved) => (
                <option key={saved.id} value={`${MAPPING_PREFIX}${saved.id}`}>{saved.document.name}</option>
              ))}
            </optgroup>
          )}
        </select>
        <label for="export-folder">{strings.importExport.folder}</label>
        <select id="export-folder" class="export-form__select" value={folderId} onChange={(event) => setFolderId((event.currentTarget as HTMLSelectElement).value)}>
          <option value={ALL_FOLDERS}>{strings.importExport.allFolders}</option>
          {folders.map((folder) => (
            <option key={folder.id} value={folder.id}>
              {folder.displayName}
            </option>
          ))}
        </select>
        <button type="submit" class="button button--primary" disabled={state.kind === 'running' || request === undefined}>
          <Icon svg={arrowExportIcon} />
          {state.kind === 'running' ? strings.importExport.exporting : strings.importExport.exportButton}
        </button>
      </form>
      {notCarried !== undefined && <NotCarried fields={notCarried} custom={request !== undefined && typeof request.format !== 'string'} />}
      {state.kind === 'done' && (
        <p class="export-result" role="status" data-testid="export-result" data-count={state.outcome.count}>
          {outcomeText(state.outcome)}
        </p>
      )}
      {state.kind === 'failed' && <p class="export-result export-result--failed" role="alert">{format(strings.importExport.exportFailed, { reason: state.reason })}</p>}
    </section>
  );
}
