// The sign-in page opened with Office's dialog API when nested app authentication is unavailable (and in the
// simulator's demo). It runs MSAL's redirect flow and messages only the signed-in account back to the pane,
// which then reads the tokens from MSAL's shared cache. The same page is MSAL's redirect URI for popups and
// silent iframes: those responses are relayed to the window that asked for them.
import { createStandardPublicClientApplication } from '@azure/msal-browser';
import type { IPublicClientApplication } from '@azure/msal-browser';
import { parseScopeList } from '../core/auth/graph-scopes.js';
import { resolveAuthority } from '../core/auth/sign-in-mode.js';
import { authResponseKind } from '../adapters/msal/auth-response.js';
import { serializeDialogMessage } from '../adapters/msal/dialog-message.js';
import type { DialogMessage } from '../adapters/msal/dialog-message.js';
import { dialogPageUrl, msalConfiguration } from '../adapters/msal/msal-configuration.js';
import { authFailureOf } from '../adapters/msal/translate-msal-error.js';
import { appConfig } from './config.js';

const statusLine = document.getElementById('status');
const show = (text: string): void => {
  if (statusLine) statusLine.textContent = text;
};

async function reply(message: DialogMessage): Promise<void> {
  await Office.onReady();
  Office.context.ui.messageParent(serializeDialogMessage(message));
}

function failureMessage(error: unknown): DialogMessage {
  const failure = authFailureOf(error, navigator.onLine);
  // Only the codes travel: MSAL's description can name the user; the AADSTS number is enough to decide.
  const aadsts = /AADSTS\d+/.exec(failure.description ?? '')?.[0];
  return { status: 'failed', errorCode: failure.errorCode, subError: failure.subError, description: aadsts };
}

async function signIn(client: IPublicClientApplication): Promise<void> {
  const result = await client.handleRedirectPromise({ navigateToLoginRequestUrl: false });
  if (result) {
    client.setActiveAccount(result.account);
    show('Signed in. This window closes by itself.');
    await reply({ status: 'signed-in', homeAccountId: result.account.homeAccountId });
    return;
  }
  const params = new URLSearchParams(window.location.search);
  show('Opening the sign-in page…');
  await client.loginRedirect({
    scopes: [...parseScopeList(params.get('scopes'))],
    loginHint: params.get('login_hint') ?? undefined,
    redirectUri: dialogPageUrl(window.location.href),
  });
}

async function main(): Promise<void> {
  if (authResponseKind(window.location) === 'relay') {
    const { broadcastResponseToMainFrame } = await import('@azure/msal-browser/redirect-bridge');
    await broadcastResponseToMainFrame();
    return;
  }
  const settings = {
    clientId: appConfig.clientId,
    authority: resolveAuthority(appConfig.authority, window.location.origin),
    redirectUri: dialogPageUrl(window.location.href),
  };
  const client = await createStandardPublicClientApplication(msalConfiguration(settings));
  try {
    await signIn(client);
  } catch (error) {
    show('Signing in failed. You can close this window.');
    await reply(failureMessage(error));
  }
}

void main().catch(() => show('Signing in failed. Close this window and try again.'));
