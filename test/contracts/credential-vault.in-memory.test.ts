// The in-memory CredentialVault fake against the contract.
import { InMemoryCredentialVault } from '../fakes/in-memory-credential-vault.js';
import { runCredentialVaultContract } from './credential-vault.contract.js';

runCredentialVaultContract('InMemoryCredentialVault', async () => ({ subject: new InMemoryCredentialVault(), teardown: async () => undefined }));
