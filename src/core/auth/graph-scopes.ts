// Least privilege: the scopes asked for at sign-in, and the ones each feature asks for the first time it is used
// (incremental consent). Source: learn.microsoft.com/graph/permissions-reference.

/** Asked at sign-in: the profile (`/me`) and the user's own contacts. */
export const BASE_SCOPES: readonly string[] = ['User.Read', 'Contacts.ReadWrite'];

export type ScopedFeature = 'read-categories' | 'manage-categories' | 'people-suggestions' | 'shared-contacts';

/** Scopes that a feature adds to the base set, requested only when the user first uses it. */
export const FEATURE_SCOPES: Readonly<Record<ScopedFeature, readonly string[]>> = {
  'read-categories': ['MailboxSettings.Read'],
  'manage-categories': ['MailboxSettings.ReadWrite'],
  'people-suggestions': ['People.Read'],
  'shared-contacts': ['Contacts.Read.Shared'],
};

const KNOWN_SCOPES: ReadonlySet<string> = new Set([...BASE_SCOPES, ...Object.values(FEATURE_SCOPES).flat()]);

export const isKnownScope = (scope: string): boolean => KNOWN_SCOPES.has(scope);

/** The scopes a token for `feature` must carry (the feature's own scopes; the base ones are granted already). */
export function scopesForFeature(feature: ScopedFeature): readonly string[] {
  return FEATURE_SCOPES[feature];
}

/** Scope names compare case-insensitively (Entra treats `user.read` and `User.Read` alike). */
const normalized = (scope: string): string => scope.toLowerCase();

/**
 * The scopes of `requested` not yet in `granted`: empty means a silent token suffices; otherwise the user
 * (or an admin) must consent to exactly these. Reads the `scp` the identity library reports after a grant.
 */
export function missingScopes(requested: readonly string[], granted: readonly string[]): readonly string[] {
  const have = new Set(granted.map(normalized));
  return [...new Set(requested)].filter((scope) => !have.has(normalized(scope)));
}

/** Parses a space-separated scope list from untrusted text (a URL parameter), keeping only known scopes. */
export function parseScopeList(text: string | null): readonly string[] {
  const scopes = (text ?? '').split(/\s+/).filter((scope) => isKnownScope(scope));
  return scopes.length > 0 ? [...new Set(scopes)] : BASE_SCOPES;
}
