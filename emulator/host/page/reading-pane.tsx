// The simulator's reading pane (header and text-only body of the selected message) and its compose form.
// Message content is untrusted: it is rendered as text, never as HTML.
import type { SimulatedAddress, SimulatedItem } from '../simulated-host.js';
import { bodyText, formatAddress, parseAddressList } from './load-messages.js';

function AddressLine({ label, list }: { label: string; list: readonly SimulatedAddress[] }) {
  if (list.length === 0) return null;
  return (
    <div class="sim-read__line">
      <span class="sim-read__label">{label}</span>
      <span>{list.map(formatAddress).join('; ')}</span>
    </div>
  );
}

export function ReadingPane({ item }: { item: SimulatedItem | null }) {
  if (!item) {
    return (
      <section class="sim-read sim-read--empty" aria-label="Reading pane">
        <p>Select a message to read it.</p>
      </section>
    );
  }
  const received = item.receivedDateTime ? new Date(item.receivedDateTime) : undefined;
  return (
    <section class="sim-read" aria-label="Reading pane">
      <h2 class="sim-read__subject">{item.subject || '(no subject)'}</h2>
      <div class="sim-read__header">
        <AddressLine label="From" list={item.from ? [item.from] : []} />
        <AddressLine label="To" list={item.to} />
        <AddressLine label="Cc" list={item.cc} />
        {received && !Number.isNaN(received.getTime()) ? (
          <div class="sim-read__line sim-read__date">{received.toUTCString()}</div>
        ) : null}
      </div>
      <pre class="sim-read__body" aria-label="Message body">
        {bodyText(item)}
      </pre>
    </section>
  );
}

export interface ComposePaneProps {
  readonly item: SimulatedItem;
  readonly onRecipients: (field: 'to' | 'cc', list: SimulatedAddress[]) => void;
  readonly onDiscard: () => void;
}

export function ComposePane({ item, onRecipients, onDiscard }: ComposePaneProps) {
  const field = (name: 'to' | 'cc', label: string) => (
    <label class="sim-compose__field">
      <span>{label}</span>
      <input
        type="text"
        name={name}
        aria-label={label}
        value={item[name].map(formatAddress).join('; ')}
        onChange={(event) => onRecipients(name, parseAddressList((event.currentTarget as HTMLInputElement).value))}
      />
    </label>
  );
  return (
    <section class="sim-read sim-compose" aria-label="New message">
      <h2 class="sim-read__subject">New message</h2>
      {field('to', 'To')}
      {field('cc', 'Cc')}
      <label class="sim-compose__field">
        <span>Subject</span>
        <input type="text" aria-label="Subject" placeholder="Add a subject" />
      </label>
      <textarea class="sim-compose__body" aria-label="Message body" rows={10} />
      <div class="sim-compose__actions">
        <button type="button" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </section>
  );
}
