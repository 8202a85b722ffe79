// "Add all unknown": a preview of the draft contact for each unknown person on the message, each included by
// default and removable, then one command that captures them all (each with its outbox entry).
import { useState } from 'preact/hooks';
import type { CapturePreviewRow } from '../../../engine/capture-all-unknown.js';
import { plural } from '../../strings/plural.js';
import { format, strings } from '../../strings/strings.js';

const t = strings.match;

export interface CaptureAllPreviewProps {
  readonly preview: readonly CapturePreviewRow[];
  onConfirm(keep: ReadonlySet<string>): Promise<void>;
  onCancel(): void;
}

export function CaptureAllPreview({ preview, onConfirm, onCancel }: CaptureAllPreviewProps) {
  const [keep, setKeep] = useState<ReadonlySet<string>>(() => new Set(preview.map((row) => row.address)));
  const [saving, setSaving] = useState(false);
  const toggle = (address: string) =>
    setKeep((old) => {
      const next = new Set(old);
      if (!next.delete(address)) next.add(address);
      return next;
    });
  return (
    <section class="capture-all" aria-label={t.previewHeading}>
      <h4>{t.previewHeading}</h4>
      <ul class="capture-all__rows">
        {preview.map((row) => {
          const name = row.fields.displayName ?? row.address;
          return (
            <li key={row.address}>
              <label>
                <input type="checkbox" checked={keep.has(row.address)} onChange={() => toggle(row.address)} aria-label={format(t.previewInclude, { name })} />{' '}
                <span class="capture-all__name">{name}</span> <span class="capture-all__address">{row.address}</span>
              </label>
            </li>
          );
        })}
      </ul>
      <div class="contact-form__actions">
        <button
          type="button"
          class="button button--primary"
          disabled={saving || keep.size === 0}
          onClick={() => {
            setSaving(true);
            void onConfirm(keep).finally(() => setSaving(false));
          }}
        >
          {plural(t.previewConfirm, keep.size)}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </section>
  );
}
