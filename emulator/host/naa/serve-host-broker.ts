// Runs the host's nested app authentication broker for the simulator page: answers bridge requests that frames
// of the page's own origin (the add-in's task pane) post to it, and builds the broker for the page or a lone pane.
import { askConsentInPage } from './consent-prompt.js';
import { isFrameMessage, NAA_REQUEST_KIND, NAA_RESPONSE_KIND, type FrameMessage } from './bridge-wire.js';
import { HostBroker } from './host-broker.js';
import type { SimulatedHostLike } from '../simulated-host.js';
import type { BridgeTransport } from '../shim/nested-app-auth-bridge.js';

/** The global under which the simulator page publishes its broker, for tests (`requests()` lists what it saw). */
export const HOST_BROKER_GLOBAL = '__contactBridgeHostBroker';

/** The broker for `host`'s mailbox owner, with tokens from the authority on `page`'s origin (`/oidc`). */
export function createHostBroker(host: SimulatedHostLike, page: Window): HostBroker {
  return new HostBroker({
    user: () => host.state().user.address,
    authority: `${page.location.origin}/oidc`,
    available: () => host.state().nestedAppAuthBridge === 'available',
    askConsent: askConsentInPage(page.document),
  });
}

/** Answers the frames' requests on `page`; returns the function that stops. */
export function serveHostBroker(broker: HostBroker, page: Window): () => void {
  const onMessage = (event: MessageEvent<unknown>) => {
    const source = event.source as Window | null;
    if (event.origin !== page.location.origin || !source || !isFrameMessage(event.data, NAA_REQUEST_KIND)) return;
    void broker.handle(event.data.payload, event.origin).then((answer) => {
      if (answer !== undefined) source.postMessage({ kind: NAA_RESPONSE_KIND, payload: answer } satisfies FrameMessage, event.origin);
    });
  };
  page.addEventListener('message', onMessage);
  return () => page.removeEventListener('message', onMessage);
}

/** For a pane opened without the simulator page: the broker runs in the pane's own window. */
export function localBrokerTransport(broker: HostBroker, page: Window): BridgeTransport {
  const listeners: ((response: string) => void)[] = [];
  return {
    send: (request) =>
      void broker.handle(request, page.location.origin).then((answer) => {
        if (answer !== undefined) listeners.forEach((deliver) => deliver(answer));
      }),
    onResponse: (deliver) => void listeners.push(deliver),
  };
}
