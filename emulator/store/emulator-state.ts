// Everything the emulator serves: the demo users and one mailbox per user. Serialises to JSON for `--state`.
import type { DemoUser } from '../oidc/access-token.js';
import { Mailbox } from './mailbox.js';
import type { MailboxSnapshot } from './records.js';

export interface StateSnapshot {
  readonly version: 1;
  readonly mailboxes: readonly MailboxSnapshot[];
}

export class EmulatorState {
  readonly mailboxes = new Map<string, Mailbox>();

  constructor(
    readonly users: readonly DemoUser[],
    readonly now: () => number,
  ) {}

  /** A user by object id or user principal name (case-insensitive, as Graph matches UPNs). */
  findUser(idOrUpn: string): DemoUser | undefined {
    const wanted = idOrUpn.toLowerCase();
    return this.users.find((u) => u.id.toLowerCase() === wanted || u.userPrincipalName.toLowerCase() === wanted);
  }

  mailboxOf(userId: string): Mailbox {
    let mailbox = this.mailboxes.get(userId);
    if (!mailbox) {
      mailbox = new Mailbox(userId, this.now);
      this.mailboxes.set(userId, mailbox);
    }
    return mailbox;
  }

  snapshot(): StateSnapshot {
    return { version: 1, mailboxes: [...this.mailboxes.values()].map((m) => m.snapshot()) };
  }

  restore(snapshot: StateSnapshot): void {
    this.mailboxes.clear();
    for (const saved of snapshot.mailboxes) this.mailboxes.set(saved.ownerId, new Mailbox(saved.ownerId, this.now, saved));
  }
}
