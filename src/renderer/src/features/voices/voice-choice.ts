import type { VoiceChoice } from '../../../../shared/requests/voice-requests';
import type { VoiceRef, VoiceSettings } from '../../../../shared/voices';

/** Another voice, played the way the last one was (speed, pitch); a blend only within one engine. */
export function withVoice(voice: VoiceRef, previous: VoiceChoice | null): VoiceChoice {
  const settings: VoiceSettings = { speed: previous?.settings.speed ?? 1, pitch: previous?.settings.pitch ?? 0 };
  const blend = previous?.settings.blend?.filter((b) => b.voice.engine === voice.engine);
  return { voice, settings: blend && blend.length > 0 ? { ...settings, blend } : settings };
}
