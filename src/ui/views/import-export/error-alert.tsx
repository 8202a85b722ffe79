// A failed command's message, details and fix as an alert; the text may quote a file and is rendered as text.
import type { ErrorText } from './error-text.js';

export function ErrorAlert({ error, testId }: { readonly error: ErrorText; readonly testId?: string }) {
  return (
    <div class="import-error" role="alert" data-testid={testId}>
      <p>{error.message}</p>
      {error.details !== undefined && <p>{error.details}</p>}
      {error.fix !== undefined && <p>{error.fix}</p>}
    </div>
  );
}
