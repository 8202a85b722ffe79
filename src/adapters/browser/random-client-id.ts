// The IdSource port over Web Crypto's random UUIDs (the same API in the pane and in Node).
import type { ClientId } from '../../core/contact/contact.js';
import type { IdSource } from '../../ports/id-source.js';

export const randomClientId: IdSource = () => crypto.randomUUID() as ClientId;
