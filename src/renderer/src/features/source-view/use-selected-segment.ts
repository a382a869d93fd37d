import type { ScriptSegment } from '../../../../shared/script-editing';
import { segmentIn } from '../script/script-layout';
import { useScriptStore } from '../script/script-store';

/** The line selected in the script view, which the source view follows. */
export function useSelectedSegment(): ScriptSegment | null {
  return useScriptStore((s) => (s.selectedId === null ? null : segmentIn(s.layout, s.selectedId)));
}
