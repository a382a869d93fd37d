import { useCastStore } from '../cast/cast-store';
import type { ScriptCommand } from './script-keys';
import { segmentIn } from './script-layout';
import { useScriptStore } from './script-store';
import { speakerShortcuts } from './speaker-options';

/** Carries out a key's command on the selected line. */
export function runScriptCommand(command: ScriptCommand): void {
  const script = useScriptStore.getState();
  switch (command.type) {
    case 'move':
      return script.move(command.delta);
    case 'edge':
      return script.moveToEdge(command.edge);
    case 'review':
      return script.nextLowConfidence(command.direction);
    case 'speaker-menu':
      return script.openSpeakerMenu();
    case 'recent-speaker':
      return giveToShortcut(command.slot);
    case 'edit':
      return script.startEditing();
    case 'propagate':
      void script.propagate();
      return;
    case 'merge-next':
      void script.mergeNext();
      return;
    case 'toggle-kind':
      void script.toggleKind();
      return;
    case 'scene-break':
      void script.toggleSceneBreak();
      return;
    case 'reviewed':
      void script.toggleReviewed();
      return;
    case 'escape':
      if (script.propagation) script.dismissPropagation();
      else if (script.speakerFilter !== null) script.setSpeakerFilter(null);
      else script.dismissNotice();
      return;
  }
}

function giveToShortcut(slot: number): void {
  const script = useScriptStore.getState();
  const segment = script.selectedId === null ? null : segmentIn(script.layout, script.selectedId);
  if (!segment) return;
  if (segment.kind !== 'dialogue') {
    script.openSpeakerMenu(segment.id);
    return;
  }
  const member = speakerShortcuts(script.recentSpeakers, useCastStore.getState().cast)[slot - 1];
  if (member && member.id !== segment.speakerId) void script.setSpeaker(segment.id, { characterId: member.id });
}
