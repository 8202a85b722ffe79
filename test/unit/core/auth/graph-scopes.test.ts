import { describe, expect, it } from 'vitest';
import { BASE_SCOPES, missingScopes, parseScopeList, scopesForFeature } from '../../../../src/core/auth/graph-scopes.js';

describe('graph scopes', () => {
  it('asks only for the profile and the user’s contacts at sign-in', () => {
    expect(BASE_SCOPES).toEqual(['User.Read', 'Contacts.ReadWrite']);
  });

  it.each([
    ['read-categories', ['MailboxSettings.Read']],
    ['manage-categories', ['MailboxSettings.ReadWrite']],
    ['people-suggestions', ['People.Read']],
    ['shared-contacts', ['Contacts.Read.Shared']],
  ] as const)('asks for %s scopes only when that feature is used', (feature, scopes) => {
    expect(scopesForFeature(feature)).toEqual(scopes);
    expect(BASE_SCOPES).not.toContain(scopes[0]);
  });

  it('needs no consent for scopes already granted, ignoring case', () => {
    expect(missingScopes(['user.read', 'Contacts.ReadWrite'], ['User.Read', 'Contacts.ReadWrite'])).toEqual([]);
  });

  it('lists exactly the scopes still to consent to', () => {
    expect(missingScopes(['MailboxSettings.Read', 'User.Read', 'MailboxSettings.Read'], ['User.Read'])).toEqual(['MailboxSettings.Read']);
  });

  it('keeps only known scopes from untrusted text and falls back to the base set', () => {
    expect(parseScopeList('People.Read Mail.ReadWrite <script>')).toEqual(['People.Read']);
    expect(parseScopeList(null)).toEqual(BASE_SCOPES);
    expect(parseScopeList('Directory.ReadWrite.All')).toEqual(BASE_SCOPES);
  });
});
