// Renders a stored contact for a response: the contact JSON plus the navigation properties `$expand` asked for
// (open extensions; single-value extended properties, optionally filtered on id as Graph documents).
import type { StoredContact } from '../store/records.js';
import { renderContact } from './contact-json.js';
import { renderExtension } from './extensions.js';
import { matchesFilter } from './odata-filter.js';
import type { ExpandOption } from './odata-query.js';

export const CONTACT_EXPANDABLE: ReadonlySet<string> = new Set(['extensions', 'singleValueExtendedProperties', 'multiValueExtendedProperties']);

export function viewContact(contact: StoredContact, select: ReadonlySet<string> | undefined, expand: readonly ExpandOption[], odataType?: string): Record<string, unknown> {
  const json = renderContact(contact, select, odataType);
  for (const option of expand) {
    if (option.name === 'extensions') {
      json.extensions = contact.extensions.map((ext) => renderExtension(ext));
    } else if (option.name === 'singleValueExtendedProperties') {
      const props = contact.extendedProperties.filter((p) => !option.filter || matchesFilter(option.filter, { id: p.id, value: p.value }));
      // Graph leaves the property out when no extended property matched.
      if (props.length > 0) json.singleValueExtendedProperties = props.map((p) => ({ id: p.id, value: p.value }));
    }
  }
  return json;
}

/** What `$filter` sees of a contact: its properties, versioning fields and extended properties. */
export function contactFilterScope(contact: StoredContact): Record<string, unknown> {
  // The properties stay on the prototype: no copy per contact when a filter scans a large folder.
  const scope = Object.create(contact.props) as Record<string, unknown>;
  scope.id = contact.id;
  scope.parentFolderId = contact.folderId;
  scope.changeKey = contact.changeKey;
  scope.createdDateTime = contact.createdDateTime;
  scope.lastModifiedDateTime = contact.lastModifiedDateTime;
  scope.singleValueExtendedProperties = contact.extendedProperties;
  return scope;
}
