// An accessible tab bar (WAI-ARIA tabs pattern, automatic activation): arrow keys, Home and End move between tabs.
// When the labels are wider than the pane (German ones at 320 px), the bar scrolls sideways by itself: the selected
// tab is always scrolled wholly into view, and a fade on an edge says more tabs lie beyond it.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Icon } from './icon.js';

/** Width of the fade on an edge with more tabs beyond (app.css draws it): a tab scrolled into view stays clear of it. */
const EDGE_FADE_PX = 24;

interface Overflow {
  readonly start: boolean;
  readonly end: boolean;
}

const overflowOf = (list: HTMLElement): Overflow => ({
  start: list.scrollLeft > 1,
  end: list.scrollLeft + list.clientWidth < list.scrollWidth - 1,
});

/** Scrolls `list` sideways just enough to show `tab` whole, clear of the edge fades. */
function scrollIntoList(list: HTMLElement, tab: HTMLElement): void {
  const bounds = list.getBoundingClientRect();
  const box = tab.getBoundingClientRect();
  if (box.left < bounds.left + EDGE_FADE_PX) list.scrollLeft -= bounds.left + EDGE_FADE_PX - box.left;
  else if (box.right > bounds.right - EDGE_FADE_PX) list.scrollLeft += box.right - (bounds.right - EDGE_FADE_PX);
}

export interface TabDefinition<Id extends string> {
  readonly id: Id;
  readonly label: string;
  /** A Fluent icon's SVG source, shown before the label where the pane is wide enough. */
  readonly icon?: string;
}

export interface TabBarProps<Id extends string> {
  readonly label: string;
  readonly tabs: readonly TabDefinition<Id>[];
  readonly selected: Id;
  readonly onSelect: (id: Id) => void;
}

export const tabId = (id: string): string => `tab-${id}`;
export const panelId = (id: string): string => `panel-${id}`;

export function TabBar<Id extends string>({ label, tabs, selected, onSelect }: TabBarProps<Id>) {
  const listRef = useRef<HTMLDivElement>(null);
  const [overflow, setOverflow] = useState<Overflow>({ start: false, end: false });
  const update = () => {
    const list = listRef.current;
    if (!list) return;
    const next = overflowOf(list);
    setOverflow((current) => (current.start === next.start && current.end === next.end ? current : next));
  };
  useEffect(() => {
    const list = listRef.current;
    if (!list || typeof ResizeObserver !== 'function') return undefined;
    const observer = new ResizeObserver(update);
    observer.observe(list);
    return () => observer.disconnect();
  }, []);
  useLayoutEffect(() => {
    const list = listRef.current;
    const tab = list?.querySelector<HTMLElement>(`#${tabId(selected)}`);
    if (list && tab) scrollIntoList(list, tab);
    update();
  }, [selected, tabs]);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight' ? (index + 1) % tabs.length
      : event.key === 'ArrowLeft' ? (index - 1 + tabs.length) % tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : undefined;
    const next = target === undefined ? undefined : tabs[target];
    if (!next) return;
    event.preventDefault();
    onSelect(next.id);
    const list = event.currentTarget as HTMLElement;
    list.querySelector<HTMLElement>(`#${tabId(next.id)}`)?.focus();
  };
  return (
    <div
      ref={listRef}
      class={`tab-bar${overflow.start ? ' tab-bar--more-start' : ''}${overflow.end ? ' tab-bar--more-end' : ''}`}
      role="tablist"
      aria-label={label}
      onKeyDown={onKeyDown}
      onScroll={update}
    >
      {tabs.map((tab) => {
        const isSelected = tab.id === selected;
        return (
          <button
            key={tab.id}
            id={tabId(tab.id)}
            type="button"
            role="tab"
            class="tab-bar__tab"
            aria-selected={isSelected}
            aria-controls={panelId(tab.id)}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.icon ? <Icon svg={tab.icon} /> : null}
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}

export function TabPanel({ id, children }: { id: string; children: ComponentChildren }) {
  return (
    <section class="tab-panel" id={panelId(id)} role="tabpanel" aria-labelledby={tabId(id)} tabIndex={0}>
      {children}
    </section>
  );
}
