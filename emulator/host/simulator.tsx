// The Outlook host simulator: a message list, a reading pane and the add-in's task pane at a real width.
// It owns the SimulatedHost that the Office.js shim inside the pane reads. Query options:
// `?naa=1` offers nested app authentication (NestedAppAuth 1.1 and a broker for the pane's bridge; `?naa=unavailable`:
// a broker that declines), `?theme=dark` starts dark, `?latency=MS` delays the host's async calls, `?lang=de-DE` sets
// Outlook's display language, `?device=phone` lays the page out as Outlook on a phone (the pane across the full width).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { MessageList } from './page/message-list.js';
import { ComposePane, ReadingPane } from './page/reading-pane.js';
import { loadMessages, type LoadedMailbox } from './page/load-messages.js';
import { createHostBroker, HOST_BROKER_GLOBAL, serveHostBroker } from './naa/serve-host-broker.js';
import { nestedAppAuthOption, SIMULATED_HOST_GLOBAL, SimulatedHost, type SimulatedItem, type SimulatedTheme } from './simulated-host.js';
import './simulator.css';

const TASK_PANE_WIDTH_PX = 360;

const params = new URLSearchParams(window.location.search);
const phone = params.get('device') === 'phone';
const host = new SimulatedHost({
  theme: params.get('theme') === 'dark' ? 'dark' : 'light',
  ...nestedAppAuthOption(params),
  asyncLatencyMs: Number(params.get('latency') ?? 0) || 0,
  formFactor: phone ? 'phone' : 'desktop',
  // Outlook's display language (`?lang=de-DE`), as Office.context.displayLanguage reports it.
  ...(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(params.get('lang') ?? '') ? { displayLanguage: params.get('lang') ?? 'en-US' } : {}),
});
(window as unknown as Record<string, unknown>)[SIMULATED_HOST_GLOBAL] = host;
// The host's nested app authentication broker: the pane's `window.nestedAppAuthBridge` talks to it.
const broker = createHostBroker(host, window);
serveHostBroker(broker, window);
(window as unknown as Record<string, unknown>)[HOST_BROKER_GLOBAL] = broker;

function useHostState() {
  const [state, setState] = useState(host.state());
  useEffect(() => {
    const update = () => setState(host.state());
    const offs = [host.on('itemChanged', update), host.on('recipientsChanged', update), host.on('themeChanged', update)];
    return () => offs.forEach((off) => off());
  }, []);
  return state;
}

let composeCount = 0;

function Simulator() {
  const state = useHostState();
  const [mailbox, setMailbox] = useState<LoadedMailbox | undefined>(undefined);
  const [lastRead, setLastRead] = useState<SimulatedItem | null>(null);

  useEffect(() => {
    void loadMessages().then((loaded) => {
      setMailbox(loaded);
      const first = loaded.messages[0];
      if (first) {
        setLastRead(first);
        host.selectItem(first);
      }
    });
  }, []);

  const select = (item: SimulatedItem) => {
    setLastRead(item);
    if (item.id !== state.item?.id) host.selectItem(item);
  };
  const compose = () => {
    composeCount += 1;
    host.selectItem({ id: `compose-${composeCount}`, mode: 'compose', subject: '', to: [], cc: [], body: { contentType: 'text', content: '' } });
  };
  const theme: SimulatedTheme = state.theme;
  const item = state.item;

  return (
    <div class={`sim sim--${theme}${phone ? ' sim--phone' : ''}`}>
      <header class="sim-bar">
        <span class="sim-bar__title">Outlook</span>
        <span class="sim-bar__badge">host simulator</span>
        <span class="sim-bar__spacer" />
        <button type="button" class="sim-bar__button" onClick={compose} disabled={item?.mode === 'compose'}>
          New message
        </button>
        <button
          type="button"
          class="sim-bar__button"
          aria-pressed={theme === 'dark'}
          onClick={() => host.setTheme(theme === 'dark' ? 'light' : 'dark')}
        >
          Dark theme
        </button>
      </header>
      {mailbox?.problem ? (
        <p class="sim-notice" role="status">
          {mailbox.problem}
        </p>
      ) : null}
      <div class="sim-main">
        <nav class="sim-folder" aria-label="Inbox">
          <h1 class="sim-folder__title">Inbox</h1>
          {mailbox ? (
            <MessageList messages={mailbox.messages} selectedId={item?.mode === 'read' ? item.id : undefined} onSelect={select} />
          ) : (
            <p class="sim-folder__loading">Loading messages…</p>
          )}
        </nav>
        {item?.mode === 'compose' ? (
          <ComposePane item={item} onRecipients={(field, list) => host.setRecipients(field, list)} onDiscard={() => host.selectItem(lastRead)} />
        ) : (
          <ReadingPane item={item} />
        )}
        <aside class="sim-pane" aria-label="Add-in task pane" style={phone ? undefined : { width: `${TASK_PANE_WIDTH_PX}px` }}>
          <div class="sim-pane__title">Contact Bridge</div>
          <iframe class="sim-pane__frame" title="Contact Bridge task pane" src="/taskpane.html" />
        </aside>
      </div>
    </div>
  );
}

const root = document.getElementById('simulator');
if (root) render(<Simulator />, root);
