// The signed-in account: the user's name (from Graph `/me`) opening a menu with sign-out and the choice to
// remove this account's local data. Escape closes the menu.
import { useState } from 'preact/hooks';
import type { SignedInAccount } from '../../../core/auth/sign-in-state.js';
import { format, strings } from '../../strings/strings.js';
import signOutIcon from '@fluentui/svg-icons/icons/sign_out_20_regular.svg?raw';
import { Icon } from '../../components/icon.js';

const text = strings.account;

export interface AccountMenuProps {
  readonly account: SignedInAccount;
  readonly onSignOut: (options: { readonly removeLocalData: boolean }) => void;
}

export function AccountMenu({ account, onSignOut }: AccountMenuProps) {
  const [open, setOpen] = useState(false);
  const [removeLocalData, setRemoveLocalData] = useState(false);
  const name = account.displayName ?? account.username;
  return (
    <div
      class="account-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) setOpen(false);
      }}
    >
      <button
        type="button"
        class="account-menu__toggle"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls="account-menu-panel"
        aria-label={format(text.accountMenu, { name })}
        onClick={() => setOpen(!open)}
      >
        <span class="account-menu__name" data-testid="account-name">
          {name}
        </span>
      </button>
      {open && (
        <div id="account-menu-panel" class="account-menu__panel" role="group" aria-label={format(text.accountMenu, { name })}>
          <p class="account-menu__username">{format(text.signedInAs, { username: account.username })}</p>
          <label class="account-menu__option">
            <input type="checkbox" checked={removeLocalData} onChange={(event) => setRemoveLocalData(event.currentTarget.checked)} />
            {text.removeLocalData}
          </label>
          <button type="button" class="button" onClick={() => onSignOut({ removeLocalData })}>
            <Icon svg={signOutIcon} />
            {text.signOut}
          </button>
        </div>
      )}
    </div>
  );
}
