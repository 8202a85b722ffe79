// Ids, injected: the engine names the contacts it creates through this port, never through the host's
// random source, so runs are reproducible under test.
import type { ClientId } from '../core/contact/contact.js';

/** A new client id, unique across devices and runs (stored on the server contact to make creates idempotent). */
export type IdSource = () => ClientId;
