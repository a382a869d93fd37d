import type { KeyPress } from '../script/script-keys';

export type AuditionCommand = 'audition-line' | 'toggle' | 'stop';

/**
 * The audition keys. `a` hears the selected line (in the script); Space stops a clip that plays or
 * plays it again from the start; Escape stops it. Keys with Ctrl, Cmd or Alt are left alone.
 */
export function auditionCommandFor(press: KeyPress & { shiftKey?: boolean }, where: { inScript: boolean; playing: boolean; hasClip: boolean }): AuditionCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === 'a' && where.inScript) return 'audition-line';
  if (press.key === ' ' && where.hasClip) return 'toggle';
  if (press.key === 'Escape' && where.playing) return 'stop';
  return null;
}

export const AUDITION_SHORTCUTS: ReadonlyArray<{ keys: string; action: string }> = [
  { keys: 'a', action: 'Hear the selected line as it will be rendered' },
  { keys: 'Space', action: 'Stop the clip, or play it again from the start' },
  { keys: 'Esc', action: 'Stop the clip (while it plays)' },
];
