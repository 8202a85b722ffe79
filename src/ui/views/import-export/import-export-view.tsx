// The Import/Export view: export of the mirrored contacts to Outlook CSV, Google CSV or vCard, and import of
// CSV and vCard files with a preview, a choice for contacts already there, progress and a report.
import { EmptyState } from '../../components/empty-state.js';
import { strings } from '../../strings/strings.js';
import { ExportSection } from './export-section.js';
import { useExportMirror } from './export-mirror.js';
import { ImportSection } from './import-section.js';
import { useImportMirror } from './import-mirror.js';
import './import-export-view.css';

export function ImportExportView() {
  const mirror = useExportMirror();
  const importMirror = useImportMirror();
  return (
    <div class="view">
      <h2 class="view__heading">{strings.importExport.heading}</h2>
      {mirror === undefined ? <EmptyState>{strings.importExport.signedOut}</EmptyState> : <ExportSection key={mirror.key} mirror={mirror} />}
      <section class="import-export__section" aria-labelledby="import-heading">
        <h3 id="import-heading">{strings.importExport.importHeading}</h3>
        <p class="import-export__hint">{strings.importExport.importHint}</p>
        {importMirror === undefined ? <EmptyState>{strings.importExport.importSignedOut}</EmptyState> : <ImportSection key={importMirror.key} mirror={importMirror} />}
      </section>
    </div>
  );
}
