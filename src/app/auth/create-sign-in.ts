// Composes sign-in for the pane: chooses the mode from the host, loads MSAL lazily (it is not in the first
// paint's bundle) and returns the session that the account bar shows and every Graph caller takes tokens from.
import { chooseSignInMode, NESTED_APP_AUTH_REQUIREMENT, resolveAuthority } from '../../core/auth/sign-in-mode.js';
import type { HostDialog } from '../../ports/host-dialog.js';
import type { MailboxHost } from '../../ports/mailbox-host.js';
import type { MsalClient } from '../../adapters/msal/msal-token-provider.js';
import type { AppConfig } from '../config.js';
import { connectToGraph } from '../../adapters/graph/graph-connection.js';
import { GraphDirectory } from '../../adapters/graph/graph-directory.js';
import { systemClock } from '../../adapters/browser/system-clock.js';
import { removeAccountData } from '../../adapters/browser/remove-account-data.js';
import { SignInSession } from './sign-in-session.js';
import type { SignInProvider } from './sign-in-session.js';

export interface SignInDependencies {
  readonly config: AppConfig;
  readonly mailbox: MailboxHost;
  readonly dialog: HostDialog;
  /** The pane's address (`location.href`): the dialog page and the simulator's authority are found beside it. */
  readonly pageUrl: string;
}

async function loadProvider({ config, mailbox, dialog, pageUrl }: SignInDependencies): Promise<SignInProvider> {
  const [{ MsalTokenProvider }, { createMsalClient, createNestedMsalClient }] = await Promise.all([
    import(/* webpackChunkName: "msal" */ '../../adapters/msal/msal-token-provider.js'),
    import(/* webpackChunkName: "msal" */ '../../adapters/msal/create-msal-client.js'),
  ]);
  const { name, version } = NESTED_APP_AUTH_REQUIREMENT;
  let mode = chooseSignInMode({ host: config.host, nestedAppAuthSupported: mailbox.isSetSupported(name, version) });
  const dialogUrl = new URL('dialog.html', pageUrl).href;
  const settings = { clientId: config.clientId, authority: resolveAuthority(config.authority, new URL(pageUrl).origin), redirectUri: dialogUrl };
  let nestedClient: MsalClient | undefined;
  if (mode === 'nested') {
    nestedClient = await createNestedMsalClient(settings);
    // The host reports NAA but its broker declined: sign in as without NAA, through the host's dialog.
    if (!nestedClient) mode = chooseSignInMode({ host: config.host, nestedAppAuthSupported: false });
  }
  const signInMode = mode;
  return new MsalTokenProvider({
    mode: signInMode,
    createClient: (purpose) => {
      // The dialog page wrote its account to the shared cache, which only the standard client reads.
      if (purpose === 'after-dialog') return createMsalClient(signInMode === 'nested' ? 'dialog' : signInMode, settings);
      const ready = nestedClient;
      nestedClient = undefined;
      return ready ? Promise.resolve(ready) : createMsalClient(signInMode, settings);
    },
    dialog,
    dialogUrl,
    loginHint: mailbox.user().emailAddress || undefined,
    isOnline: () => navigator.onLine,
  });
}

/** In the simulator build only, the session is published under this name for the simulator's tests and demos. */
export const SIMULATOR_SIGN_IN_GLOBAL = '__contactBridgeSignIn';

/** Creates the session and starts restoring it silently; retries when the browser comes back online. */
export function createSignIn(dependencies: SignInDependencies): SignInSession {
  const graphBaseUrl = new URL(dependencies.config.graphBaseUrl, dependencies.pageUrl).href;
  const session = new SignInSession({
    loadProvider: () => loadProvider(dependencies),
    // The profile decides between signed in and offline at start-up: one retry, not the sync's patient backoff.
    loadProfile: (tokens) => new GraphDirectory(connectToGraph({ baseUrl: graphBaseUrl, tokens, clock: systemClock, retry: { maxAttempts: 2 } })).profile(),
    removeLocalData: removeAccountData,
    clientId: dependencies.config.clientId,
  });
  window.addEventListener('online', () => {
    if (session.getState().status === 'offline') void session.start();
  });
  if (dependencies.config.host === 'simulator') Object.assign(window, { [SIMULATOR_SIGN_IN_GLOBAL]: session });
  void session.start();
  return session;
}
