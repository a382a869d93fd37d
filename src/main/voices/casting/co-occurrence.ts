import type { Scenes } from './casting-types';

/** How often each pair of characters speaks in the same scene. */
export class CoOccurrence {
  private readonly pairs = new Map<string, number>();

  constructor(scenes: Scenes) {
    for (const scene of scenes) {
      const ids = [...new Set(scene)].sort();
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const key = pairKey(ids[i]!, ids[j]!);
          this.pairs.set(key, (this.pairs.get(key) ?? 0) + 1);
        }
      }
    }
  }

  /** Scenes in which both speak. */
  shared(a: string, b: string): number {
    return a === b ? 0 : (this.pairs.get(pairKey(a, b)) ?? 0);
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** A segment as scene splitting needs it. */
export interface SceneSegment {
  kind: 'narration' | 'dialogue';
  speakerId: string | null;
  /** True for the first segment after a scene break inside a chapter. */
  sceneBreakBefore?: boolean;
}

/**
 * Scenes from chapters of segments: a chapter is a scene unless scene breaks divide it. A scene lists
 * the characters who speak dialogue in it.
 */
export function scenesFromChapters(chapters: readonly (readonly SceneSegment[])[]): string[][] {
  const scenes: string[][] = [];
  for (const segments of chapters) {
    let current = new Set<string>();
    for (const segment of segments) {
      if (segment.sceneBreakBefore && current.size > 0) {
        scenes.push([...current]);
        current = new Set();
      }
      if (segment.kind === 'dialogue' && segment.speakerId !== null) current.add(segment.speakerId);
    }
    if (current.size > 0) scenes.push([...current]);
  }
  return scenes;
}
