// The simulator's message list: a listbox of the demo mailbox; arrow keys move the selection like Outlook's.
import type { SimulatedItem } from '../simulated-host.js';

export interface MessageListProps {
  readonly messages: readonly SimulatedItem[];
  readonly selectedId: string | undefined;
  readonly onSelect: (item: SimulatedItem) => void;
}

function shortDate(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString('en-US', { month: 'short', day: 'numeric' });
}

export function MessageList({ messages, selectedId, onSelect }: MessageListProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    const index = messages.findIndex((m) => m.id === selectedId);
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = messages[Math.min(messages.length - 1, Math.max(0, index + step))];
    if (next) onSelect(next);
  };
  return (
    <ul
      class="sim-list"
      role="listbox"
      aria-label="Messages"
      tabIndex={0}
      aria-activedescendant={selectedId ? `message-${selectedId}` : undefined}
      onKeyDown={onKeyDown}
    >
      {messages.map((message) => {
        const selected = message.id === selectedId;
        return (
          <li
            key={message.id}
            id={`message-${message.id}`}
            role="option"
            aria-selected={selected}
            aria-label={message.subject || '(no subject)'}
            class={selected ? 'sim-list__item sim-list__item--selected' : 'sim-list__item'}
            onClick={() => onSelect(message)}
          >
            <span class="sim-list__from">{message.from?.name || message.from?.address || '(unknown sender)'}</span>
            <span class="sim-list__date">{shortDate(message.receivedDateTime)}</span>
            <span class="sim-list__subject">{message.subject || '(no subject)'}</span>
          </li>
        );
      })}
    </ul>
  );
}
