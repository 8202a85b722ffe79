import { describe, expect, it } from 'vitest';
import { chooseSignInMode, interactionFor, resolveAuthority } from '../../../../src/core/auth/sign-in-mode.js';

describe('chooseSignInMode', () => {
  it.each([
    { host: 'office', nestedAppAuthSupported: true, mode: 'nested' },
    { host: 'office', nestedAppAuthSupported: false, mode: 'dialog' },
    { host: 'simulator', nestedAppAuthSupported: false, mode: 'demo' },
    { host: 'simulator', nestedAppAuthSupported: true, mode: 'nested' },
  ] as const)('chooses $mode for $host with NAA $nestedAppAuthSupported', ({ host, nestedAppAuthSupported, mode }) => {
    expect(chooseSignInMode({ host, nestedAppAuthSupported })).toBe(mode);
  });

  it('brokers the interaction through Office only under NAA', () => {
    expect(interactionFor('nested')).toBe('popup');
    expect(interactionFor('dialog')).toBe('dialog');
    expect(interactionFor('demo')).toBe('dialog');
  });
});

describe('resolveAuthority', () => {
  it('makes the simulator authority absolute on the page origin and trusts its host', () => {
    expect(resolveAuthority('/oidc', 'https://localhost:3000')).toEqual({ authority: 'https://localhost:3000/oidc', knownAuthorities: ['localhost:3000'] });
  });

  it.each([
    ['organizations', 'https://login.microsoftonline.com/organizations'],
    ['contoso.onmicrosoft.com', 'https://login.microsoftonline.com/contoso.onmicrosoft.com'],
    ['', 'https://login.microsoftonline.com/common'],
  ])('reads the bare tenant "%s" as Entra’s authority', (configured, authority) => {
    expect(resolveAuthority(configured, 'https://addin.example')).toEqual({ authority, knownAuthorities: [] });
  });

  it('keeps an Entra authority as configured without known authorities', () => {
    expect(resolveAuthority('https://login.microsoftonline.com/common/', 'https://addin.example')).toEqual({
      authority: 'https://login.microsoftonline.com/common',
      knownAuthorities: [],
    });
  });
});
