import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importEpub } from '../import/epub/import-epub';
import { ZipArchive } from '../import/zip/zip-archive';
import { writeZip } from '../import/zip/testing/write-zip';
import { corpusPath, corpusSkipReason, hasCorpus } from '../testing/corpus';
import { applyLexicon } from './apply-lexicon';
import { locateOverrides, overridesAsLexicon, phonemeOverrides, readEpubPronunciations } from './epub-pronunciations';
import { normaliseForSpeech } from './normalise';
import { parsePls, writePls } from './pls';

const GEORGIA = 'epub/idpf-georgia-pls-ssml.epub';

function fixtureEpub(pls: string): Uint8Array {
  const opf = `<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>T</dc:title><dc:language>en</dc:language></metadata>
    <manifest><item id="c1" href="text/one.xhtml" media-type="application/xhtml+xml"/><item id="lex" href="lex/en.pls" media-type="application/pls+xml"/><item id="bad" href="lex/bad.pls" media-type="application/pls+xml"/></manifest>
    <spine><itemref idref="c1"/></spine></package>`;
  const xhtml = `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:s="http://www.w3.org/2001/10/synthesis" s:alphabet="ipa"><head><title>x</title></head><body>
    <p>Go <span s:ph="nɔrθ">N.</span> then <span s:ph="ˈoʊvər">over <em s:ph="ignored">the</em> hill</span>.</p>
    <p s:alphabet="x-sampa">Say <span s:ph="t@&quot;mA:t@U">tomato</span> and <b ssml:ph="nothing">this</b>.</p></body></html>`;
  return writeZip([
    { name: 'mimetype', data: 'application/epub+zip' },
    { name: 'META-INF/container.xml', data: '<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>' },
    { name: 'OEBPS/content.opf', data: opf },
    { name: 'OEBPS/text/one.xhtml', data: xhtml },
    { name: 'OEBPS/lex/en.pls', data: pls },
    { name: 'OEBPS/lex/bad.pls', data: '<lexicon version="1.0"><lexeme>' },
  ]);
}

const PLS = '<lexicon version="1.0" alphabet="ipa" xml:lang="en" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"><lexeme><grapheme>hill</grapheme><phoneme>hɪl</phoneme></lexeme></lexicon>';

describe('readEpubPronunciations on a built EPUB', () => {
  const result = readEpubPronunciations(fixtureEpub(PLS));

  it('reads the lexicons of the manifest and reports the broken one', () => {
    expect(result.lexicons.map((l) => [l.path, l.language, l.entries.map((e) => e.grapheme)])).toEqual([['OEBPS/lex/en.pls', 'en', ['hill']]]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^OEBPS\/lex\/bad\.pls: This pronunciation lexicon cannot be read/);
  });

  it('finds ssml:ph under any prefix, the outer one covering the inner, with the alphabet in force', () => {
    expect(result.overrides.map((o) => [o.text, o.phonemes, o.alphabet])).toEqual([
      ['N.', 'nɔrθ', 'ipa'],
      ['over the hill', 'ˈoʊvər', 'ipa'],
      ['tomato', 't@"mA:t@U', 'x-sampa'],
    ]);
  });

  it('gives offsets into the decoded document', () => {
    const xhtml = ZipArchive.open(fixtureEpub(PLS)).readText('OEBPS/text/one.xhtml')!;
    for (const o of result.overrides) expect(xhtml.slice(o.start, o.end).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toBe(o.text);
  });

  it('ignores attributes of an undeclared prefix', () => {
    expect(phonemeOverrides('<p xmlns:x="urn:other"><span x:ph="a">b</span><span ssml:ph="c">d</span></p>', 'p.xhtml')).toEqual([]);
  });
});

describe.skipIf(!hasCorpus)(`the Georgia sample (${hasCorpus ? 'IDPF epub3-samples' : corpusSkipReason})`, () => {
  const bytes = hasCorpus ? new Uint8Array(readFileSync(corpusPath(GEORGIA))) : new Uint8Array();
  const result = hasCorpus ? readEpubPronunciations(bytes) : { lexicons: [], overrides: [], warnings: [] };

  it('carries one English PLS lexicon of 71 IPA lexemes', () => {
    expect(result.warnings).toEqual([]);
    expect(result.lexicons).toHaveLength(1);
    const [lexicon] = result.lexicons;
    expect(lexicon!.path).toBe('EPUB/lexicon/en.pls');
    expect(lexicon!.language).toBe('en');
    expect(lexicon!.skipped).toEqual([]);
    expect(lexicon!.entries).toHaveLength(71);
    const said = new Map(lexicon!.entries.map((e) => [e.grapheme, e.value]));
    expect(said.get('Agnes')).toBe('ˈægnɪs');
    expect(said.get('Chattahoochee')).toBe('ˌtʃætəˈhutʃi');
    expect(said.get('Va.')).toBe('vərˈdʒɪnyə');
    expect(said.get('℔')).toBe('ˈbʊʃəlz');
  });

  it('reads back the same after export to PLS', () => {
    const { language, entries } = result.lexicons[0]!;
    expect(parsePls(writePls(entries, language)).entries).toEqual(entries);
  });

  it('finds all 102 ssml:ph overrides, keyed to the text they cover', () => {
    expect(result.overrides).toHaveLength(102);
    expect(result.overrides[0]).toMatchObject({ source: 'EPUB/georgia.xhtml', text: '30°', phonemes: 'ˈθɜrti dɪˈgriz', alphabet: 'ipa' });
    const xhtml = ZipArchive.open(bytes).readText('EPUB/georgia.xhtml')!;
    for (const o of result.overrides) expect(xhtml.slice(o.start, o.end)).toBe(o.text);
    // Ditto marks in the election table stand for the party of the line above.
    const dittos = result.overrides.filter((o) => o.text === '"').map((o) => o.phonemes);
    expect(new Set(dittos)).toEqual(new Set(['rɪˈpʌblɪkən', 'ˈdɛmˌəkræt', 'ˌdɛməˈkrætɪk']));
    expect(dittos).toHaveLength(49);
  });

  it('turns only the overrides said the same everywhere into lexicon entries', () => {
    const entries = new Map(overridesAsLexicon(result.overrides).map((e) => [e.grapheme, e.value]));
    expect(entries.get('N.')).toBe('nɔrθ');
    expect(entries.get('S.W.')).toBe('ˌsaʊθˈwɛst');
    expect(entries.has('"')).toBe(false);
    expect(entries.has('80°')).toBe(false);
  });

  it('places the overrides in the imported paragraphs and says them with the book’s phonemes', async () => {
    const book = await importEpub(bytes, { fileName: 'georgia.epub' });
    const paragraph = book.chapters.flatMap((c) => c.paragraphs).find((p) => p.text.startsWith('GEORGIA, a southern state'))!;
    const fixed = locateOverrides(paragraph.text, paragraph, result.overrides);
    expect(fixed.map((f) => paragraph.text.slice(f.start, f.end))).toEqual(['30°', '31′', '39″', '35°', 'N.', '81°', '85°', '53′', '38″', 'W.', 'N.', 'E.', 'S.', 'W.']);
    const speech = normaliseForSpeech(paragraph.text, { language: book.book.language, phonemes: fixed });
    const chunks = applyLexicon(speech, result.lexicons[0]!.entries);
    const phonemes = chunks.filter((c) => c.kind === 'phonemes');
    expect(phonemes.slice(0, 2).map((c) => [c.text, c.phonemes])).toEqual([
      ['30°', 'ˈθɜrti dɪˈgriz'],
      ['31′', 'ˈθɜrtiˈwʌn ˈmɪnɪtz'],
    ]);
    expect(phonemes.map((c) => c.text)).toContain('Alabama');
    expect(speech.text).toContain('fifty-nine thousand two hundred sixty-five sq. m.');
  });
});
