// Renders the sign-in and consent page from `sign-in.html`. Every value is escaped: the page has no script at all.
import { readFileSync } from 'node:fs';
import type { DemoUser } from './access-token.js';
import { escapeHtml } from './oidc-http.js';
import { GRAPH_PERMISSIONS } from './oidc-scopes.js';

const TEMPLATE = readFileSync(new URL('./sign-in.html', import.meta.url), 'utf8');
export const SIGN_IN_STYLESHEET = readFileSync(new URL('./sign-in.css', import.meta.url), 'utf8');

export interface SignInPageInput {
  readonly action: string;
  readonly stylesheet: string;
  /** The authorize request's parameters, carried through the form unchanged. */
  readonly params: URLSearchParams;
  readonly users: readonly DemoUser[];
  readonly preselectedUserId: string | undefined;
  readonly scopes: readonly string[];
}

export function renderSignInPage(input: SignInPageInput): string {
  const hidden = [...input.params.entries()]
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}" />`)
    .join('\n        ');
  const selected = input.preselectedUserId ?? input.users[0]?.id;
  const users = input.users
    .map((user, index) => {
      const id = `user-${index}`;
      const checked = user.id === selected ? ' checked' : '';
      return `<label class="sign-in__user" for="${id}"><input type="radio" id="${id}" name="user_id" value="${escapeHtml(user.id)}"${checked} required /><span>${escapeHtml(user.displayName)}<small>${escapeHtml(user.userPrincipalName)}</small></span></label>`;
    })
    .join('\n          ');
  const scopes = input.scopes.map((scope) => `<li>${escapeHtml(GRAPH_PERMISSIONS[scope] ?? scope)} <small>(${escapeHtml(scope)})</small></li>`).join('\n            ');
  const values: Record<string, string> = {
    action: escapeHtml(input.action),
    stylesheet: escapeHtml(input.stylesheet),
    hidden,
    users,
    scopes: scopes || '<li>Sign you in</li>',
  };
  return TEMPLATE.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}
