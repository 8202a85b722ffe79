// An accessible tab bar (WAI-ARIA tabs pattern, automatic activation): arrow keys, Home and End move between tabs.
import type { ComponentChildren } from 'preact';
import { Icon } from './icon.js';

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
    <div class="tab-bar" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
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
