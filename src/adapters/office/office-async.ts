// Office's callback APIs as promises: a failed AsyncResult becomes an `Error` naming what failed, with Office's code.

/** The part of the global `Office` the adapters use; injected so tests and the shim can supply it. */
export type OfficeApi = Pick<typeof Office, 'context' | 'EventType' | 'CoercionType' | 'AsyncResultStatus'>;

export class OfficeCallError extends Error {
  override readonly name = 'OfficeCallError';
  constructor(
    readonly what: string,
    readonly code: number | undefined,
    officeMessage: string | undefined,
  ) {
    super(`Outlook could not ${what}${officeMessage ? `: ${officeMessage}` : ''}${code !== undefined ? ` (code ${code})` : ''}.`);
  }
}

/** The global `Office`, or an error saying the page was not opened by an Office host. */
export function globalOffice(): OfficeApi {
  const office = (globalThis as { Office?: OfficeApi }).Office;
  if (!office?.context) throw new OfficeCallError('start: the pane was not opened by Outlook (Office.js is missing)', undefined, undefined);
  return office;
}

export function officeCall<T>(office: OfficeApi, what: string, start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    try {
      start((result) => {
        if (result.status === office.AsyncResultStatus.Succeeded) resolve(result.value);
        else reject(new OfficeCallError(what, result.error?.code, result.error?.message));
      });
    } catch (error) {
      reject(new OfficeCallError(what, undefined, error instanceof Error ? error.message : String(error)));
    }
  });
}

/** Resolves with Office once the host has initialised the add-in (`Office.onReady`). */
export function officeReady(): Promise<OfficeApi> {
  const office = (globalThis as { Office?: Pick<typeof Office, 'onReady'> }).Office;
  if (!office?.onReady) return Promise.reject(new OfficeCallError('start: Office.js did not load; open the pane from Outlook or the simulator', undefined, undefined));
  return office.onReady().then(() => globalOffice());
}
