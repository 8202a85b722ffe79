// A browser test page: the pane's UI shell (App) over fakes, in scenarios a Node test picks through `page.evaluate`:
// reads that finish out of order, a failing host read, a view that throws, and a theme port that throws.
import { render } from 'preact';
import type { HostTheme, ThemeKind } from '../../../src/ports/host-theme.js';
import type { MailboxHost, OpenItem } from '../../../src/ports/mailbox-host.js';
import { App } from '../../../src/ui/app.js';
import { FakeMailboxHost } from '../../fakes/fake-mailbox-host.js';

export type ShellScenario = 'scripted-reads' | 'failing-read' | 'failing-view' | 'failing-theme';

export interface UiShellPageApi {
  mount(scenario: ShellScenario): void;
  /** Number of `currentItem` reads started so far (scripted-reads). */
  readsStarted(): number;
  /** Finishes read number `index` (0-based) with a message of this subject. */
  finishRead(index: number, subject: string): void;
  fireItemChanged(): void;
  setTheme(theme: ThemeKind): void;
}

class ScriptedMailboxHost extends FakeMailboxHost {
  readonly reads: Array<(item: OpenItem) => void> = [];
  override currentItem(): Promise<OpenItem | null> {
    return new Promise((resolve) => this.reads.push(resolve));
  }
  fireItemChanged(): void {
    this.select(null);
  }
}

class FakeTheme implements HostTheme {
  #kind: ThemeKind = 'light';
  readonly #listeners = new Set<(theme: ThemeKind) => void>();
  constructor(readonly failing = false) {}
  current(): ThemeKind {
    if (this.failing) throw new Error('The host theme could not be read.');
    return this.#kind;
  }
  onChanged(listener: (theme: ThemeKind) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  set(kind: ThemeKind): void {
    this.#kind = kind;
    this.#listeners.forEach((listener) => listener(kind));
  }
}

let scripted = new ScriptedMailboxHost();
let theme = new FakeTheme();

function hostFor(scenario: ShellScenario): MailboxHost {
  if (scenario === 'failing-read') {
    const host = new FakeMailboxHost();
    host.currentItem = () => Promise.reject(new Error('Outlook could not read the subject (code 9030).'));
    return host;
  }
  if (scenario === 'failing-view') {
    const host = new FakeMailboxHost();
    host.user = () => {
      throw new Error('The mailbox owner is unknown.');
    };
    return host;
  }
  return scripted;
}

const api: UiShellPageApi = {
  mount(scenario) {
    scripted = new ScriptedMailboxHost();
    theme = new FakeTheme(scenario === 'failing-theme');
    const root = document.getElementById('app');
    if (!root) throw new Error('The page has no #app element.');
    render(null, root);
    render(<App services={{ mailbox: hostFor(scenario), theme }} />, root);
  },
  readsStarted: () => scripted.reads.length,
  finishRead(index, subject) {
    scripted.reads[index]?.({ mode: 'read', key: `read:${subject}`, subject, to: [], cc: [] });
  },
  fireItemChanged: () => scripted.fireItemChanged(),
  setTheme: (kind) => theme.set(kind),
};

(window as unknown as { uiShell: UiShellPageApi }).uiShell = api;
