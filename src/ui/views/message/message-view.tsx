// The Message view: who is on the open message (subject, sender and recipients), following the selection,
// each matched against the signed-in account's mirror (known card, possible match, or Add).
import { EmptyState } from '../../components/empty-state.js';
import { ParticipantList } from '../../components/participant-list.js';
import { useOpenItem } from '../../hooks/use-open-item.js';
import { useServices } from '../../hooks/use-services.js';
import { strings } from '../../strings/strings.js';
import type { OpenItem } from '../../../ports/mailbox-host.js';
import { MatchList } from './match-list.js';
import { useMessageMirror } from './message-mirror.js';
import type { MessageMirror } from './message-mirror.js';
import { useItemMatches } from './use-item-matches.js';
import './message-view.css';
import './match-list.css';

function MatchedPeople({ item, mirror }: { item: OpenItem; mirror: MessageMirror }) {
  const { mailbox } = useServices();
  const { result, error } = useItemMatches(mirror, item);
  if (result !== undefined) return <MatchList mirror={mirror} mailbox={mailbox} result={result} />;
  return (
    <p class="message-view__status" role={error ? 'alert' : 'status'}>
      {error ? strings.match.matchFailed : strings.match.matching}
    </p>
  );
}

function OpenItemSummary({ item }: { item: OpenItem }) {
  const s = strings.message;
  const mirror = useMessageMirror();
  const sender = item.sender && item.from && item.sender.emailAddress !== item.from.emailAddress ? [item.sender] : [];
  const nobody = !item.from && item.to.length === 0 && item.cc.length === 0;
  return (
    <article class="open-item" aria-label={item.mode === 'compose' ? s.composeHeading : s.heading}>
      <h2 class="open-item__subject" data-testid="open-item-subject">
        {item.subject || s.noSubject}
      </h2>
      <p class="open-item__heading">{item.mode === 'compose' ? s.composeHeading : s.heading}</p>
      {nobody ? <EmptyState>{s.nobody}</EmptyState> : null}
      {mirror !== undefined && !nobody ? <MatchedPeople item={item} mirror={mirror} /> : null}
      {mirror === undefined ? (
        <>
          <ParticipantList label={s.from} people={item.from ? [item.from] : []} />
          <ParticipantList label={s.sender} people={sender} />
          <ParticipantList label={s.to} people={item.to} />
          <ParticipantList label={s.cc} people={item.cc} />
          <p class="message-view__status">{strings.match.signInToMatch}</p>
        </>
      ) : null}
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
