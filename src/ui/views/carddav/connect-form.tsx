// The form that adds a pairing: the server URL, user name and password (Remember keeps it encrypted on this
// device), "Find address books" (discovery), then which book pairs with which Outlook folder, the vCard
// mapping and the direction. A problem (CORS, refused password) is explained beside the form.
import { useEffect, useState } from 'preact/hooks';
import type { CardDavBook, CardDavMappingId, CardDavPane, CardDavProblem, PairingFolder, SyncDirection } from '../../ports/carddav-pane.js';
import { strings } from '../../strings/strings.js';
import { ProblemNotice } from './problem-notice.js';

const s = strings.carddav;

// Getters: the labels are read when the pane renders, in the language chosen at startup.
export const MAPPING_LABELS: Readonly<Record<CardDavMappingId, string>> = {
  get 'vcard-4.0'() { return s.mappingVcard4; },
  get 'vcard-3.0'() { return s.mappingVcard3; },
};
export const DIRECTION_LABELS: Readonly<Record<SyncDirection, string>> = {
  get 'two-way'() { return s.directionTwoWay; },
  get 'to-carddav'() { return s.directionToCarddav; },
  get 'to-outlook'() { return s.directionToOutlook; },
};

export function ConnectForm({ pane }: { readonly pane: CardDavPane }) {
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<CardDavProblem | undefined>(undefined);
  const [books, setBooks] = useState<readonly CardDavBook[] | undefined>(undefined);
  const [folders, setFolders] = useState<readonly PairingFolder[]>([]);
  const [bookHref, setBookHref] = useState('');
  const [folderId, setFolderId] = useState('');
  const [mapping, setMapping] = useState<CardDavMappingId>('vcard-4.0');
  const [direction, setDirection] = useState<SyncDirection>('two-way');

  useEffect(() => {
    void pane.folders().then((list) => {
      setFolders(list);
      setFolderId((current) => current || (list.find((folder) => folder.isDefault) ?? list[0])?.id || '');
    });
  }, [pane, books]);

  const login = () => ({ url, user, password, remember });
  const find = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    setBooks(undefined);
    const outcome = await pane.discover(login());
    setBusy(false);
    if (outcome.kind === 'failed') return setProblem(outcome.problem);
    setBooks(outcome.books);
    setBookHref(outcome.books[0]?.href ?? '');
  };
  const add = async (event: Event) => {
    event.preventDefault();
    const book = books?.find((each) => each.href === bookHref);
    if (book === undefined || folderId === '') return;
    setBusy(true);
    try {
      await pane.addPairing(login(), { book, folderId: folderId as PairingFolder['id'], mapping, direction });
      setBooks(undefined);
      setPassword('');
    } catch (error) {
      setProblem({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="carddav-connect">
      <h4>{s.connectHeading}</h4>
      <form class="carddav-form" onSubmit={(event) => void find(event)}>
        <label for="carddav-url">{s.serverUrl}</label>
        <input id="carddav-url" class="mapping-input" type="url" autoComplete="url" placeholder={s.serverUrlPlaceholder} value={url} onInput={(event) => setUrl(event.currentTarget.value)} required />
        <label for="carddav-user">{s.user}</label>
        <input id="carddav-user" class="mapping-input" type="text" autoComplete="username" value={user} onInput={(event) => setUser(event.currentTarget.value)} required />
        <label for="carddav-password">{s.password}</label>
        <input id="carddav-password" class="mapping-input" type="password" autoComplete="current-password" value={password} onInput={(event) => setPassword(event.currentTarget.value)} />
        <label class="carddav-form__check">
          <input type="checkbox" checked={remember} onChange={(event) => setRemember(event.currentTarget.checked)} /> {s.remember}
        </label>
        <button type="submit" class="button" disabled={busy || url.trim() === '' || user.trim() === ''}>
          {busy && books === undefined ? s.finding : s.findBooks}
        </button>
      </form>
      {problem !== undefined && <ProblemNotice problem={problem} {...(pane.helpUrl === undefined ? {} : { helpUrl: pane.helpUrl })} />}
      {books !== undefined && books.length === 0 && <p role="status">{s.noBooks}</p>}
      {books !== undefined && books.length > 0 && (
        <form class="carddav-form" onSubmit={(event) => void add(event)}>
          <label for="carddav-book">{s.book}</label>
          <select id="carddav-book" class="export-form__select" value={bookHref} onChange={(event) => setBookHref(event.currentTarget.value)}>
            {books.map((book) => (
              <option key={book.href} value={book.href}>{book.name}</option>
            ))}
          </select>
          <label for="carddav-folder">{s.folder}</label>
          <select id="carddav-folder" class="export-form__select" value={folderId} onChange={(event) => setFolderId(event.currentTarget.value)}>
            {folders.map((folder) => (
              <option key={folder.id} value={folder.id}>{folder.name}</option>
            ))}
          </select>
          <label for="carddav-mapping">{s.mapping}</label>
          <select id="carddav-mapping" class="export-form__select" value={mapping} onChange={(event) => setMapping(event.currentTarget.value as CardDavMappingId)}>
            {Object.entries(MAPPING_LABELS).map(([id, label]) => (
              <option key={id} value={id}>{label}</option>
            ))}
          </select>
          <label for="carddav-direction">{s.direction}</label>
          <select id="carddav-direction" class="export-form__select" value={direction} onChange={(event) => setDirection(event.currentTarget.value as SyncDirection)}>
            {Object.entries(DIRECTION_LABELS).map(([id, label]) => (
              <option key={id} value={id}>{label}</option>
            ))}
          </select>
          <button type="submit" class="button button--primary" disabled={busy || folderId === ''}>
            {busy ? s.adding : s.addPairing}
          </button>
        </form>
      )}
    </div>
  );
}
