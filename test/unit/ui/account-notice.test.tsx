import { describe, expect, it, vi } from 'vitest';
import { accountKey } from '../../../src/core/auth/account-key.js';
import type { SignInState } from '../../../src/core/auth/sign-in-state.js';
import { AccountNotice } from '../../../src/ui/views/account/account-notice.js';
import { byTag, findAll, renderTree, textOf } from './render-tree.js';

const ACCOUNT = { key: accountKey('t1', 'u1.t1'), tenantId: 't1', homeAccountId: 'u1.t1', username: 'avery@contoso.example' };
const ADMIN_URL = 'https://login.microsoftonline.com/t1/adminconsent?client_id=client-1';

function notice(state: Extract<SignInState, { status: 'consent-needed' | 'offline' | 'error' }>) {
  const onGrantConsent = vi.fn();
  const onRetry = vi.fn();
  const root = renderTree(<AccountNotice state={state} onGrantConsent={onGrantConsent} onRetry={onRetry} />);
  return { root, text: textOf(root), buttons: findAll(root, byTag('button')), links: findAll(root, byTag('a')), onGrantConsent, onRetry };
}

describe('AccountNotice', () => {
  it('offers only “Grant permission” when the user can consent', () => {
    const view = notice({ status: 'consent-needed', scopes: ['People.Read'], code: 'invalid_grant/consent_required AADSTS65001', account: ACCOUNT });
    expect(view.root.props).toMatchObject({ role: 'alert', 'aria-label': 'Permission needed' });
    expect(view.text).toContain('Contact Bridge needs your permission to use: People.Read.');
    expect(view.buttons.map(textOf)).toEqual(['Grant permission']);
    expect(view.links).toEqual([]);
    expect(view.text).not.toMatch(/administrator/i);
    expect(view.text).toContain('Details: invalid_grant/consent_required AADSTS65001');
  });

  it('sends a click on “Grant permission” to the consent command', () => {
    const view = notice({ status: 'consent-needed', scopes: ['People.Read'] });
    (view.buttons[0]?.props.onClick as () => void)();
    expect(view.onGrantConsent).toHaveBeenCalledTimes(1);
  });

  it('tells the user to ask an administrator, with the admin-consent link, when only one can consent', () => {
    const view = notice({ status: 'consent-needed', scopes: ['Contacts.Read.Shared'], adminConsentUrl: ADMIN_URL, code: 'access_denied AADSTS90094', account: ACCOUNT });
    expect(view.text).toContain('Your organization lets only an administrator grant Contact Bridge permission to use: Contacts.Read.Shared.');
    expect(view.text).toContain('Ask your administrator to grant it for everyone, then try again:');
    expect(view.links).toHaveLength(1);
    expect(view.links[0]?.props).toMatchObject({ href: ADMIN_URL, target: '_blank', rel: 'noopener noreferrer' });
    expect(textOf(view.links[0]!)).toBe('Admin consent page');
    expect(view.buttons.map(textOf)).toEqual(['Try again']);
    (view.buttons[0]?.props.onClick as () => void)();
    expect(view.onGrantConsent).toHaveBeenCalledTimes(1);
  });

  it('shows the offline state and errors with their details line', () => {
    expect(notice({ status: 'offline', account: ACCOUNT }).text).toMatch(/^Offline: showing your contacts from this device\./);
    const error = notice({ status: 'error', message: 'Signing in failed.', code: 'popup_window_error', account: ACCOUNT });
    expect(error.text).toContain('Details: popup_window_error');
    expect(error.buttons.map(textOf)).toEqual(['Sign in again']);
  });
});
