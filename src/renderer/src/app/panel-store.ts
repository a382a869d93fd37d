import { create } from 'zustand';
import { PANELS } from './panels';

interface PanelStore {
  /** The side panel shown; null when the side panels are hidden. */
  active: string | null;
  show(id: string): void;
  toggle(): void;
}

/** Which side panel is open: the app shell's only state. */
export const usePanelStore = create<PanelStore>()((set, get) => ({
  active: PANELS[0]?.id ?? null,
  show(id) {
    if (PANELS.some((p) => p.id === id)) set({ active: id });
  },
  toggle() {
    set({ active: get().active === null ? (PANELS[0]?.id ?? null) : null });
  },
}));
