// The Import/Export view: CSV and vCard import with field mapping, and export.
import { EmptyState } from '../../components/empty-state.js';
import { strings } from '../../strings/strings.js';

export function ImportExportView() {
  return (
    <div class="view">
      <h2 class="view__heading">{strings.importExport.heading}</h2>
      <EmptyState>{strings.importExport.empty}</EmptyState>
    </div>
  );
}
