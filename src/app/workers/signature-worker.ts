// Web Worker entry: extracts a signature from a message body off the pane's main thread, so a huge or
// malformed body never freezes the pane. Input is untrusted; the extractor caps its own work.
import { extractSignature } from '../../core/match/signature/extract-signature.js';
import type { SignatureInput } from '../../core/match/signature/signature-types.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

function isInput(data: unknown): data is SignatureInput {
  const input = data as Partial<SignatureInput> | null;
  return typeof input === 'object' && input !== null && typeof input.body === 'string' && (input.bodyType === 'text' || input.bodyType === 'html');
}

scope.onmessage = (event) => {
  if (!isInput(event.data)) {
    scope.postMessage({ ok: false, message: 'The signature worker received something that is not a message body.' });
    return;
  }
  try {
    scope.postMessage({ ok: true, extraction: extractSignature(event.data) });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
