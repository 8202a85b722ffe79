// Set photo, on a contact's card in the Contacts view: a button that opens the file picker (an image file), and
// hands the chosen file's bytes on; the pane fits them to what Outlook takes (a JPEG within its limits) and the
// photo shows at once, sent to Outlook by the next sync. Outlook cannot remove a contact's photo through Graph,
// so there is no Remove photo.
import { useRef, useState } from 'preact/hooks';
import { strings } from '../../strings/strings.js';

const t = strings.contacts.photo;

export interface SetPhotoControlProps {
  /** Sets the photo from the file's bytes; false when the file cannot be a photo. */
  onPhoto(bytes: Uint8Array): Promise<boolean>;
}

export function SetPhotoControl({ onPhoto }: SetPhotoControlProps) {
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const chosen = async (element: HTMLInputElement) => {
    const file = element.files?.[0];
    if (file === undefined) return;
    setState('busy');
    try {
      setState((await onPhoto(new Uint8Array(await file.arrayBuffer()))) ? 'idle' : 'failed');
    } catch {
      setState('failed');
    } finally {
      // The same file can be chosen again.
      element.value = '';
    }
  };
  return (
    <>
      <button type="button" class="button contacts-view__photo" disabled={state === 'busy'} onClick={() => input.current?.click()}>
        {t.set}
      </button>
      <input ref={input} type="file" accept="image/*" hidden aria-label={t.file} data-testid="photo-file" onChange={(event) => void chosen(event.currentTarget)} />
      {state === 'failed' ? (
        <p class="folder-actions__error" role="alert">
          {t.failed}
        </p>
      ) : null}
    </>
  );
}
