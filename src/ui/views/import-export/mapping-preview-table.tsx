// The mapping editor's preview: the first contacts of a file as the mapping reads them (one column per contact
// field), or of the mirror as the mapping writes them (the file's own header row). Cells come from files and
// mailboxes and are rendered as text only; the table scrolls inside its own box in a narrow pane.
import { plural } from '../../strings/plural.js';
import { strings } from '../../strings/strings.js';
import { fieldTargetLabel } from './field-target-label.js';
import type { MappingPreview } from './mapping-mirror.js';

const S = strings.mappings;

export function MappingPreviewTable({ preview }: { readonly preview: MappingPreview }) {
  const headers = preview.source === 'file' ? preview.fields.map(fieldTargetLabel) : preview.headers;
  const caption = preview.source === 'file' ? plural(S.previewFileCaption, preview.rows.length, { shown: preview.rows.length, file: preview.file }) : plural(S.previewMirrorCaption, preview.rows.length, { shown: preview.rows.length });
  if (preview.rows.length === 0) return <p class="import-export__hint" data-testid="mapping-preview-empty">{S.previewEmpty}</p>;
  return (
    <>
      <p id="mapping-preview-caption" class="import-export__hint">{caption}</p>
      <div class="import-table__scroll" role="region" aria-labelledby="mapping-preview-caption" tabIndex={0}>
      <table class="import-table mapping-preview" aria-labelledby="mapping-preview-caption" data-testid="mapping-preview-table" data-source={preview.source}>
        <thead>
          <tr>
            {headers.map((header, index) => (
              <th key={index} scope="col">{header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {headers.map((_, column) => (
                <td key={column}>{row[column] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </>
  );
}
