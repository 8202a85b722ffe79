// The CSV mappings section: the account's saved mappings (edit, rename, download, delete), a new mapping
// started from a preset or from a CSV file's header row, a mapping file loaded from disk, and the editor.
// Mapping names come from users and files and are rendered as text only.
import { useState } from 'preact/hooks';
import { mappingFromHeaders } from '../../../core/mapping/document/mapping-from-headers.js';
import { renameMapping } from '../../../core/mapping/document/edit-csv-mapping.js';
import { GOOGLE_CSV_MAPPING } from '../../../core/mapping/presets/google-csv.js';
import { OUTLOOK_CSV_MAPPING } from '../../../core/mapping/presets/outlook-csv.js';
import { plural } from '../../strings/plural.js';
import { format, strings } from '../../strings/strings.js';
import { ErrorAlert } from './error-alert.js';
import { errorText } from './error-text.js';
import type { ErrorText } from './error-text.js';
import type { ChosenFile } from './import-mirror.js';
import { MappingEditor } from './mapping-editor.js';
import type { EditorStart } from './mapping-editor.js';
import type { MappingId, MappingMirror, SavedMapping } from './mapping-mirror.js';
import editIcon from '@fluentui/svg-icons/icons/edit_20_regular.svg?raw';
import renameIcon from '@fluentui/svg-icons/icons/rename_20_regular.svg?raw';
import arrowDownloadIcon from '@fluentui/svg-icons/icons/arrow_download_20_regular.svg?raw';
import deleteIcon from '@fluentui/svg-icons/icons/delete_20_regular.svg?raw';
import { Icon } from '../../components/icon.js';

const S = strings.mappings;

type StartFrom = 'outlook' | 'google' | 'headers';
type Notice = { readonly kind: 'done'; readonly text: string } | { readonly kind: 'failed'; readonly error: ErrorText } | undefined;

const copyOf = (preset: typeof OUTLOOK_CSV_MAPPING) => ({ ...preset, name: format(S.copyName, { name: preset.name }) });

async function chosenFile(input: HTMLInputElement): Promise<ChosenFile | undefined> {
  const chosen = input.files?.[0];
  return chosen === undefined ? undefined : { name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()) };
}

function SavedItem({ saved, mirror, onEdit, onNotice }: { readonly saved: SavedMapping; readonly mirror: MappingMirror; readonly onEdit: () => void; readonly onNotice: (notice: Notice) => void }) {
  const [renaming, setRenaming] = useState<string | undefined>(undefined);
  const name = saved.document.name;
  const run = (command: () => Promise<Notice>): void =>
    void command().then(onNotice, (error: unknown) => onNotice({ kind: 'failed', error: errorText(error) }));
  const rename = (to: string): void =>
    run(async () => {
      const outcome = await mirror.saveMapping(renameMapping(saved.document, to.trim()), saved.id);
      if (!outcome.ok) return { kind: 'failed', error: { message: S.invalid, details: outcome.problems.map((problem) => problem.message).join('; ') } };
      setRenaming(undefined);
      return { kind: 'done', text: format(S.saved, { name: outcome.saved.document.name }) };
    });
  return (
    <li class="mapping-list__item" data-testid="saved-mapping" data-name={name}>
      <span class="mapping-list__name">{name}</span> <span class="import-export__hint">{plural(S.savedColumns, saved.document.rules.length)}</span>
      {renaming === undefined ? (
        <div class="mapping-list__buttons">
          <button type="button" class="button" aria-label={format(S.editLabel, { name })} onClick={onEdit}>
            <Icon svg={editIcon} />
            {S.edit}
          </button>
          <button type="button" class="button" aria-label={format(S.renameLabel, { name })} onClick={() => setRenaming(name)}>
            <Icon svg={renameIcon} />
            {S.rename}
          </button>
          <button type="button" class="button" aria-label={format(S.downloadLabel, { name })} onClick={() => mirror.downloadMapping(saved.document)}>
            <Icon svg={arrowDownloadIcon} />
            {S.download}
          </button>
          <button
            type="button"
            class="button"
            aria-label={format(S.deleteLabel, { name })}
            onClick={() => run(async () => (await mirror.deleteMapping(saved.id), { kind: 'done', text: format(S.deleted, { name }) }))}
          >
            <Icon svg={deleteIcon} />
            {S.delete}
          </button>
        </div>
      ) : (
        <form class="mapping-list__rename" onSubmit={(event) => (event.preventDefault(), rename(renaming))}>
          <label for={`mapping-rename-${saved.id}`}>{format(S.newName, { name })}</label>
          <input id={`mapping-rename-${saved.id}`} class="mapping-input" type="text" value={renaming} onInput={(event) => setRenaming(event.currentTarget.value)} />
          <div class="mapping-list__buttons">
            <button type="submit" class="button">{S.saveName}</button>
            <button type="button" class="button" onClick={() => setRenaming(undefined)}>{S.keepName}</button>
          </div>
        </form>
      )}
    </li>
  );
}

function StartForm({ mirror, onStart, onNotice }: { readonly mirror: MappingMirror; readonly onStart: (start: EditorStart) => void; readonly onNotice: (notice: Notice) => void }) {
  const [from, setFrom] = useState<StartFrom>('outlook');
  const [headerFile, setHeaderFile] = useState<ChosenFile | undefined>(undefined);
  const start = async (): Promise<void> => {
    if (from === 'outlook') return onStart({ document: copyOf(OUTLOOK_CSV_MAPPING) });
    if (from === 'google') return onStart({ document: copyOf(GOOGLE_CSV_MAPPING) });
    if (headerFile === undefined) return undefined;
    try {
      const made = mappingFromHeaders(headerFile.name.replace(/\.[^.]*$/, '') || S.newMappingName, await mirror.readHeaderRow(headerFile));
      onStart({ document: made.document, file: headerFile, unmapped: made.unmapped });
    } catch (error) {
      onNotice({ kind: 'failed', error: errorText(error) });
    }
  };
  return (
    <form class="mapping-start" onSubmit={(event) => (event.preventDefault(), void start())}>
      <label for="mapping-start-from">{S.startFrom}</label>
      <select id="mapping-start-from" class="export-form__select" value={from} onChange={(event) => setFrom(event.currentTarget.value as StartFrom)}>
        <option value="outlook">{S.startOutlook}</option>
        <option value="google">{S.startGoogle}</option>
        <option value="headers">{S.startHeaders}</option>
      </select>
      {from === 'headers' && (
        <>
          <label for="mapping-header-file">{S.headerFile}</label>
          <input id="mapping-header-file" type="file" accept=".csv,text/csv" onChange={(event) => void chosenFile(event.currentTarget).then(setHeaderFile)} />
        </>
      )}
      <button type="submit" class="button" disabled={from === 'headers' && headerFile === undefined}>{S.start}</button>
    </form>
  );
}

export function MappingSection({ mirror, mappings }: { readonly mirror: MappingMirror; readonly mappings: readonly SavedMapping[] }) {
  const [editing, setEditing] = useState<(EditorStart & { readonly key: number }) | undefined>(undefined);
  const [notice, setNotice] = useState<Notice>(undefined);
  const [fileKey, setFileKey] = useState(0);
  const open = (start: EditorStart): void => {
    setNotice(undefined);
    setEditing((current) => ({ ...start, key: (current?.key ?? 0) + 1 }));
  };
  const onLoad = async (input: HTMLInputElement): Promise<void> => {
    const file = await chosenFile(input);
    if (file === undefined) return;
    try {
      const saved = await mirror.loadMappingFile(file);
      setNotice({ kind: 'done', text: format(S.loaded, { name: saved.document.name, file: file.name }) });
    } catch (error) {
      setNotice({ kind: 'failed', error: errorText(error) });
    }
    setFileKey((key) => key + 1);
  };
  const edit = (id: MappingId, saved: SavedMapping): void => open({ document: saved.document, id });

  return (
    <div class="mapping-section">
      <h4>{S.savedHeading}</h4>
      {mappings.length === 0 ? (
        <p class="import-export__hint">{S.none}</p>
      ) : (
        <ul class="mapping-list" aria-label={S.savedHeading}>
          {mappings.map((saved) => (
            <SavedItem key={saved.id} saved={saved} mirror={mirror} onEdit={() => edit(saved.id, saved)} onNotice={setNotice} />
          ))}
        </ul>
      )}
      <StartForm mirror={mirror} onStart={open} onNotice={setNotice} />
      <div class="mapping-load">
        <label for="mapping-load-file">{S.loadFile}</label>{' '}
        <input key={fileKey} id="mapping-load-file" type="file" accept=".json,application/json" onChange={(event) => void onLoad(event.currentTarget)} />
      </div>
      {notice?.kind === 'done' && <p role="status" data-testid="mapping-notice">{notice.text}</p>}
      {notice?.kind === 'failed' && <ErrorAlert error={notice.error} testId="mapping-error" />}
      {editing !== undefined && <MappingEditor key={editing.key} mirror={mirror} start={editing} onClose={() => setEditing(undefined)} />}
    </div>
  );
}
