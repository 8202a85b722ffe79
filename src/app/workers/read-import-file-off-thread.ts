// Reads a file chosen for import in a Web Worker (import-read-worker.ts): the pane's main thread only posts
// the bytes and receives the drafts, in parts of DRAFTS_PER_MESSAGE so that taking in a large file's drafts
// is many short tasks, not one long one. Where no worker can start, the file is read on the main thread.
import { UserError } from '../../core/errors.js';
import type { ChosenFile, ImportOptions } from '../../ui/ports/import-mirror.js';
import { readImportFile } from '../read-import-file.js';
import type { ReadImportFile } from '../read-import-file.js';
import type { ImportReadAnswer, ImportReadRequest } from './import-read-protocol.js';

function startWorker(): Worker {
  return new Worker(new URL('./import-read-worker.ts', import.meta.url), { name: 'import-reading' });
}

/** The file's drafts, read off the main thread. Throws UserError for a bad file. */
export function readImportFileOffThread(file: ChosenFile, options: ImportOptions = {}): Promise<ReadImportFile> {
  let worker: Worker;
  try {
    worker = startWorker();
  } catch {
    return readImportFile(file, options);
  }
  return new Promise((resolve, reject) => {
    const finish = (): void => worker.terminate();
    const drafts: ReadImportFile['drafts'][number][] = [];
    worker.onmessage = (event: MessageEvent<ImportReadAnswer>) => {
      const answer = event.data;
      if ('drafts' in answer) {
        for (const draft of answer.drafts) drafts.push(draft);
        return;
      }
      finish();
      if (answer.ok) resolve({ ...answer.read, drafts });
      else if (answer.userError === true) reject(new UserError(answer.message, answer.details, answer.fix));
      else reject(new Error(answer.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(`The file “${file.name}” could not be read: ${event.message || 'the import worker stopped'}.`));
    };
    // A copy is posted: the caller keeps its bytes for the import keys and a second read.
    const { preset, mapping } = options;
    const request: ImportReadRequest = { name: file.name, bytes: file.bytes, ...(preset === undefined ? {} : { preset }), ...(mapping === undefined ? {} : { mapping }) };
    worker.postMessage(request);
  });
}
