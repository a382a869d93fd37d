import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text';

describe('normalizeText', () => {
  it('spells out ligatures', () => {
    expect(normalizeText('\uFB00 \uFB01 \uFB02 \uFB03 \uFB04 \uFB05 \uFB06')).toBe('ff fi fl ffi ffl st st');
    expect(normalizeText('e\uFB03cient o\uFB00ice')).toBe('efficient office');
  });

  it('removes soft hyphens, zero-width characters and controls', () => {
    expect(normalizeText('hy\u00ADphen\u200Bated wo\u2060rd\uFEFF\u0007')).toBe('hyphenated word');
  });

  it('turns every kind of space into one space and trims', () => {
    expect(normalizeText('  a\u00A0b\u2003c\u202Fd\t\te\r\nf\u3000 g  ')).toBe('a b c d e f g');
  });

  it('composes to NFC', () => {
    expect(normalizeText('Rene\u0301e')).toBe('Ren\u00E9e');
  });

  it('leaves emphasis sentinels alone', () => {
    expect(normalizeText('a \uE000b\uE001 c')).toBe('a \uE000b\uE001 c');
  });
});
