// The Message view: who is on the open message (subject, sender and recipients), following the selection.
// Matching these people to contacts plugs in here later.
import { EmptyState } from '../../components/empty-state.js';
import { ParticipantList } from '../../components/participant-list.js';
import { useOpenItem } from '../../hooks/use-open-item.js';
import { useServices } from '../../hooks/use-services.js';
import { strings } from '../../strings/strings.js';
import type { OpenItem } from '../../../ports/mailbox-host.js';
import './message-view.css';

function OpenItemSummary({ item }: { item: OpenItem }) {
  const s = strings.message;
  const sender = item.sender && item.from && item.sender.emailAddress !== item.from.emailAddress ? [item.sender] : [];
  const nobody = !item.from && item.to.length === 0 && item.cc.length === 0;
  return (
    <article class="open-item" aria-label={item.mode === 'compose' ? s.composeHeading : s.heading}>
      <h2 class="open-item__subject" data-testid="open-item-subject">
        {item.subject || s.noSubject}
      </h2>
      <p class="open-item__heading">{item.mode === 'compose' ? s.composeHeading : s.heading}</p>
      <ParticipantList label={s.from} people={item.from ? [item.from] : []} />
      <ParticipantList label={s.sender} people={sender} />
      <ParticipantList label={s.to} people={item.to} />
      <ParticipantList label={s.cc} people={item.cc} />
      {nobody ? <EmptyState>{s.nobody}</EmptyState> : null}
    </article>
  );
}

export function MessageView() {
  const { mailbox } = useServices();
  const state = useOpenItem(mailbox);
  if (state.status === 'loading') {
    return (
      <p class="message-view__status" role="status">
        {strings.message.loading}
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <div class="error-panel" role="alert">
        <p class="error-panel__title">{strings.message.readFailed}</p>
        <p class="error-panel__detail">{state.error.message}</p>
      </div>
    );
  }
  if (!state.item) return <EmptyState>{strings.message.noItem}</EmptyState>;
  return <OpenItemSummary item={state.item} />;
}
