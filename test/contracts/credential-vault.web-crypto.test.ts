// WebCryptoCredentialVault on fake-indexeddb with Node's Web Crypto: the contract, and what only the real vault
// promises: nothing readable at rest, a key that cannot be exported, a fresh IV per write.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { WebCryptoCredentialVault } from '../../src/adapters/browser/web-crypto-credential-vault.js';
import { runCredentialVaultContract } from './credential-vault.contract.js';

let count = 0;

runCredentialVaultContract('WebCryptoCredentialVault on fake-indexeddb', async () => {
  const name = `vault-contract-${++count}`;
  const opened: WebCryptoCredentialVault[] = [new WebCryptoCredentialVault(name)];
  return {
    subject: opened[0]!,
    async reopen() {
      const vault = new WebCryptoCredentialVault(name);
      opened.push(vault);
      return vault;
    },
    async teardown() {
      for (const vault of opened) await vault.close();
      await Dexie.delete(name);
    },
  };
});

interface RawRecords {
  readonly keys: { readonly key: CryptoKey }[];
  readonly secrets: { readonly iv: Uint8Array; readonly data: ArrayBuffer }[];
}

async function rawRecords(name: string): Promise<RawRecords> {
  const db = new Dexie(name);
  await db.open();
  try {
    return { keys: await db.table('keys').toArray(), secrets: await db.table('secrets').toArray() };
  } finally {
    db.close();
  }
}

async function withNamedVault(test: (vault: WebCryptoCredentialVault, name: string) => Promise<void>): Promise<void> {
  const name = `vault-at-rest-${++count}`;
  const vault = new WebCryptoCredentialVault(name);
  try {
    await test(vault, name);
  } finally {
    await vault.close();
    await Dexie.delete(name);
  }
}

describe('WebCryptoCredentialVault at rest', () => {
  it('stores only ciphertext: the password is nowhere in the database', () =>
    withNamedVault(async (vault, name) => {
      const secret = 'correct horse battery staple';
      await vault.put('account-1', secret);
      const { secrets } = await rawRecords(name);
      expect(secrets).toHaveLength(1);
      const stored = JSON.stringify(secrets, (_key, value: unknown) => (value instanceof ArrayBuffer || ArrayBuffer.isView(value) ? Buffer.from(value as ArrayBuffer).toString('latin1') : value));
      expect(stored).not.toContain(secret);
      expect(stored).not.toContain(Buffer.from(secret).toString('base64'));
    }));

  it('keeps one AES-GCM key that cannot be exported', () =>
    withNamedVault(async (vault, name) => {
      await vault.put('account-1', 'one');
      await vault.put('account-2', 'two');
      const { keys } = await rawRecords(name);
      expect(keys).toHaveLength(1);
      const key = keys[0]!.key;
      expect(key.extractable).toBe(false);
      expect(key.algorithm.name).toBe('AES-GCM');
      await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    }));

  it('writes the same password twice under different IVs and ciphertexts', () =>
    withNamedVault(async (vault, name) => {
      await vault.put('account-1', 'same');
      await vault.put('account-2', 'same');
      const [first, second] = (await rawRecords(name)).secrets;
      expect(Buffer.from(first!.iv).equals(Buffer.from(second!.iv))).toBe(false);
      expect(Buffer.from(first!.data).equals(Buffer.from(second!.data))).toBe(false);
    }));

  it('answers nothing for a damaged ciphertext instead of failing', () =>
    withNamedVault(async (vault, name) => {
      await vault.put('account-1', 'secret');
      const db = new Dexie(name);
      await db.open();
      const record = (await db.table('secrets').get('account-1')) as { iv: Uint8Array; data: ArrayBuffer };
      const bytes = new Uint8Array(record.data.slice(0));
      bytes[0] = (bytes[0] ?? 0) ^ 0xff;
      await db.table('secrets').put({ ...record, id: 'account-1', data: bytes.buffer });
      db.close();
      expect(await vault.get('account-1')).toBeUndefined();
    }));
});
