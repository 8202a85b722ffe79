// Web Worker entry: reads a file chosen for import (decoding, CSV parsing with papaparse or vCard parsing with
// ical.js, the mapping) off the pane's main thread, so a file of tens of thousands of rows never freezes the
// pane. The file is untrusted; a bad file answers its UserError's parts for the pane to show.
import { UserError } from '../../core/errors.js';
import { checkCsvMapping } from '../../engine/saved-mappings.js';
import { readImportFile } from '../read-import-file.js';
import { DRAFTS_PER_MESSAGE } from './import-read-protocol.js';
import type { ImportReadAnswer, ImportReadRequest } from './import-read-protocol.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: ImportReadAnswer): void;
}

const scope = self as unknown as WorkerScope;

function isRequest(data: unknown): data is ImportReadRequest {
  const request = data as Partial<ImportReadRequest> | null;
  return typeof request === 'object' && request !== null && typeof request.name === 'string' && request.bytes instanceof Uint8Array;
}

scope.onmessage = (event) => {
  if (!isRequest(event.data)) {
    scope.postMessage({ ok: false, message: 'The import worker received something that is not a file.' });
    return;
  }
  const { name, bytes, preset, mapping } = event.data;
  const checked = mapping === undefined ? undefined : checkCsvMapping(mapping);
  if (checked !== undefined && !checked.ok) {
    scope.postMessage({ ok: false, message: `The mapping “${mapping?.name ?? ''}” cannot read files: ${checked.problems.map((problem) => problem.message).join('; ')}.` });
    return;
  }
  readImportFile({ name, bytes }, { ...(preset === undefined ? {} : { preset }), ...(checked === undefined ? {} : { mapping: checked.document }) }).then(
    ({ drafts, ...rest }) => {
      for (let start = 0; start < drafts.length; start += DRAFTS_PER_MESSAGE) scope.postMessage({ drafts: drafts.slice(start, start + DRAFTS_PER_MESSAGE) });
      scope.postMessage({ ok: true, read: rest });
    },
    (error: unknown) => {
      if (error instanceof UserError) {
        scope.postMessage({ ok: false, userError: true, message: error.message, ...(error.details === undefined ? {} : { details: error.details }), ...(error.fix === undefined ? {} : { fix: error.fix }) });
      } else {
        scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
      }
    },
  );
};
