import { useEffect } from 'react';
import { isTextField } from '../../lib/is-text-field';
import { SCRIPT_LINES_ID } from '../script/focus-script';
import { useScriptStore } from '../script/script-store';
import { auditionCommandFor } from './audition-keys';
import { useAuditionStore } from './audition-store';

/** Controls that Space presses themselves: Space there is theirs, not the player's. */
function takesSpace(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (isTextField(target) || target.closest('button, a[href], input, select, [role="button"], [role="tab"], summary') !== null);
}

/**
 * The audition keys, window-wide: `a` on the script, Space and Escape for the player. Listened to
 * before the script's own keys (capture), so Escape stops a playing clip rather than clearing a filter.
 */
export function useAuditionShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.repeat) return;
      const audition = useAuditionStore.getState();
      const target = event.target;
      const inScript = target instanceof HTMLElement && target.id === SCRIPT_LINES_ID;
      const command = auditionCommandFor(event, { inScript, playing: audition.playing, hasClip: audition.clip !== null });
      if (!command) return;
      if (command === 'toggle' && takesSpace(target)) return;
      if (command === 'stop' && isTextField(target)) return;
      event.preventDefault();
      event.stopPropagation();
      if (command === 'stop') audition.stop();
      else if (command === 'toggle') audition.toggle();
      else {
        const selected = useScriptStore.getState().selectedId;
        if (selected !== null) void audition.auditionSegment(selected);
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
