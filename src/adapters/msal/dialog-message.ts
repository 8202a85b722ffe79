// What the sign-in dialog page sends back to the pane with `messageParent`: the account that signed in, or the
// failure's code. Never a token: the pane reads tokens from MSAL's cache, which both pages share.

export type DialogMessage =
  | { readonly status: 'signed-in'; readonly homeAccountId: string }
  | { readonly status: 'failed'; readonly errorCode: string; readonly subError?: string; readonly description?: string };

export function serializeDialogMessage(message: DialogMessage): string {
  return JSON.stringify(message);
}

/** Parses a message from the dialog; anything unexpected becomes a failure with code `invalid_dialog_message`. */
export function parseDialogMessage(text: string): DialogMessage {
  const invalid: DialogMessage = { status: 'failed', errorCode: 'invalid_dialog_message' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return invalid;
  }
  if (typeof value !== 'object' || value === null) return invalid;
  const record = value as Record<string, unknown>;
  if (record.status === 'signed-in' && typeof record.homeAccountId === 'string' && record.homeAccountId) {
    return { status: 'signed-in', homeAccountId: record.homeAccountId };
  }
  if (record.status === 'failed' && typeof record.errorCode === 'string') {
    return {
      status: 'failed',
      errorCode: record.errorCode.slice(0, 100),
      subError: typeof record.subError === 'string' ? record.subError.slice(0, 100) : undefined,
      description: typeof record.description === 'string' ? record.description.slice(0, 500) : undefined,
    };
  }
  return invalid;
}
