// Everyone on the open message matched against the mirror: sync activity, "Add all unknown" with its preview,
// and one row per person (known, possible or unknown), in message order.
import { useEffect, useState } from 'preact/hooks';
import type { MirrorFolder } from '../../../core/sync/plan-folders.js';
import { planCaptureAll } from '../../../engine/capture-all-unknown.js';
import type { CapturePreviewRow } from '../../../engine/capture-all-unknown.js';
import type { ItemMatch } from '../../../engine/match-open-item.js';
import type { MailboxHost } from '../../../ports/mailbox-host.js';
import { plural } from '../../strings/plural.js';
import { format, strings } from '../../strings/strings.js';
import { CaptureAllPreview } from './capture-all-preview.js';
import { useSyncActivity } from './message-mirror.js';
import type { MessageMirror } from './message-mirror.js';
import { ParticipantMatch } from './participant-match.js';
import peopleAddIcon from '@fluentui/svg-icons/icons/people_add_20_regular.svg?raw';
import { Icon } from '../../components/icon.js';

const t = strings.match;

export interface MatchListProps {
  readonly mirror: MessageMirror;
  readonly mailbox: MailboxHost;
  readonly result: ItemMatch;
}

function useFolders(mirror: MessageMirror, result: ItemMatch): ReadonlyMap<string, MirrorFolder> {
  const [names, setNames] = useState<ReadonlyMap<string, MirrorFolder>>(new Map());
  useEffect(() => {
    let active = true;
    mirror.folders().then(
      (folders) => active && setNames(new Map(folders.map((folder) => [folder.id, folder]))),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [mirror, result]);
  return names;
}

export function MatchList({ mirror, mailbox, result }: MatchListProps) {
  const activity = useSyncActivity(mirror);
  const folders = useFolders(mirror, result);
  const [preview, setPreview] = useState<readonly CapturePreviewRow[] | undefined>(undefined);
  const [added, setAdded] = useState<number | undefined>(undefined);
  useEffect(() => setPreview(undefined), [result.itemKey]);
  const unknown = result.matches.filter((match) => match.status === 'unknown').length;
  return (
    <section class="match-list" aria-label={strings.message.heading} data-item-key={result.itemKey}>
      {activity.state === 'running' ? <p class="match-list__sync" role="status">{format(t.syncing, { count: activity.contacts })}</p> : null}
      {activity.state === 'failed' ? <p class="match-list__sync match-list__sync--failed">{format(t.syncFailed, { message: activity.message })}</p> : null}
      {unknown > 1 && preview === undefined ? (
        <button type="button" class="button" onClick={() => { setAdded(undefined); setPreview(planCaptureAll(result.matches)); }}>
          <Icon svg={peopleAddIcon} />
          {format(t.addAllUnknown, { count: unknown })}
        </button>
      ) : null}
      {added !== undefined ? <p role="status">{plural(t.added, added)}</p> : null}
      {preview !== undefined ? (
        <CaptureAllPreview
          preview={preview}
          onConfirm={async (keep) => {
            const ids = await mirror.captureAll(preview, keep);
            setAdded(ids.length);
            setPreview(undefined);
          }}
          onCancel={() => setPreview(undefined)}
        />
      ) : null}
      <ul class="match-list__people">
        {result.matches.map((match) => (
          <ParticipantMatch key={`${result.itemKey}|${match.participant.key}`} match={match} mirror={mirror} mailbox={mailbox} folders={folders} />
        ))}
      </ul>
    </section>
  );
}
