// The account bar's user-visible strings (en-US).
export const accountStrings = {
  signIn: 'Sign in',
  signInAgain: 'Sign in again',
  signingIn: 'Signing in…',
  starting: 'Checking your sign-in…',
  signedOutHint: 'Sign in with your work or school account to sync your contacts.',
  accountMenu: 'Account: {name}',
  signOut: 'Sign out',
  removeLocalData: 'Also remove this account’s contacts and pending edits from this device',
  signedInAs: 'Signed in as {username}',
  consentTitle: 'Permission needed',
  consentBody: 'Contact Bridge needs your permission to use: {scopes}.',
  grantConsent: 'Grant permission',
  adminConsentHint: 'If your organization blocks this, ask your administrator to grant it for everyone:',
  adminConsentLink: 'Admin consent page',
  offline: 'Offline: showing your contacts from this device. Changes are sent when you are back online.',
  errorTitle: 'Sign-in problem',
  details: 'Details: {code}',
  retry: 'Try again',
} as const;

/** Replaces `{name}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
