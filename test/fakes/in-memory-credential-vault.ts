// The CredentialVault fake for unit tests: secrets in a Map, held to the same contract as the Web Crypto vault.
import type { CredentialVault } from '../../src/ports/credential-vault.js';

export class InMemoryCredentialVault implements CredentialVault {
  readonly #secrets = new Map<string, string>();

  async put(id: string, secret: string): Promise<void> {
    this.#secrets.set(id, secret);
  }

  async get(id: string): Promise<string | undefined> {
    return this.#secrets.get(id);
  }

  async delete(id: string): Promise<void> {
    this.#secrets.delete(id);
  }
}
