import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPath, corpusSkipReason, hasCorpus } from '../../testing/corpus';
import { decodeText } from './decode-text';

const utf16 = (s: string, bigEndian: boolean): Uint8Array => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i * 2 + (bigEndian ? 1 : 0)] = c & 0xff;
    out[i * 2 + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
};

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM, dropping the BOM', () => {
    expect(decodeText(new TextEncoder().encode('Café'))).toEqual({ text: 'Café', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Café')]))).toEqual({ text: 'Café', encoding: 'utf-8' });
  });

  it('reads UTF-16 by its BOM', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...utf16('“Hi,” said Zoë.', false)]))).toEqual({ text: '“Hi,” said Zoë.', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...utf16('“Hi,” said Zoë.', true)]))).toEqual({ text: '“Hi,” said Zoë.', encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM from its NUL bytes', () => {
    expect(decodeText(utf16('Plain English text, stored as UTF-16.', false)).encoding).toBe('utf-16le');
    expect(decodeText(utf16('Plain English text, stored as UTF-16.', true)).encoding).toBe('utf-16be');
  });

  it('falls back to windows-1252 for bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65]);
    expect(decodeText(bytes)).toEqual({ text: '“Café” – naïve', encoding: 'windows-1252' });
  });
});

describe.skipIf(!hasCorpus)(`decodeText on the corpus (${hasCorpus ? 'present' : corpusSkipReason})`, () => {
  it('decodes bad/latin1.txt', () => {
    const { text, encoding } = decodeText(readFileSync(corpusPath('bad/latin1.txt')));
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('"Café," said Renée. "Naïve résumé."');
  });

  it('decodes bad/utf16-bom.txt', () => {
    const { text, encoding } = decodeText(readFileSync(corpusPath('bad/utf16-bom.txt')));
    expect(encoding).toBe('utf-16le');
    expect(text.startsWith('“Hello,” said Ann.')).toBe(true);
    expect(text).not.toContain('\uFEFF');
  });
});
