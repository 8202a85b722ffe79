// The account states that need words: permission needed (the user grants it, or, when the identity platform
// says only an administrator can, the admin-consent link), offline, and errors with the library's code.
import type { SignInState } from '../../../core/auth/sign-in-state.js';
import { format, strings } from '../../strings/strings.js';

const text = strings.account;

type NoticeState = Extract<SignInState, { status: 'consent-needed' | 'offline' | 'error' }>;

export interface AccountNoticeProps {
  readonly state: NoticeState;
  readonly onGrantConsent: () => void;
  readonly onRetry: () => void;
}

function Details({ code }: { code: string | undefined }) {
  return code ? <p class="account-notice__details">{format(text.details, { code })}</p> : null;
}

export function AccountNotice({ state, onGrantConsent, onRetry }: AccountNoticeProps) {
  switch (state.status) {
    case 'consent-needed':
      return (
        <section class="account-notice" role="alert" aria-label={text.consentTitle}>
          <p class="account-notice__title">{text.consentTitle}</p>
          {state.adminConsentUrl === undefined ? (
            <>
              <p>{format(text.consentBody, { scopes: state.scopes.join(', ') })}</p>
              <button type="button" class="button button--primary" onClick={onGrantConsent}>
                {text.grantConsent}
              </button>
            </>
          ) : (
            <>
              <p>{format(text.adminConsentBody, { scopes: state.scopes.join(', ') })}</p>
              <p class="account-notice__admin">
                {text.adminConsentHint}{' '}
                <a href={state.adminConsentUrl} target="_blank" rel="noopener noreferrer">
                  {text.adminConsentLink}
                </a>
              </p>
              <button type="button" class="button" onClick={onGrantConsent}>
                {text.retry}
              </button>
            </>
          )}
          <Details code={state.code} />
        </section>
      );
    case 'offline':
      return (
        <p class="account-notice account-notice--offline" role="status">
          {text.offline}
        </p>
      );
    case 'error':
      return (
        <section class="account-notice account-notice--error" role="alert" aria-label={text.errorTitle}>
          <p class="account-notice__title">{state.message}</p>
          <button type="button" class="button" onClick={onRetry}>
            {state.account ? text.signInAgain : text.retry}
          </button>
          <Details code={state.code} />
        </section>
      );
  }
}
