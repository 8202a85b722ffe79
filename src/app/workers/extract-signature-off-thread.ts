// Runs signature extraction in a Web Worker with a time bound: the body is cut to the extractor's input cap
// before it is posted, and a worker that has not answered within the bound is terminated (no suggestions).
import { MAX_BODY_CHARS } from '../../core/match/signature/extract-signature.js';
import type { SignatureExtraction, SignatureInput } from '../../core/match/signature/signature-types.js';

/** How long extraction may take before the pane gives up on suggestions. */
export const EXTRACTION_TIMEOUT_MS = 4_000;

type WorkerAnswer = { readonly ok: true; readonly extraction: SignatureExtraction } | { readonly ok: false; readonly message: string };

function startWorker(): Worker {
  return new Worker(new URL('./signature-worker.ts', import.meta.url), { name: 'signature-extraction' });
}

/** Extracts off the main thread; undefined when the worker failed or ran out of time. */
export function extractSignatureOffThread(input: SignatureInput, timeoutMs = EXTRACTION_TIMEOUT_MS): Promise<SignatureExtraction | undefined> {
  const capped: SignatureInput = { ...input, body: input.body.slice(0, MAX_BODY_CHARS) };
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startWorker();
    } catch {
      resolve(undefined);
      return;
    }
    const finish = (extraction: SignatureExtraction | undefined): void => {
      clearTimeout(timer);
      worker.terminate();
      resolve(extraction);
    };
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => finish(event.data.ok ? event.data.extraction : undefined);
    worker.onerror = () => finish(undefined);
    worker.postMessage(capped);
  });
}
