import { describe, expect, it } from 'vitest';
import { TokenSigner } from '../oidc/token-signer.js';

describe('TokenSigner', () => {
  it('verifies a token it signed and returns its claims', () => {
    const signer = new TokenSigner(() => 1_000_000);
    const check = signer.verify(signer.sign({ oid: 'u1', scp: 'Contacts.ReadWrite' }, 60));
    expect(check).toMatchObject({ ok: true, claims: { oid: 'u1', scp: 'Contacts.ReadWrite', exp: 1060 } });
  });

  it('refuses a token after it expires', () => {
    let now = 1_000_000;
    const signer = new TokenSigner(() => now);
    const token = signer.sign({ oid: 'u1' }, 60);
    now += 60_000;
    expect(signer.verify(token)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a token whose payload was altered', () => {
    const signer = new TokenSigner();
    const [header, , signature] = signer.sign({ oid: 'u1' }, 60).split('.');
    const forged = Buffer.from(JSON.stringify({ oid: 'admin', exp: 9e9 })).toString('base64url');
    expect(signer.verify(`${header}.${forged}.${signature}`)).toEqual({ ok: false, reason: 'signature' });
  });

  it('refuses a token signed by another key', () => {
    const other = new TokenSigner();
    expect(new TokenSigner().verify(other.sign({ oid: 'u1' }, 60))).toEqual({ ok: false, reason: 'signature' });
  });

  it('refuses tokens issued before a revocation and accepts new ones', () => {
    let now = 1_000_000;
    const signer = new TokenSigner(() => now);
    const old = signer.sign({ oid: 'u1' }, 600);
    signer.revokeIssuedTokens();
    now += 2000;
    expect(signer.verify(old)).toEqual({ ok: false, reason: 'revoked' });
    expect(signer.verify(signer.sign({ oid: 'u1' }, 600)).ok).toBe(true);
  });

  it('publishes its public key with its key id', () => {
    const signer = new TokenSigner();
    expect(signer.jwks().keys[0]).toMatchObject({ kty: 'RSA', kid: signer.kid, alg: 'RS256', use: 'sig' });
    expect(signer.jwks().keys[0]).not.toHaveProperty('d');
  });

  it('accepts a token signed in the same second as a revocation, after it', () => {
    const signer = new TokenSigner(() => 1_000_000);
    const old = signer.sign({ oid: 'u1' }, 600);
    signer.revokeIssuedTokens();
    expect(signer.verify(old)).toEqual({ ok: false, reason: 'revoked' });
    expect(signer.verify(signer.sign({ oid: 'u1' }, 600)).ok).toBe(true);
  });
});
