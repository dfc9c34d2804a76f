import { useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

export interface ViewTab<K extends string> {
  key: K;
  label: string;
}

export interface ViewTabsProps<K extends string> {
  tabs: readonly ViewTab<K>[];
  selected: K;
  onSelect: (key: K) => void;
  label: string;
  idPrefix: string;
  children: ComponentChildren;
}

/**
 * Tabs in the ARIA pattern: arrow keys, Home and End move between tabs, Tab
 * moves into the panel. The selected panel is the only one rendered.
 */
export function ViewTabs<K extends string>({ tabs, selected, onSelect, label, idPrefix, children }: ViewTabsProps<K>) {
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);

  function move(from: number, to: number) {
    const index = (to + tabs.length) % tabs.length;
    const tab = tabs[index];
    if (!tab || index === from) return;
    onSelect(tab.key);
    buttons.current[index]?.focus();
  }

  return (
    <>
      <div class="view-tabs" role="tablist" aria-label={label}>
        {tabs.map((tab, index) => (
          <button
            key={tab.key}
            ref={(el) => {
              buttons.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab.key}`}
            aria-selected={tab.key === selected}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={tab.key === selected ? 0 : -1}
            class="view-tab"
            onClick={() => onSelect(tab.key)}
            onKeyDown={(event) => {
              const keys: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
              const target = keys[event.key];
              if (target === undefined) return;
              event.preventDefault();
              move(index, target);
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div id={`${idPrefix}-panel`} role="tabpanel" aria-labelledby={`${idPrefix}-tab-${selected}`}>
        {children}
      </div>
    </>
  );
}
