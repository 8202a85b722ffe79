// The simulated Outlook's consent prompt for a nested app's GetTokenPopup: a modal over the simulator page naming
// the user, the app's client id and the permissions, with Accept and Cancel. Text only, never HTML.
import type { ConsentRequest } from './host-broker.js';

export function askConsentInPage(doc: Document): (request: ConsentRequest) => Promise<boolean> {
  return (request) =>
    new Promise((resolve) => {
      const backdrop = doc.createElement('div');
      backdrop.className = 'sim-consent';
      const dialog = doc.createElement('div');
      dialog.className = 'sim-consent__dialog';
      dialog.setAttribute('role', 'dialog');
      dialog.setAttribute('aria-modal', 'true');
      dialog.setAttribute('aria-label', 'Permissions requested');
      const title = doc.createElement('h2');
      title.textContent = 'Permissions requested';
      const who = doc.createElement('p');
      who.textContent = `An add-in (client id ${request.clientId}) asks to act as ${request.user}. It will be able to use:`;
      const list = doc.createElement('ul');
      list.setAttribute('aria-label', 'Permissions');
      for (const scope of request.scopes) {
        const item = doc.createElement('li');
        item.textContent = scope;
        list.append(item);
      }
      const buttons = doc.createElement('div');
      buttons.className = 'sim-consent__buttons';
      const answer = (accepted: boolean) => () => {
        backdrop.remove();
        resolve(accepted);
      };
      for (const [label, accepted] of [['Accept', true], ['Cancel', false]] as const) {
        const button = doc.createElement('button');
        button.type = 'button';
        button.className = 'sim-consent__button';
        button.textContent = label;
        button.addEventListener('click', answer(accepted));
        buttons.append(button);
      }
      dialog.append(title, who, list, buttons);
      backdrop.append(dialog);
      doc.body.append(backdrop);
      (buttons.firstElementChild as HTMLButtonElement | null)?.focus();
    });
}
