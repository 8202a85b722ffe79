// The link table of a pairing kept as one value in the mirror's settings (Dexie in the pane, the store file in
// the CLI), under a key per pairing. The value read back is checked before use: a damaged one is an error.
import { StoreError } from '../../core/errors.js';
import type { CardLink, PairingState } from '../../core/carddav/card-link.js';
import type { LocalId } from '../../core/sync/mirror-contact.js';
import type { CardLinkStore } from '../../ports/card-link-store.js';
import type { SettingsStore } from '../../ports/mirror-store.js';

function isPairingState(value: unknown): value is PairingState {
  if (typeof value !== 'object' || value === null) return false;
  const { cursor, links } = value as Record<string, unknown>;
  const linkOk = (link: unknown): boolean => typeof link === 'object' && link !== null && typeof (link as CardLink).localId === 'string' && typeof (link as CardLink).href === 'string' && typeof (link as CardLink).uid === 'string';
  return (cursor === undefined || typeof cursor === 'string') && Array.isArray(links) && links.every(linkOk);
}

export class SettingsCardLinkStore implements CardLinkStore {
  readonly #settings: SettingsStore;
  readonly #key: string;

  constructor(settings: SettingsStore, pairingKey: string) {
    this.#settings = settings;
    this.#key = `carddav-pairing:${pairingKey}`;
  }

  async load(): Promise<PairingState> {
    const value = await this.#settings.getSetting(this.#key);
    if (value === undefined) return { links: [] };
    if (!isPairingState(value)) throw new StoreError(`The CardDAV pairing state ${JSON.stringify(this.#key)} is damaged.`);
    return value;
  }

  putLink(link: CardLink): Promise<void> {
    return this.putLinks([link]);
  }

  async putLinks(links: readonly CardLink[]): Promise<void> {
    if (links.length === 0) return;
    const state = await this.load();
    const replaced = new Set(links.map((link) => link.localId));
    await this.#save({ ...state, links: [...state.links.filter((entry) => !replaced.has(entry.localId)), ...links] });
  }

  async removeLink(localId: LocalId): Promise<void> {
    const state = await this.load();
    await this.#save({ ...state, links: state.links.filter((entry) => entry.localId !== localId) });
  }

  async setCursor(cursor: string | undefined): Promise<void> {
    const state = await this.load();
    await this.#save(cursor === undefined ? { links: state.links } : { ...state, cursor });
  }

  async #save(state: PairingState): Promise<void> {
    await this.#settings.setSetting(this.#key, JSON.parse(JSON.stringify(state)) as unknown);
  }
}
