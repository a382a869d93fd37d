/**
 * A paragraph that is only a scene-break ornament: asterisms, a lone `#`, rows of stars, bullets,
 * dashes or tildes. It is not read; the next paragraph is marked as following a scene break.
 */
const SCENE_BREAK = /^(?:[*∗⁎✱✲✳★☆•·◦○●◇◆❖§#~⁂—–-](?:\s*[*∗⁎✱✲✳★☆•·◦○●◇◆❖§#~⁂—–-])*)$/u;

export function isSceneBreakText(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 24 && SCENE_BREAK.test(t);
}
