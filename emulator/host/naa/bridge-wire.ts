// The nested app authentication bridge's wire, as MSAL browser's BridgeProxy speaks it (msal-browser
// dist/naa/BridgeProxy.mjs, BridgeStatusCode.mjs, mapping/NestedAppAuthAdapter.mjs): JSON strings in both directions.

/** MSAL's `BridgeStatusCode`: how a failed request is reported; MSAL maps each to one of its error classes. */
export const BRIDGE_STATUS = {
  UserInteractionRequired: 'USER_INTERACTION_REQUIRED',
  UserCancel: 'USER_CANCEL',
  NoNetwork: 'NO_NETWORK',
  TransientError: 'TRANSIENT_ERROR',
  PersistentError: 'PERSISTENT_ERROR',
  Disabled: 'DISABLED',
  AccountUnavailable: 'ACCOUNT_UNAVAILABLE',
  NestedAppAuthUnavailable: 'NESTED_APP_AUTH_UNAVAILABLE',
} as const;

export type BridgeStatus = (typeof BRIDGE_STATUS)[keyof typeof BRIDGE_STATUS];

export type BridgeMethod = 'GetInitContext' | 'GetToken' | 'GetTokenPopup';

/** The token parameters MSAL's NestedAppAuthAdapter.toNaaTokenRequest sends (the fields the host reads). */
export interface BridgeTokenParams {
  readonly clientId?: string;
  readonly authority?: string;
  /** Space-separated. */
  readonly scope?: string;
  readonly correlationId?: string;
  readonly platformBrokerId?: string;
  readonly forceRefresh?: boolean;
  readonly claims?: string;
}

export interface BridgeRequest {
  readonly messageType: 'NestedAppAuthRequest';
  readonly method: BridgeMethod;
  readonly requestId: string;
  readonly tokenParams?: BridgeTokenParams;
}

export interface BridgeAccountContext {
  readonly homeAccountId: string;
  readonly environment: string;
  readonly tenantId: string;
}

export interface BridgeAccount extends BridgeAccountContext {
  readonly username: string;
  readonly localAccountId: string;
  readonly name: string;
}

export interface BridgeToken {
  readonly access_token: string;
  readonly expires_in: number;
  readonly id_token: string;
  readonly scope: string;
  readonly token_type: 'Bearer';
  readonly authority: string;
}

export interface BridgeErrorBody {
  readonly status: BridgeStatus;
  readonly code?: string;
  readonly subError?: string;
  readonly description?: string;
}

interface Envelope {
  readonly messageType: 'NestedAppAuthResponse';
  readonly requestId: string;
}

export type BridgeResponse =
  | (Envelope & { readonly success: true; readonly initContext: { sdkName: string; sdkVersion: string; accountContext?: BridgeAccountContext; capabilities: { queryAccount: boolean } } })
  | (Envelope & { readonly success: true; readonly token: BridgeToken; readonly account: BridgeAccount })
  | (Envelope & { readonly success: false; readonly error: BridgeErrorBody });

const METHODS: ReadonlySet<string> = new Set(['GetInitContext', 'GetToken', 'GetTokenPopup']);

/** Parses a request string from the pane; anything else is `undefined` (and left unanswered, as no id is known). */
export function parseBridgeRequest(text: string): (Omit<BridgeRequest, 'method'> & { readonly method: string }) | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (record.messageType !== 'NestedAppAuthRequest' || typeof record.requestId !== 'string' || typeof record.method !== 'string') return undefined;
  const params = typeof record.tokenParams === 'object' && record.tokenParams !== null ? (record.tokenParams as BridgeTokenParams) : undefined;
  return { messageType: 'NestedAppAuthRequest', method: record.method, requestId: record.requestId, ...(params ? { tokenParams: params } : {}) };
}

export const isKnownMethod = (method: string): method is BridgeMethod => METHODS.has(method);

/** Frame-to-frame messages between the pane's bridge and the simulator page's broker (same origin). */
export const NAA_REQUEST_KIND = 'contact-bridge-naa-request';
export const NAA_RESPONSE_KIND = 'contact-bridge-naa-response';

export interface FrameMessage {
  readonly kind: typeof NAA_REQUEST_KIND | typeof NAA_RESPONSE_KIND;
  readonly payload: string;
}

export function isFrameMessage(data: unknown, kind: FrameMessage['kind']): data is FrameMessage {
  return typeof data === 'object' && data !== null && (data as FrameMessage).kind === kind && typeof (data as FrameMessage).payload === 'string';
}
