// HostDialog over Office's dialog API (`displayDialogAsync`): opens a page of our origin and resolves with the
// first message it sends with `messageParent`. Only a message the host says came from the pane's own origin is
// accepted: one from another origin is ignored (the dialog may be on the identity provider's page), and one
// whose origin the host does not report (clients without DialogOrigin 1.1) ends the sign-in with an error
// instead of being trusted.
import { AuthError } from '../../core/errors.js';
import type { HostDialog } from '../../ports/host-dialog.js';
import { OfficeCallError, globalOffice, type OfficeApi } from './office-async.js';

/** Office's code for "the user closed the dialog". */
const DIALOG_CLOSED_BY_USER = 12006;

const UNKNOWN_ORIGIN =
  'This version of Outlook does not say which page sent the sign-in window’s answer, so Contact Bridge cannot trust it. Update Outlook, or use Outlook on the web.';

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
            if (args.origin === this.#origin) {
              dialog.close();
              resolve(args.message);
            } else if (args.origin === undefined) {
              dialog.close();
              reject(new AuthError(UNKNOWN_ORIGIN, 'failed', 'dialog_origin_unknown'));
            }
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
