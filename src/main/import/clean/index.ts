export { normalizeText } from './normalize-text';
export { joinHyphenated, collectHyphenatedWords } from './join-hyphenated';
export { stripFootnoteMarkers, mapOffset, type KeptRange, type StrippedText } from './footnote-markers';
export { EMPHASIS_OPEN, EMPHASIS_CLOSE, dropSentinels, extractEmphasis } from './emphasis-marks';
