// The Import/Export view: export of the mirrored contacts to Outlook CSV, Google CSV or vCard; import is not
// available yet and says so.
import { EmptyState } from '../../components/empty-state.js';
import { strings } from '../../strings/strings.js';
import { ExportSection } from './export-section.js';
import { useExportMirror } from './export-mirror.js';
import './import-export-view.css';

export function ImportExportView() {
  const mirror = useExportMirror();
  return (
    <div class="view">
      <h2 class="view__heading">{strings.importExport.heading}</h2>
      {mirror === undefined ? <EmptyState>{strings.importExport.signedOut}</EmptyState> : <ExportSection key={mirror.key} mirror={mirror} />}
      <section class="import-export__section" aria-labelledby="import-heading">
        <h3 id="import-heading">{strings.importExport.importHeading}</h3>
        <p class="import-export__hint">{strings.importExport.importUnavailable}</p>
      </section>
    </div>
  );
}
