'use client';

import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react';
import { classNames } from './class-names.ts';

export type Tab = { id: string; label: ReactNode; content: ReactNode };

export type TabsProps = {
  /** Accessible name of the tab list. */
  label: string;
  tabs: Tab[];
  defaultTab?: string;
  className?: string;
};

/** WAI-ARIA tabs: one tab stop, arrow keys (and Home/End) move between tabs. */
export const Tabs = ({ label, tabs, defaultTab, className }: TabsProps) => {
  const baseId = useId();
  const [selected, setSelected] = useState(defaultTab ?? tabs[0]?.id);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const current = tabs.find((tab) => tab.id === selected);

  const select = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    setSelected(tab.id);
    buttons.current[tabs.indexOf(tab)]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(target);
  };

  return (
    <div className={className}>
      <div
        role="tablist"
        aria-label={label}
        className="flex gap-1 rounded-control bg-surface-muted p-1 ring-1 ring-inset ring-border"
      >
        {tabs.map((tab, index) => {
          const active = tab.id === selected;
          return (
            <button
              key={tab.id}
              ref={(element) => {
                buttons.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${tab.id}`}
              aria-selected={active}
              aria-controls={active ? `${baseId}-panel-${tab.id}` : undefined}
              tabIndex={active ? 0 : -1}
              onClick={() => setSelected(tab.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
              className={classNames(
                'min-h-10 flex-1 rounded-[calc(var(--radius-control)-0.25rem)] px-3 text-sm font-semibold',
                active ? 'bg-surface text-brand-800 shadow-card' : 'text-ink-muted hover:text-ink',
              )}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {/*
        Only the open panel is rendered, so fields of closed panels stay out of forms and searches.
        The panel is not named after its tab: it follows the tab at once, its fields carry their own
        labels, and a panel named "Password" would be found along with the password field.
      */}
      {current ? (
        <div role="tabpanel" id={`${baseId}-panel-${current.id}`} className="pt-5">
          {current.content}
        </div>
      ) : null}
    </div>
  );
};
