// The Import/Export view: export of the mirrored contacts to Outlook CSV, Google CSV, vCard or a saved CSV
// mapping, import of CSV and vCard files with a preview, a choice for contacts already there, progress and a
// report, pairings with CardDAV address books, and the CSV mappings the account keeps, with their editor.
import { EmptyState } from '../../components/empty-state.js';
import { strings } from '../../strings/strings.js';
import { ExportSection } from './export-section.js';
import { useExportMirror } from './export-mirror.js';
import { ImportSection } from './import-section.js';
import { useImportMirror } from './import-mirror.js';
import { useMappingMirror } from './mapping-mirror.js';
import { MappingSection } from './mapping-section.js';
import { useSavedMappings } from './use-saved-mappings.js';
import { CardDavSection } from '../carddav/carddav-section.js';
import { useCardDavPane } from '../carddav/carddav-pane-context.js';
import './import-export-view.css';

export function ImportExportView() {
  const mirror = useExportMirror();
  const importMirror = useImportMirror();
  const mappingMirror = useMappingMirror();
  const mappings = useSavedMappings(mappingMirror);
  const carddav = useCardDavPane();
  return (
    <div class="view">
      <h2 class="view__heading">{strings.importExport.heading}</h2>
      {mirror === undefined ? <EmptyState>{strings.importExport.signedOut}</EmptyState> : <ExportSection key={mirror.key} mirror={mirror} mappings={mappings} />}
      <section class="import-export__section" aria-labelledby="import-heading">
        <h3 id="import-heading">{strings.importExport.importHeading}</h3>
        <p class="import-export__hint">{strings.importExport.importHint}</p>
        {importMirror === undefined ? <EmptyState>{strings.importExport.importSignedOut}</EmptyState> : <ImportSection key={importMirror.key} mirror={importMirror} mappings={mappings} />}
      </section>
      <section class="import-export__section" aria-labelledby="carddav-heading">
        <h3 id="carddav-heading">{strings.carddav.heading}</h3>
        <p class="import-export__hint">{strings.carddav.hint}</p>
        {carddav === undefined ? <EmptyState>{strings.carddav.signedOut}</EmptyState> : <CardDavSection key={carddav.key} pane={carddav} />}
      </section>
      <section class="import-export__section" aria-labelledby="mappings-heading">
        <h3 id="mappings-heading">{strings.mappings.heading}</h3>
        <p class="import-export__hint">{strings.mappings.hint}</p>
        {mappingMirror === undefined ? <EmptyState>{strings.mappings.signedOut}</EmptyState> : <MappingSection key={mappingMirror.key} mirror={mappingMirror} mappings={mappings} />}
      </section>
    </div>
  );
}
