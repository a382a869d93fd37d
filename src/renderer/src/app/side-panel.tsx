import { Suspense, useRef, type KeyboardEvent } from 'react';
import { PANELS } from './panels';
import { usePanelStore } from './panel-store';

const tabId = (id: string): string => `panel-tab-${id}`;
const panelId = (id: string): string => `panel-${id}`;

/** The tabs of side panels (review, cast, search, source, charts) and the one shown. */
export function SidePanel() {
  const active = usePanelStore((s) => s.active);
  const tabsRef = useRef<HTMLDivElement>(null);
  if (active === null) return null;
  const current = PANELS.find((p) => p.id === active) ?? PANELS[0];
  if (!current) return null;

  // Arrow keys move between tabs (the tab list is one tab stop), as the ARIA tabs pattern has it.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const at = PANELS.findIndex((p) => p.id === current.id);
    const next =
      event.key === 'ArrowRight' ? (at + 1) % PANELS.length : event.key === 'ArrowLeft' ? (at - 1 + PANELS.length) % PANELS.length : event.key === 'Home' ? 0 : event.key === 'End' ? PANELS.length - 1 : null;
    if (next === null) return;
    event.preventDefault();
    const panel = PANELS[next]!;
    usePanelStore.getState().show(panel.id);
    tabsRef.current?.querySelector<HTMLButtonElement>(`#${tabId(panel.id)}`)?.focus();
  };

  const { Component } = current;
  return (
    <aside className="screen-column side-panel" aria-label="Panels">
      <div className="side-panel__tabs" role="tablist" aria-label="Panels" ref={tabsRef} onKeyDown={onKeyDown}>
        {PANELS.map((panel, i) => (
          <button
            key={panel.id}
            id={tabId(panel.id)}
            type="button"
            role="tab"
            className="side-panel__tab"
            aria-selected={panel.id === current.id}
            aria-controls={panelId(panel.id)}
            tabIndex={panel.id === current.id ? 0 : -1}
            title={`${panel.label} (Alt+${i + 1})`}
            onClick={() => usePanelStore.getState().show(panel.id)}
          >
            {panel.label}
          </button>
        ))}
      </div>
      <div className="side-panel__body" role="tabpanel" id={panelId(current.id)} aria-labelledby={tabId(current.id)}>
        <Suspense fallback={<p className="side-panel__loading">Loading…</p>}>
          <Component />
        </Suspense>
      </div>
    </aside>
  );
}
