// The state of the imitation Outlook (selected item, theme, user, capabilities) and its events.
// The simulator page owns one; the Office.js shim inside the task pane reads it through `window.parent`.

export interface SimulatedAddress {
  readonly name: string;
  readonly address: string;
}

export interface SimulatedItem {
  /** Read mode has an item id; a message being composed has none until saved. */
  readonly id: string;
  readonly mode: 'read' | 'compose';
  readonly subject: string;
  readonly from?: SimulatedAddress;
  readonly sender?: SimulatedAddress;
  readonly to: readonly SimulatedAddress[];
  readonly cc: readonly SimulatedAddress[];
  readonly internetMessageId?: string;
  readonly receivedDateTime?: string;
  readonly body: { readonly contentType: 'text' | 'html'; readonly content: string };
}

export type SimulatedTheme = 'light' | 'dark';

/** Outlook on a computer or on a phone: a phone shows the pane and every dialog across the whole screen. */
export type SimulatedFormFactor = 'desktop' | 'phone';

export interface SimulatedHostState {
  readonly item: SimulatedItem | null;
  readonly theme: SimulatedTheme;
  readonly user: SimulatedAddress;
  /** Whether the host reports the NestedAppAuth 1.1 requirement set (default off: the demo signs in through the dialog). */
  readonly nestedAppAuth: boolean;
  /** Under NAA, whether the host's broker serves the add-in, or answers that NAA is unavailable (MSAL then falls back). */
  readonly nestedAppAuthBridge: 'available' | 'unavailable';
  readonly displayLanguage: string;
  readonly formFactor: SimulatedFormFactor;
  /** Delay of the host's asynchronous calls (body, compose recipients), to exercise stale-result handling. */
  readonly asyncLatencyMs: number;
}

export type SimulatedHostEvent = 'itemChanged' | 'recipientsChanged' | 'themeChanged';

/** The global under which a page publishes its simulated host for the shim (and for tests). */
export const SIMULATED_HOST_GLOBAL = '__contactBridgeSimulatedHost';

/** The `naa` query option: `1` offers NAA with a working broker, `unavailable` offers it with one that declines. */
export function nestedAppAuthOption(params: URLSearchParams): Pick<SimulatedHostState, 'nestedAppAuth' | 'nestedAppAuthBridge'> {
  const value = params.get('naa');
  return { nestedAppAuth: value === '1' || value === 'unavailable', nestedAppAuthBridge: value === 'unavailable' ? 'unavailable' : 'available' };
}

/** The mailbox owner: the emulator's first demo user. */
export const DEFAULT_USER: SimulatedAddress = { name: 'Dana Whitfield', address: 'dana.whitfield@contoso.example' };

export class SimulatedHost {
  #state: SimulatedHostState;
  readonly #listeners = new Map<SimulatedHostEvent, Set<() => void>>();

  constructor(initial: Partial<SimulatedHostState> = {}) {
    this.#state = {
      item: null,
      theme: 'light',
      user: DEFAULT_USER,
      nestedAppAuth: false,
      nestedAppAuthBridge: 'available',
      displayLanguage: 'en-US',
      formFactor: 'desktop',
      asyncLatencyMs: 0,
      ...initial,
    };
  }

  state(): SimulatedHostState {
    return this.#state;
  }

  /** Selects another item (or none), as clicking in the message list does: fires `itemChanged`. */
  selectItem(item: SimulatedItem | null): void {
    this.#state = { ...this.#state, item };
    this.#emit('itemChanged');
  }

  /** Replaces the recipients of the item being composed: fires `recipientsChanged`. */
  setRecipients(field: 'to' | 'cc', recipients: readonly SimulatedAddress[]): void {
    const item = this.#state.item;
    if (!item || item.mode !== 'compose') return;
    this.#state = { ...this.#state, item: { ...item, [field]: recipients } };
    this.#emit('recipientsChanged');
  }

  setTheme(theme: SimulatedTheme): void {
    if (theme === this.#state.theme) return;
    this.#state = { ...this.#state, theme };
    this.#emit('themeChanged');
  }

  configure(changes: Partial<Pick<SimulatedHostState, 'user' | 'nestedAppAuth' | 'nestedAppAuthBridge' | 'displayLanguage' | 'asyncLatencyMs'>>): void {
    this.#state = { ...this.#state, ...changes };
  }

  /** Subscribes to an event; returns the unsubscribe function. */
  on(event: SimulatedHostEvent, listener: () => void): () => void {
    let set = this.#listeners.get(event);
    if (!set) {
      set = new Set();
      this.#listeners.set(event, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  #emit(event: SimulatedHostEvent): void {
    for (const listener of [...(this.#listeners.get(event) ?? [])]) {
      try {
        listener();
      } catch (error) {
        // A listener from a pane that was reloaded or closed cannot run any more: forget it.
        this.#listeners.get(event)?.delete(listener);
        console.warn(`Simulated host: dropped a failing ${event} listener`, error);
      }
    }
  }
}

/** A structural view of the host the shim may receive from another frame (another realm's class). */
export type SimulatedHostLike = Pick<SimulatedHost, 'state' | 'on' | 'selectItem' | 'setRecipients' | 'setTheme' | 'configure'>;
