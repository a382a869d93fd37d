import { describe, expect, it } from 'vitest';
import { builtCliSkipReason, hasBuiltCli, runBuiltCli } from '../testing/built-cli';
import { corpusPath, corpusSkipReason, hasCorpus } from '../testing/corpus';

/**
 * Every hostile or malformed file in the corpus is imported correctly or refused with its code, by
 * the real command line, within 10 s and 512 MB, without crashing.
 */
const EXPECTED: Array<[file: string, outcome: string | string[]]> = [
  ['drm-adept.epub', 'DRM_PROTECTED'],
  ['empty.epub', 'EMPTY_FILE'],
  ['latin1.txt', 'ok'],
  ['malformed-xhtml.epub', 'ok'],
  ['no-document-xml.docx', 'CORRUPT_FILE'],
  ['no-spine-items.epub', ['NO_TEXT', 'CORRUPT_FILE']],
  ['one-huge-line.txt', 'ok'],
  ['password-protected.pdf', 'PASSWORD_PROTECTED'],
  ['png-named.docx', 'UNSUPPORTED_FORMAT'],
  ['random-bytes.pdf', ['UNSUPPORTED_FORMAT', 'CORRUPT_FILE']],
  ['scanned-no-text.pdf', 'NO_TEXT_LAYER'],
  ['script-injection.epub', 'ok'],
  ['truncated.epub', 'CORRUPT_FILE'],
  ['truncated.pdf', ['CORRUPT_FILE', 'ok']],
  ['utf16-bom.txt', 'ok'],
  ['zip-bomb.epub', 'TOO_LARGE'],
  ['zip-slip.epub', ['ok', 'CORRUPT_FILE']],
];

interface Doc {
  error?: { code: string; message: string };
  chapters?: Array<{ included: boolean; paragraphs: Array<{ text: string }> }>;
}

describe.skipIf(!hasCorpus || !hasBuiltCli)(`analyze on bad input (${!hasCorpus ? corpusSkipReason : builtCliSkipReason})`, () => {
  it.each(EXPECTED)('%s → %s', async (file, outcome) => {
    const run = await runBuiltCli(['analyze', corpusPath(`bad/${file}`), '--format', 'json']);
    const expected = Array.isArray(outcome) ? outcome : [outcome];
    const doc = JSON.parse(run.stdout) as Doc;
    const got = run.code === 0 ? 'ok' : (doc.error?.code ?? `exit ${run.code}`);
    expect(expected, `${file}: ${run.stderr}`).toContain(got);
    if (run.code === 2) {
      expect(doc.error?.message.length).toBeGreaterThan(10);
      expect(run.stderr.trim()).toBe(doc.error?.message);
    } else {
      expect(run.code).toBe(0);
    }
    expect(run.ms).toBeLessThan(10_000);
    expect(run.peakRssMb).not.toBeNull();
    expect(run.peakRssMb!).toBeLessThan(512);
  });

  const text = async (file: string): Promise<string> => {
    const run = await runBuiltCli(['analyze', corpusPath(`bad/${file}`), '--format', 'json']);
    const doc = JSON.parse(run.stdout) as Doc;
    return (doc.chapters ?? []).flatMap((c) => c.paragraphs.map((p) => p.text)).join('\n');
  };

  it('decodes Latin-1 and UTF-16 text', async () => {
    expect(await text('latin1.txt')).toContain('"Café," said Renée. "Naïve résumé."');
    expect(await text('utf16-bom.txt')).toContain('“Goodbye,” said Bob.');
  });

  it('keeps injected markup as text and drops scripts and frames', async () => {
    const all = await text('script-injection.epub');
    expect(all).toContain('<img src=x onerror=window.__pwned=4>');
    expect(all).toContain('said Mallory');
    expect(all).not.toContain('window.__pwned=3');
    expect(all).not.toContain('example.invalid');
  });

  it('reads a 6 MB single-line text whole', async () => {
    const all = await text('one-huge-line.txt');
    expect(all.length).toBeGreaterThan(5_000_000);
  });
});
