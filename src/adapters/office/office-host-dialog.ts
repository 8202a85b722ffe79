// HostDialog over Office's dialog API (`displayDialogAsync`): opens a page of our origin and resolves with the
// first message it sends with `messageParent`. Messages from another origin are ignored.
import { AuthError } from '../../core/errors.js';
import type { HostDialog } from '../../ports/host-dialog.js';
import { OfficeCallError, globalOffice, type OfficeApi } from './office-async.js';

/** Office's code for "the user closed the dialog". */
const DIALOG_CLOSED_BY_USER = 12006;

export class OfficeHostDialog implements HostDialog {
  readonly #office: OfficeApi;
  readonly #origin: string;

  constructor(office: OfficeApi = globalOffice(), origin: string = window.location.origin) {
    this.#office = office;
    this.#origin = origin;
  }

  openAndReceive(url: string, options: { widthPercent?: number; heightPercent?: number } = {}): Promise<string> {
    const absolute = new URL(url, this.#origin + '/').href;
    return new Promise((resolve, reject) => {
      this.#office.context.ui.displayDialogAsync(
        absolute,
        { width: options.widthPercent ?? 40, height: options.heightPercent ?? 60, displayInIframe: false },
        (result) => {
          if (result.status !== this.#office.AsyncResultStatus.Succeeded) {
            reject(new OfficeCallError('open the dialog', result.error?.code, result.error?.message));
            return;
          }
          const dialog = result.value;
          dialog.addEventHandler(this.#office.EventType.DialogMessageReceived, (args) => {
            if (!('message' in args)) return;
            if (args.origin !== undefined && args.origin !== this.#origin) return;
            dialog.close();
            resolve(args.message);
          });
          dialog.addEventHandler(this.#office.EventType.DialogEventReceived, (args) => {
            if (!('error' in args)) return;
            if (args.error === DIALOG_CLOSED_BY_USER) reject(new AuthError('The sign-in window was closed before signing in finished.', 'cancelled'));
            else reject(new OfficeCallError('keep the dialog open', args.error, undefined));
          });
        },
      );
    });
  }
}
