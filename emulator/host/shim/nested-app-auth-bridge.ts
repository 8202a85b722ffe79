// `window.nestedAppAuthBridge` in the add-in's frame, as Office.js provides it under nested app authentication:
// MSAL's BridgeProxy posts JSON request strings and listens for response strings. The shim relays them to the
// simulator page's broker (the host) with postMessage, or hands them to a broker of its own when opened alone.
import { isFrameMessage, NAA_REQUEST_KIND, NAA_RESPONSE_KIND, type FrameMessage } from '../naa/bridge-wire.js';

type BridgeListener = (response: string) => void;

/** The bridge's shape as MSAL reads it (msal-browser `window.nestedAppAuthBridge`). */
export interface NestedAppAuthBridge {
  addEventListener(type: 'message', listener: BridgeListener): void;
  removeEventListener(type: 'message', listener: BridgeListener): void;
  postMessage(message: string): void;
}

/** Carries request strings to the host and its response strings back (every response to every listener, as Office does). */
export interface BridgeTransport {
  send(request: string): void;
  onResponse(deliver: BridgeListener): void;
}

/** Relays to the simulator page in the parent frame, which serves the broker (`naa/serve-host-broker.ts`). */
export function parentFrameTransport(frame: Window): BridgeTransport {
  return {
    send: (request) => frame.parent.postMessage({ kind: NAA_REQUEST_KIND, payload: request } satisfies FrameMessage, frame.location.origin),
    onResponse(deliver) {
      frame.addEventListener('message', (event: MessageEvent<unknown>) => {
        if (event.source !== frame.parent || event.origin !== frame.location.origin || !isFrameMessage(event.data, NAA_RESPONSE_KIND)) return;
        deliver(event.data.payload);
      });
    },
  };
}

export function installNestedAppAuthBridge(frame: Window, transport: BridgeTransport): NestedAppAuthBridge {
  const listeners = new Set<BridgeListener>();
  // MSAL matches responses to its requests by requestId, so every listener hears every response.
  transport.onResponse((response) => listeners.forEach((listener) => listener(response)));
  const bridge: NestedAppAuthBridge = {
    addEventListener: (_type, listener) => void listeners.add(listener),
    removeEventListener: (_type, listener) => void listeners.delete(listener),
    postMessage: (message) => transport.send(String(message)),
  };
  Object.defineProperty(frame, 'nestedAppAuthBridge', { value: bridge, configurable: true });
  return bridge;
}
