// The simulated Outlook's nested app authentication broker: answers the pane's bridge requests for the mailbox
// owner, with tokens from the emulator's authority (its brokered token endpoint), silently when the user has
// consented and after the host's own consent prompt for GetTokenPopup. Records each request for tests; never a token.
import {
  BRIDGE_STATUS,
  isKnownMethod,
  parseBridgeRequest,
  type BridgeAccount,
  type BridgeErrorBody,
  type BridgeResponse,
  type BridgeStatus,
} from './bridge-wire.js';

export interface ConsentRequest {
  readonly clientId: string;
  readonly scopes: readonly string[];
  readonly user: string;
}

export interface HostBrokerOptions {
  /** The signed-in mailbox user's address (the authority's user principal name). */
  readonly user: () => string;
  /** The emulator's authority, e.g. `https://localhost:3000/oidc`. */
  readonly authority: string;
  /** False when the host answers that nested app authentication is unavailable (as Outlook does for some accounts). */
  readonly available: () => boolean;
  /** Shows the host's consent prompt; true when the user accepts. */
  readonly askConsent: (request: ConsentRequest) => Promise<boolean>;
  readonly fetch?: typeof fetch;
}

/** What the broker saw: the method, the app's client id and scopes, and how it answered. */
export interface BrokerRecord {
  readonly method: string;
  readonly clientId?: string;
  readonly scopes: readonly string[];
  readonly forceRefresh: boolean;
  readonly outcome: 'answered' | BridgeStatus;
}

type Minted = { readonly ok: true; readonly body: Record<string, unknown> } | { readonly ok: false; readonly error: BridgeErrorBody };

const UNAVAILABLE: BridgeErrorBody = { status: BRIDGE_STATUS.NestedAppAuthUnavailable, code: 'nested_app_auth_unavailable', description: 'Nested app authentication is not available for this account.' };

/** The claims of a JWT the broker just received from the authority (not verified: it came over the host's own channel). */
function claimsOf(jwt: string): Record<string, unknown> {
  const part = (jwt.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(part), (c) => c.charCodeAt(0)))) as Record<string, unknown>;
}

export class HostBroker {
  readonly #options: HostBrokerOptions;
  readonly #records: BrokerRecord[] = [];

  constructor(options: HostBrokerOptions) {
    this.#options = options;
  }

  requests(): readonly BrokerRecord[] {
    return [...this.#records];
  }

  /** Answers one request string from the pane at `paneOrigin`; `undefined` for a message that is no bridge request. */
  async handle(text: string, paneOrigin: string): Promise<string | undefined> {
    const request = parseBridgeRequest(text);
    if (!request) return undefined;
    const params = request.tokenParams;
    const scopes = (params?.scope ?? '').split(' ').filter(Boolean);
    const envelope = { messageType: 'NestedAppAuthResponse', requestId: request.requestId } as const;
    const answer = await this.#answer(request.method, params?.clientId, scopes, paneOrigin, params?.authority);
    this.#records.push({
      method: request.method,
      ...(params?.clientId ? { clientId: params.clientId } : {}),
      scopes,
      forceRefresh: params?.forceRefresh === true,
      outcome: answer.success ? 'answered' : answer.error.status,
    });
    return JSON.stringify({ ...envelope, ...answer } as BridgeResponse);
  }

  async #answer(method: string, clientId: string | undefined, scopes: readonly string[], paneOrigin: string, authority: string | undefined) {
    const fail = (error: BridgeErrorBody) => ({ success: false as const, error });
    if (!this.#options.available()) return fail(UNAVAILABLE);
    if (!isKnownMethod(method)) return fail({ status: BRIDGE_STATUS.PersistentError, code: 'unsupported_method', description: `The host does not support ${method}.` });
    if (method === 'GetInitContext') {
      // No account context: MSAL then asks the host for its first token instead of trusting a cached account.
      return { success: true as const, initContext: { sdkName: 'contact-bridge-outlook-simulator', sdkVersion: '1.0.0', capabilities: { queryAccount: false } } };
    }
    if (!clientId) return fail({ status: BRIDGE_STATUS.PersistentError, code: 'invalid_request', description: 'The token request has no client id.' });
    if (authority && authority.replace(/\/+$/, '').toLowerCase() !== this.#options.authority.toLowerCase()) {
      return fail({ status: BRIDGE_STATUS.PersistentError, code: 'invalid_authority', description: 'The simulated host brokers tokens for its own authority only.' });
    }
    // A forced refresh needs nothing more: the authority signs a new token for every brokered request.
    let minted = await this.#mint(clientId, scopes, paneOrigin, false);
    if (!minted.ok && minted.error.status === BRIDGE_STATUS.UserInteractionRequired && method === 'GetTokenPopup') {
      const accepted = await this.#options.askConsent({ clientId, scopes, user: this.#options.user() });
      if (!accepted) return fail({ status: BRIDGE_STATUS.UserCancel });
      minted = await this.#mint(clientId, scopes, paneOrigin, true);
    }
    if (!minted.ok) return fail(minted.error);
    return { success: true as const, ...this.#tokenAndAccount(minted.body) };
  }

  async #mint(clientId: string, scopes: readonly string[], paneOrigin: string, consent: boolean): Promise<Minted> {
    const form = new URLSearchParams({ client_id: clientId, redirect_uri: `brk-multihub://${new URL(paneOrigin).host}`, login_hint: this.#options.user(), scope: scopes.join(' ') });
    if (consent) form.set('prompt', 'consent');
    let response: Response;
    try {
      response = await (this.#options.fetch ?? fetch)(`${this.#options.authority}/broker/v2.0/token`, { method: 'POST', body: form });
    } catch {
      return { ok: false, error: { status: BRIDGE_STATUS.NoNetwork } };
    }
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.ok) return { ok: true, body };
    const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : undefined);
    const description = text('error_description');
    if (text('suberror') === 'consent_required') {
      return { ok: false, error: { status: BRIDGE_STATUS.UserInteractionRequired, code: 'consent_required', subError: 'consent_required', ...(description ? { description } : {}) } };
    }
    const status = response.status >= 500 ? BRIDGE_STATUS.TransientError : BRIDGE_STATUS.PersistentError;
    return { ok: false, error: { status, code: text('error') ?? 'server_error', ...(description ? { description } : {}) } };
  }

  #tokenAndAccount(body: Record<string, unknown>) {
    const idToken = String(body.id_token ?? '');
    const claims = claimsOf(idToken);
    const account = this.#account(claims);
    const token = {
      access_token: String(body.access_token ?? ''),
      expires_in: Number(body.expires_in ?? 0),
      id_token: idToken,
      scope: String(body.scope ?? ''),
      token_type: 'Bearer' as const,
      authority: this.#options.authority,
    };
    return { token, account };
  }

  #account(claims: Record<string, unknown>): BridgeAccount {
    const oid = String(claims.oid ?? '');
    const tid = String(claims.tid ?? '');
    return {
      homeAccountId: `${oid}.${tid}`,
      environment: new URL(this.#options.authority).host,
      tenantId: tid,
      username: String(claims.preferred_username ?? ''),
      localAccountId: oid,
      name: String(claims.name ?? ''),
    };
  }
}
