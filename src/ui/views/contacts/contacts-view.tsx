// The Contacts view: the mirrored contacts (list and search) once signed in and synced.
import { EmptyState } from '../../components/empty-state.js';
import { strings } from '../../strings/strings.js';

export function ContactsView() {
  return (
    <div class="view">
      <h2 class="view__heading">{strings.contacts.heading}</h2>
      <EmptyState>{strings.contacts.empty}</EmptyState>
    </div>
  );
}
