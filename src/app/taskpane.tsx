// Task pane entry point and composition root: waits for Office, picks the Office adapters and renders the app.
// The account bar (sign-in) is loaded with the pane; MSAL and the Graph client are loaded lazily by it.
import { render } from 'preact';
import { OfficeHostTheme } from '../adapters/office/office-host-theme.js';
import { OfficeMailboxHost } from '../adapters/office/office-mailbox-host.js';
import { officeReady, type OfficeApi } from '../adapters/office/office-async.js';
import { OfficeHostDialog } from '../adapters/office/office-host-dialog.js';
import { App } from '../ui/app.js';
import { chooseLocale } from '../ui/strings/choose-locale.js';
import { loadLocale } from '../ui/strings/load-locale.js';
import { AccountBar } from '../ui/views/account/account-bar.js';
import { ContactsMirrorContext } from '../ui/views/contacts/contacts-mirror.js';
import { ExportMirrorContext } from '../ui/views/import-export/export-mirror.js';
import { ImportMirrorContext } from '../ui/views/import-export/import-mirror.js';
import { MappingMirrorContext } from '../ui/views/import-export/mapping-mirror.js';
import { CardDavPaneContext } from '../ui/views/carddav/carddav-pane-context.js';
import { MessageMirrorContext } from '../ui/views/message/message-mirror.js';
import { SyncPaneContext } from '../ui/hooks/use-sync-pane.js';
import { CategoryMirrorContext } from '../ui/hooks/use-categories.js';
import { createSignIn } from './auth/create-sign-in.js';
import { appConfig } from './config.js';
import { MirrorSessions } from './mirror-sessions.js';

function showStartupError(root: HTMLElement, error: unknown): void {
  const box = document.createElement('div');
  box.className = 'error-panel';
  box.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.className = 'error-panel__title';
  title.textContent = 'Contact Bridge could not start.';
  const detail = document.createElement('p');
  detail.className = 'error-panel__detail';
  detail.textContent = error instanceof Error ? error.message : String(error);
  box.append(title, detail);
  root.replaceChildren(box);
}

/** The pane speaks Outlook's display language from its first paint: no English flash before German. */
async function start(root: HTMLElement, office: OfficeApi): Promise<void> {
  try {
    const services = { mailbox: new OfficeMailboxHost(office), theme: new OfficeHostTheme(office) };
    const locale = await loadLocale(chooseLocale(services.mailbox.user().displayLanguage));
    document.documentElement.lang = locale.language;
    const signIn = createSignIn({ config: appConfig, mailbox: services.mailbox, dialog: new OfficeHostDialog(office), pageUrl: window.location.href });
    const mirrors = new MirrorSessions(signIn, services.mailbox, new URL(appConfig.graphBaseUrl, window.location.href).href.replace(/\/+$/, ''), appConfig.carddavSources);
    render(
      <MessageMirrorContext.Provider value={mirrors}>
        <SyncPaneContext.Provider value={mirrors.syncPanes}>
          <ContactsMirrorContext.Provider value={mirrors.contactsMirrors}>
            <ExportMirrorContext.Provider value={mirrors.exportMirrors}>
              <ImportMirrorContext.Provider value={mirrors.importMirrors}>
                <MappingMirrorContext.Provider value={mirrors.mappingMirrors}>
                  <CardDavPaneContext.Provider value={mirrors.carddavPanes}>
                    <CategoryMirrorContext.Provider value={mirrors.categoryMirrors}>
                      <App services={services} accountSlot={<AccountBar session={signIn} />} />
                    </CategoryMirrorContext.Provider>
                  </CardDavPaneContext.Provider>
                </MappingMirrorContext.Provider>
              </ImportMirrorContext.Provider>
            </ExportMirrorContext.Provider>
          </ContactsMirrorContext.Provider>
        </SyncPaneContext.Provider>
      </MessageMirrorContext.Provider>,
      root,
    );
  } catch (error) {
    showStartupError(root, error);
  }
}

const root = document.getElementById('app');
if (root) {
  officeReady().then(
    (office) => start(root, office),
    (error: unknown) => showStartupError(root, error),
  );
}
