// The Duplicates panel of the Contacts view: looks for likely duplicates across all folders the user can change,
// shows one group at a time side by side, and merges it into the contact the user keeps (list fields united,
// the rest picked per field). The merge is local at once and held in the outbox while its Undo is offered; the
// push sends it when the notice is closed, the next merge is made or the panel closes.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ContactFieldName } from '../../../core/contact/contact.js';
import { mergeDuplicateFields, mergeRowsOf, survivorIndexOf, type MergePicks, type MergeRow } from '../../../core/duplicates/merge-duplicates.js';
import type { MirrorContact } from '../../../core/sync/mirror-contact.js';
import { format, strings } from '../../strings/strings.js';
import arrowUndoIcon from '@fluentui/svg-icons/icons/arrow_undo_20_regular.svg?raw';
import dismissIcon from '@fluentui/svg-icons/icons/dismiss_20_regular.svg?raw';
import { Icon } from '../../components/icon.js';
import type { ContactsMirror, DuplicateContacts, QueuedMerge } from '../../ports/contacts-mirror.js';
import { nameOf } from '../message/contact-card.js';
import { DuplicateGroupTable } from './duplicate-group-table.js';
import './duplicates-panel.css';

const t = strings.contacts.duplicates;

export interface DuplicatesPanelProps {
  readonly mirror: ContactsMirror;
  folderName(contact: MirrorContact): string | undefined;
  onClose(): void;
}

type Notice = { readonly text: string; readonly queued?: QueuedMerge };

/** The merged fields, the kept contact's first so its e-mail address and phones lead the united lists. */
function mergedFields(contacts: readonly MirrorContact[], rows: readonly MergeRow[], keep: number, pickOf: (row: MergeRow) => number) {
  const order = [keep, ...contacts.map((_, index) => index).filter((index) => index !== keep)];
  const picks: MergePicks = {};
  for (const row of rows) if (row.kind === 'pick') picks[row.field] = order.indexOf(pickOf(row));
  return mergeDuplicateFields(order.map((index) => (contacts[index] as MirrorContact).fields), picks);
}

function GroupMerge({ group, folderName, onMerge }: { group: DuplicateContacts; folderName: DuplicatesPanelProps['folderName']; onMerge(keep: number, fields: MirrorContact['fields']): void }) {
  const fields = useMemo(() => group.contacts.map((contact) => contact.fields), [group]);
  const rows = useMemo(() => mergeRowsOf(fields), [fields]);
  const [keep, setKeep] = useState(() => survivorIndexOf(fields));
  const [picks, setPicks] = useState<MergePicks>({});
  const pickOf = (row: MergeRow): number => picks[row.field] ?? (row.values[keep] !== undefined ? keep : (row.defaultPick ?? 0));
  const reasons = group.reasons.map((reason) => t.reasons[reason]).join(', ');
  return (
    <div class="duplicates__group">
      <p class="duplicates__reasons">{format(t.groupedBy, { reasons })}</p>
      <DuplicateGroupTable
        contacts={group.contacts}
        rows={rows}
        keep={keep}
        pickOf={pickOf}
        folderName={folderName}
        onKeep={setKeep}
        onPick={(field: ContactFieldName, index: number) => setPicks({ ...picks, [field]: index })}
      />
      <button type="button" class="button button--primary duplicates__merge" onClick={() => onMerge(keep, mergedFields(group.contacts, rows, keep, pickOf))}>
        {t.merge}
      </button>
    </div>
  );
}

export function DuplicatesPanel({ mirror, folderName, onClose }: DuplicatesPanelProps) {
  const [groups, setGroups] = useState<readonly DuplicateContacts[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [index, setIndex] = useState(0);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const queued = useRef<QueuedMerge | undefined>(undefined);
  const search = () => {
    setGroups(undefined);
    mirror.findDuplicates().then(setGroups, (failure: Error) => setError(format(t.findFailed, { message: failure.message })));
  };
  useEffect(search, [mirror]);
  // A merge still held back is let go when the panel closes.
  useEffect(() => () => queued.current?.send(), []);
  const release = () => {
    queued.current?.send();
    queued.current = undefined;
  };

  const merge = async (group: DuplicateContacts, keep: number, fields: MirrorContact['fields']) => {
    release();
    const kept = group.contacts[keep] as MirrorContact;
    try {
      const made = await mirror.mergeDuplicates(kept.localId, group.contacts.filter((_, at) => at !== keep).map((contact) => contact.localId), fields);
      queued.current = made;
      setGroups((list) => list?.filter((each) => each !== group));
      setNotice({ text: format(t.merged, { count: group.contacts.length, name: nameOf({ fields }) }), ...(made === undefined ? {} : { queued: made }) });
    } catch (failure) {
      setNotice({ text: format(t.mergeFailed, { message: (failure as Error).message }) });
    }
  };
  const undo = async (made: QueuedMerge) => {
    queued.current = undefined;
    const undone = await made.undo();
    setNotice({ text: undone ? t.undone : t.undoTooLate });
    if (undone) search();
  };

  const count = groups?.length ?? 0;
  const at = Math.min(index, Math.max(0, count - 1));
  const group = groups?.[at];
  return (
    <section class="duplicates" aria-label={t.heading} data-testid="duplicates">
      <div class="duplicates__top">
        <h3 class="duplicates__heading">{t.heading}</h3>
        <button type="button" class="button" onClick={onClose}>
          <Icon svg={dismissIcon} />
          {t.close}
        </button>
      </div>
      {notice !== undefined ? (
        <div class="duplicates__notice" role="status">
          <span>{notice.text}</span>
          {notice.queued !== undefined ? (
            <button type="button" class="button" onClick={() => void undo(notice.queued as QueuedMerge)}>
              <Icon svg={arrowUndoIcon} />
              {t.undo}
            </button>
          ) : null}
          <button type="button" class="button button--subtle button--icon" aria-label={t.close} onClick={() => { release(); setNotice(undefined); }}>
            <Icon svg={dismissIcon} />
          </button>
        </div>
      ) : null}
      {error !== undefined ? <p role="alert">{error}</p> : null}
      {groups === undefined && error === undefined ? <p class="duplicates__status">{t.searching}</p> : null}
      {groups !== undefined ? <p class="duplicates__status" data-testid="duplicates-count">{count === 0 ? t.none : format(count === 1 ? t.groups.one : t.groups.many, { count })}</p> : null}
      {group !== undefined ? (
        <>
          {count > 1 ? (
            <div class="duplicates__nav">
              <button type="button" class="button" disabled={at === 0} onClick={() => setIndex(at - 1)}>
                {t.previous}
              </button>
              <span>{format(t.group, { index: at + 1, count })}</span>
              <button type="button" class="button" disabled={at >= count - 1} onClick={() => setIndex(at + 1)}>
                {t.next}
              </button>
            </div>
          ) : null}
          <GroupMerge key={group.contacts.map((contact) => contact.localId).join('|')} group={group} folderName={folderName} onMerge={(keep, fields) => void merge(group, keep, fields)} />
        </>
      ) : null}
    </section>
  );
}
