import type { Gender } from '../../../shared/script';
import type { VoiceRef, VoiceSettings } from '../../../shared/voices';

/** A character as casting sees it. */
export interface CastMember {
  id: string;
  name: string;
  gender: Gender;
  /** Dialogue lines: the more a character speaks, the more distinct its voice should be. */
  lines: number;
  /** The first-person narrator, who narrates in their own voice. */
  narrator?: boolean;
}

/** A voice and how it is played. */
export interface VoiceChoice {
  voice: VoiceRef;
  settings: VoiceSettings;
}

/** Who speaks together: each scene lists the ids of the characters speaking in it. */
export type Scenes = readonly (readonly string[])[];
