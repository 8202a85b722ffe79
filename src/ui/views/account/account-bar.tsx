// The account area of the pane's header: one "Sign in" button when signed out, progress while signing in, the
// user's name with a sign-out menu when signed in, and a notice for consent, offline and errors.
import type { AccountSession } from './account-session.js';
import { useSignInState } from './account-session.js';
import { AccountMenu } from './account-menu.js';
import { AccountNotice } from './account-notice.js';
import { strings } from '../../strings/strings.js';
import './account-bar.css';

const text = strings.account;

export function AccountBar({ session }: { readonly session: AccountSession }) {
  const state = useSignInState(session);
  const signIn = () => void session.signIn();
  switch (state.status) {
    case 'starting':
    case 'signing-in':
      return (
        <div class="account-bar" role="status" aria-live="polite">
          <span class="account-bar__progress">{state.status === 'starting' ? text.starting : text.signingIn}</span>
        </div>
      );
    case 'signed-out':
      return (
        <div class="account-bar">
          <button type="button" class="button button--primary" title={text.signedOutHint} onClick={signIn}>
            {text.signIn}
          </button>
        </div>
      );
    case 'signed-in':
      return (
        <div class="account-bar">
          <AccountMenu account={state.account} onSignOut={(options) => void session.signOut(options)} />
        </div>
      );
    default:
      return (
        <div class="account-bar account-bar--notice">
          {state.account && <AccountMenu account={state.account} onSignOut={(options) => void session.signOut(options)} />}
          <AccountNotice state={state} onGrantConsent={() => void session.grantConsent()} onRetry={signIn} />
        </div>
      );
  }
}
