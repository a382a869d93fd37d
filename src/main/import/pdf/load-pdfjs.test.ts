import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

describe('the pdf.js build text is read with', () => {
  // `npm install` applies patches/pdfjs-dist+*.patch; without it every PDF import is about a third slower.
  it('carries the text-extraction patch', () => {
    const worker = readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'), 'utf8');
    expect(worker).not.toContain('Object.assign(Object.create(this), this)');
    expect(worker).not.toContain('Util.transform(textState.ctm, Util.transform(textState.textMatrix, tsm))');
    expect(worker).not.toContain('return this._charsCache[chars] = glyphs;');
    expect(worker).toContain('bytes[length++] = firstDigit << 4 | digit;');
    expect(worker).toContain('[Symbol.for("pdfjs-dist.loopback-uncloned")]: true');
    expect(worker).toContain('const currentTransform = getCurrentTextTransform(scratchTransform);');
    const api = readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs'), 'utf8');
    expect(api).toContain('obj.chunk?.[Symbol.for("pdfjs-dist.loopback-uncloned")] === true ? obj');
  });
});
