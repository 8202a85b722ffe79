// The Export section: format and folder choice, the Export button, and what the export did. Folder names come
// from the mailbox and are rendered as text only.
import { useState } from 'preact/hooks';
import type { GraphId } from '../../../core/contact/contact.js';
import { EXPORT_FORMATS } from '../../../core/mapping/export-format.js';
import type { ExportFormat } from '../../../core/mapping/export-format.js';
import { useMirrorFolders } from '../../hooks/use-mirror-folders.js';
import { format, strings } from '../../strings/strings.js';
import type { ExportMirror, ExportOutcome } from './export-mirror.js';

const FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = {
  'outlook-csv': strings.importExport.formatOutlookCsv,
  'google-csv': strings.importExport.formatGoogleCsv,
  'vcard-4.0': strings.importExport.formatVcard4,
  'vcard-3.0': strings.importExport.formatVcard3,
};

const ALL_FOLDERS = '';

type ExportState = { readonly kind: 'idle' } | { readonly kind: 'running' } | { readonly kind: 'done'; readonly outcome: ExportOutcome } | { readonly kind: 'failed'; readonly reason: string };

function outcomeText(outcome: ExportOutcome): string {
  if (outcome.count === 0) return strings.importExport.exportedNone;
  if (outcome.count === 1) return format(strings.importExport.exportedOne, { file: outcome.fileName });
  return format(strings.importExport.exportedMany, { count: outcome.count, file: outcome.fileName });
}

export function ExportSection({ mirror }: { readonly mirror: ExportMirror }) {
  const [chosenFormat, setChosenFormat] = useState<ExportFormat>('outlook-csv');
  const [folderId, setFolderId] = useState(ALL_FOLDERS);
  const folders = useMirrorFolders(mirror);
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  const onExport = async (event: Event): Promise<void> => {
    event.preventDefault();
    setState({ kind: 'running' });
    try {
      const request = folderId === ALL_FOLDERS ? { format: chosenFormat } : { format: chosenFormat, folderId: folderId as GraphId };
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
        <select id="export-format" class="export-form__select" value={chosenFormat} onChange={(event) => setChosenFormat((event.currentTarget as HTMLSelectElement).value as ExportFormat)}>
          {EXPORT_FORMATS.map((each) => (
            <option key={each} value={each}>
              {FORMAT_LABELS[each]}
            </option>
          ))}
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
        <button type="submit" class="button button--primary" disabled={state.kind === 'running'}>
          {state.kind === 'running' ? strings.importExport.exporting : strings.importExport.exportButton}
        </button>
      </form>
      {state.kind === 'done' && (
        <p class="export-result" role="status" data-testid="export-result" data-count={state.outcome.count}>
          {outcomeText(state.outcome)}
        </p>
      )}
      {state.kind === 'failed' && <p class="export-result export-result--failed" role="alert">{format(strings.importExport.exportFailed, { reason: state.reason })}</p>}
    </section>
  );
}
