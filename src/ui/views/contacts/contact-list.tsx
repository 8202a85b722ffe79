// The Contacts view's list, virtualized: rows of one fixed height, of which only those under the viewport (and an
// overscan each side) are in the DOM, so tens of thousands of contacts scroll smoothly. Each row is a button
// (a slot for the photo or initials, the name, company and first address, read-only and pending marks) that opens
// the contact's card right under it. Arrow keys, Home and End move between rows, scrolling the row into view.
// Every value is untrusted text and rendered as text.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LocalId, MirrorContact } from '../../../core/sync/mirror-contact.js';
import { hasLocalChanges } from '../../../core/sync/mirror-contact.js';
import { CategoryChips } from '../../components/category-chips.js';
import { strings } from '../../strings/strings.js';
import { nameOf } from '../message/contact-card.js';
import { visibleWindow } from './visible-window.js';

const t = strings.contacts;

/** Every row's height: the list's CSS holds rows to it (contacts-view.css). */
export const CONTACT_ROW_HEIGHT_PX = 60;
const OVERSCAN_ROWS = 8;
/** The list's viewport when the page has no layout to measure (or too little room). */
const MIN_VIEWPORT_PX = 240;
/** Rows from the end of those loaded at which the list asks for more. */
const NEAR_END_ROWS = 40;

export interface ContactListProps {
  readonly rows: readonly MirrorContact[];
  readonly selected: LocalId | undefined;
  /** Whether a contact's folder is read-only (shared by another mailbox). */
  isReadOnly(contact: MirrorContact): boolean;
  onSelect(localId: LocalId | undefined): void;
  /** What opens under the selected contact (its card). */
  renderDetail(contact: MirrorContact): ComponentChildren;
  /** Called when the user scrolls near the last row loaded (more can be loaded). */
  onNearEnd?(): void;
  /** What the photo or initials slot of a row shows; empty when absent. */
  renderPhoto?(contact: MirrorContact): ComponentChildren;
}

function summaryOf(contact: MirrorContact): string {
  const f = contact.fields;
  return [f.companyName, f.emailAddresses?.[0]?.address].filter((part) => part !== undefined && part.trim() !== '').join(' · ');
}

function useViewportHeight(viewport: { current: HTMLDivElement | null }): number {
  const [height, setHeight] = useState(MIN_VIEWPORT_PX * 2);
  useLayoutEffect(() => {
    const measure = () => {
      const top = viewport.current?.getBoundingClientRect().top ?? 0;
      setHeight(Math.max(MIN_VIEWPORT_PX, Math.round(window.innerHeight - Math.max(0, top) - 8)));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);
  return height;
}

export function ContactList({ rows, selected, isReadOnly, onSelect, renderDetail, onNearEnd, renderPhoto }: ContactListProps) {
  const viewport = useRef<HTMLDivElement>(null);
  const detail = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [openExtra, setOpenExtra] = useState(0);
  // The row a key moved to: focused once it is rendered (the scroll may bring it in a render later).
  const [focusIndex, setFocusIndex] = useState<number | undefined>(undefined);
  const viewportHeight = useViewportHeight(viewport);
  const openIndex = selected === undefined ? -1 : rows.findIndex((contact) => contact.localId === selected);
  const shown = visibleWindow({ scrollTop, viewportHeight, rowHeight: CONTACT_ROW_HEIGHT_PX, count: rows.length, ...(openIndex >= 0 ? { openIndex } : {}), openExtra, overscan: OVERSCAN_ROWS });

  // The open card's height, measured whenever it renders or resizes (an editor opening, a photo loading).
  useLayoutEffect(() => {
    const element = detail.current;
    if (element === null) return;
    const measure = () => setOpenExtra(element.offsetHeight);
    measure();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : undefined;
    observer?.observe(element);
    return () => observer?.disconnect();
  });
  useEffect(() => {
    if (focusIndex === undefined) return;
    const button = viewport.current?.querySelector<HTMLButtonElement>(`[data-index="${focusIndex}"]`);
    if (button === null || button === undefined) return;
    button.focus();
    setFocusIndex(undefined);
  }, [focusIndex, shown.first]);

  // Asked on the user's scrolling only: a first page that fits the viewport loads nothing more by itself.
  const scrolled = (top: number) => {
    setScrollTop(top);
    const after = visibleWindow({ scrollTop: top, viewportHeight, rowHeight: CONTACT_ROW_HEIGHT_PX, count: rows.length, ...(openIndex >= 0 ? { openIndex } : {}), openExtra, overscan: OVERSCAN_ROWS });
    if (onNearEnd !== undefined && after.last >= rows.length - NEAR_END_ROWS) onNearEnd();
  };

  const moveFocus = (event: KeyboardEvent) => {
    const from = Number((event.target as HTMLElement).getAttribute('data-index'));
    const to = { ArrowDown: from + 1, ArrowUp: from - 1, Home: 0, End: rows.length - 1 }[event.key];
    if (to === undefined || Number.isNaN(from) || to < 0 || to >= rows.length) return;
    event.preventDefault();
    const element = viewport.current;
    if (element !== null) {
      const top = to * CONTACT_ROW_HEIGHT_PX + (openIndex >= 0 && to > openIndex ? openExtra : 0);
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + CONTACT_ROW_HEIGHT_PX > element.scrollTop + viewportHeight) element.scrollTop = top + CONTACT_ROW_HEIGHT_PX - viewportHeight;
      scrolled(element.scrollTop);
    }
    setFocusIndex(to);
  };

  return (
    <div ref={viewport} class="contact-list__viewport" style={{ maxHeight: `${viewportHeight}px` }} onScroll={(event) => scrolled(event.currentTarget.scrollTop)}>
      <ul class="contact-list" aria-label={t.listLabel} style={{ paddingTop: `${shown.top}px`, paddingBottom: `${shown.bottom}px` }} onKeyDown={moveFocus}>
        {rows.slice(shown.first, shown.last).map((contact, offset) => {
          const index = shown.first + offset;
          const open = index === openIndex;
          const detailId = `contact-list-detail-${index}`;
          return (
            <li key={contact.localId} class="contact-list__item" data-testid="contact-row">
              <button
                type="button"
                class={`contact-list__row${open ? ' contact-list__row--open' : ''}`}
                data-index={index}
                aria-expanded={open}
                aria-controls={open ? detailId : undefined}
                onClick={() => onSelect(open ? undefined : contact.localId)}
              >
                <span class="contact-list__photo" aria-hidden="true">
                  {renderPhoto?.(contact)}
                </span>
                <span class="contact-list__text">
                  <span class="contact-list__line">
                    <span class="contact-list__name">{nameOf(contact)}</span>
                    {isReadOnly(contact) ? <span class="contact-list__mark">{t.readOnly}</span> : null}
                    {hasLocalChanges(contact) ? <span class="contact-list__mark">{t.pending}</span> : null}
                    <CategoryChips names={contact.fields.categories} inControl />
                  </span>
                  <span class="contact-list__summary">{summaryOf(contact)}</span>
                </span>
              </button>
              {open ? (
                <div id={detailId} ref={detail} class="contact-list__detail">
                  {renderDetail(contact)}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
