// What the pane shows of a failed command: the error's message, and the details and fix a UserError carries.

export interface ErrorText {
  readonly message: string;
  readonly details?: string;
  readonly fix?: string;
}

export function errorText(error: unknown): ErrorText {
  if (!(error instanceof Error)) return { message: String(error) };
  const { details, fix } = error as Error & { details?: unknown; fix?: unknown };
  return { message: error.message, ...(typeof details === 'string' ? { details } : {}), ...(typeof fix === 'string' ? { fix } : {}) };
}
