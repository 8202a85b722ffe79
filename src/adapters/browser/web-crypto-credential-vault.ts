// CredentialVault over Web Crypto and IndexedDB: each secret is encrypted with AES-GCM (a fresh 96-bit IV per
// write, NIST SP 800-38D) under one AES key generated on first use with `extractable: false`, so script can use
// the key but never read its bytes. IndexedDB stores the CryptoKey object itself (it is structured-cloneable)
// beside the ciphertexts, in a database of its own named after the account. Secrets never reach an error.
import { Dexie } from 'dexie';
import type { DexieOptions, EntityTable } from 'dexie';
import type { CredentialVault } from '../../ports/credential-vault.js';
import { guarded } from '../dexie/store-error-of.js';

interface KeyRecord {
  readonly id: string;
  readonly key: CryptoKey;
}

interface SecretRecord {
  readonly id: string;
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly data: ArrayBuffer;
}

const KEY_ID = 'aes-gcm';
const IV_BYTES = 12;

class VaultDb extends Dexie {
  keys!: EntityTable<KeyRecord, 'id'>;
  secrets!: EntityTable<SecretRecord, 'id'>;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ keys: '&id', secrets: '&id' });
  }
}

export class WebCryptoCredentialVault implements CredentialVault {
  readonly #db: VaultDb;
  readonly #subtle: SubtleCrypto;
  #key: Promise<CryptoKey> | undefined;

  /** Opens the vault database `name` (see accountDatabaseName('vault', key)). */
  constructor(name: string, options?: DexieOptions & { readonly subtle?: SubtleCrypto }) {
    this.#db = new VaultDb(name, options);
    this.#subtle = options?.subtle ?? globalThis.crypto.subtle;
  }

  async put(id: string, secret: string): Promise<void> {
    const key = await this.#theKey();
    const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const data = await guarded('encrypting a password', () => this.#subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(secret)));
    await guarded('saving a password', () => this.#db.secrets.put({ id, iv, data }));
  }

  async get(id: string): Promise<string | undefined> {
    const record = await guarded('reading a password', () => this.#db.secrets.get(id));
    if (record === undefined) return undefined;
    const key = await this.#theKey();
    try {
      const plain = await this.#subtle.decrypt({ name: 'AES-GCM', iv: record.iv }, key, record.data);
      return new TextDecoder().decode(plain);
    } catch {
      // A ciphertext the key cannot open (damaged, or written under a key since removed) is as good as none.
      return undefined;
    }
  }

  delete(id: string): Promise<void> {
    return guarded('forgetting a password', () => this.#db.secrets.delete(id));
  }

  async close(): Promise<void> {
    this.#db.close();
  }

  /** The vault's key: read from IndexedDB, or generated once and stored (a concurrent first write keeps the first key). */
  #theKey(): Promise<CryptoKey> {
    this.#key ??= guarded('opening the password key', async () => {
      const stored = await this.#db.keys.get(KEY_ID);
      if (stored !== undefined) return stored.key;
      const fresh = await this.#subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
      return this.#db.transaction('rw', this.#db.keys, async () => {
        const raced = await this.#db.keys.get(KEY_ID);
        if (raced !== undefined) return raced.key;
        await this.#db.keys.add({ id: KEY_ID, key: fresh });
        return fresh;
      });
    });
    this.#key.catch(() => {
      this.#key = undefined;
    });
    return this.#key;
  }
}
