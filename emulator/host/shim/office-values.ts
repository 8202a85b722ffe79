// Runtime values of the Office.js enums the add-in uses (the typings declare them as ambient enums),
// and helpers to answer Office's callback style: `callback(asyncResult)`.

export const EVENT_TYPE = {
  ItemChanged: 'olkItemSelectedChanged',
  RecipientsChanged: 'olkRecipientsChanged',
  OfficeThemeChanged: 'officeThemeChanged',
  DialogMessageReceived: 'dialogMessageReceived',
  DialogEventReceived: 'dialogEventReceived',
  DialogParentMessageReceived: 'dialogParentMessageReceived',
} as const;

export const COERCION_TYPE = { Text: 'text', Html: 'html' } as const;
export const ASYNC_RESULT_STATUS = { Succeeded: 'succeeded', Failed: 'failed' } as const;

export const MAILBOX_ENUMS = {
  ItemType: { Message: 'message', Appointment: 'appointment' },
  RecipientType: { Enterprise: 'enterprise', ExternalUser: 'externalUser', Other: 'other', DistributionList: 'distributionList' },
  ResponseType: { None: 'none', Organizer: 'organizer', Tentative: 'tentative', Accepted: 'accepted', Declined: 'declined' },
} as const;

/** Office's documented error codes for the calls the shim implements. */
export const OFFICE_ERROR = {
  invalidEvent: { code: 5001, name: 'Internal Error', message: 'The event type is not supported.' },
  noItem: { code: 9030, name: 'ItemNotFound', message: 'No item is selected.' },
  dialogDomain: { code: 12004, name: 'Invalid Domain', message: 'The dialog URL is not in the domain of the host page.' },
  dialogClosed: { code: 12006, name: 'Dialog closed', message: 'The dialog box was closed.' },
  dialogAlreadyOpen: { code: 12007, name: 'Dialog already open', message: 'A dialog box is already opened from this host window.' },
  popupBlocked: { code: 12011, name: 'Popup blocked', message: "The browser's configuration is blocking popups." },
} as const;

export type OfficeCallback<T> = (result: Office.AsyncResult<T>) => void;

/** Office's overloads put optional options before the callback: find the callback wherever it is. */
export function callbackOf<T>(...args: readonly unknown[]): OfficeCallback<T> | undefined {
  const found = args.find((arg) => typeof arg === 'function');
  return found as OfficeCallback<T> | undefined;
}

export function asyncContextOf(...args: readonly unknown[]): unknown {
  const options = args.find((arg): arg is { asyncContext?: unknown } => typeof arg === 'object' && arg !== null);
  return options?.asyncContext;
}

export function succeeded<T>(value: T, asyncContext?: unknown): Office.AsyncResult<T> {
  return {
    status: ASYNC_RESULT_STATUS.Succeeded as unknown as Office.AsyncResultStatus,
    value,
    error: undefined as unknown as Office.Error,
    asyncContext,
    diagnostics: undefined,
  };
}

export function failed<T>(error: Office.Error, asyncContext?: unknown): Office.AsyncResult<T> {
  return {
    status: ASYNC_RESULT_STATUS.Failed as unknown as Office.AsyncResultStatus,
    value: undefined as unknown as T,
    error,
    asyncContext,
    diagnostics: undefined,
  };
}

/** Answers later, never synchronously, as Office does (after `latencyMs`). */
export function answerLater<T>(callback: OfficeCallback<T> | undefined, result: () => Office.AsyncResult<T>, latencyMs = 0): void {
  if (!callback) return;
  setTimeout(() => callback(result()), latencyMs);
}

/** Compares dotted versions such as "1.13" and "1.5" numerically. */
export function versionAtMost(version: string, max: string): boolean {
  const a = version.split('.').map(Number);
  const b = max.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (Number.isNaN(x)) return false;
    if (x !== y) return x < y;
  }
  return true;
}
