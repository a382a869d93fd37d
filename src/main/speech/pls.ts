import { isStudioError, StudioError } from '../../shared/errors';
import { checkLexiconEntry, type LexiconEntry, type LexiconKind } from './lexicon';
import { childElements, elementText, parseStrictXml, XmlSyntaxError, type XmlElement } from './strict-xml';

/** W3C Pronunciation Lexicon Specification 1.0, the lexicon format of EPUB 3. */
export const PLS_NAMESPACE = 'http://www.w3.org/2005/01/pronunciation-lexicon';
export const PLS_MEDIA_TYPE = 'application/pls+xml';

export interface PlsLexicon {
  /** `xml:lang` of the lexicon ('' when it names none). */
  language: string;
  entries: LexiconEntry[];
  /** Lexemes left out because Dramatis cannot say them (phonemes in an alphabet other than IPA). */
  skipped: string[];
}

export interface PlsReadOptions {
  /** PLS has no notion of case; entries are read as case-insensitive unless this says otherwise. */
  caseSensitive?: boolean;
}

const invalid = (why: string): StudioError => new StudioError('INVALID_LEXICON', `This pronunciation lexicon cannot be read: ${why}.`);

/** Reads a PLS 1.0 document into lexicon entries, one per grapheme. Malformed files are refused. */
export function parsePls(xml: string, options: PlsReadOptions = {}): PlsLexicon {
  let root: XmlElement;
  try {
    root = parseStrictXml(xml.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw invalid(error.message);
    throw error;
  }
  if (root.name !== 'lexicon' || (root.namespace !== '' && root.namespace !== PLS_NAMESPACE)) {
    throw invalid(`it is not a PLS lexicon (its root element is <${root.name}>)`);
  }
  const version = root.attributes.version;
  if (version !== undefined && version.trim() !== '1.0') throw invalid(`it is PLS version ${version}; Dramatis reads version 1.0`);
  const alphabet = (root.attributes.alphabet ?? 'ipa').trim();
  const language = (root.attributes['xml:lang'] ?? '').trim();

  const entries: LexiconEntry[] = [];
  const skipped: string[] = [];
  childElements(root, 'lexeme').forEach((lexeme, index) => {
    const graphemes = childElements(lexeme, 'grapheme').map((g) => elementText(g).trim());
    if (graphemes.length === 0 || graphemes.some((g) => g === '')) throw invalid(`lexeme ${index + 1} has no grapheme`);
    const said = pronunciationOf(lexeme, alphabet, index);
    if (said === 'unsupported') {
      skipped.push(graphemes[0]!);
      return;
    }
    for (const grapheme of graphemes) {
      try {
        entries.push(checkLexiconEntry({ grapheme, kind: said.kind, value: said.value, caseSensitive: options.caseSensitive === true }));
      } catch (error) {
        if (isStudioError(error)) throw invalid(`lexeme ${index + 1} (${grapheme}): ${error.message.replace(/\.$/, '')}`);
        throw error;
      }
    }
  });
  return { language, entries, skipped };
}

/**
 * The preferred pronunciation of a lexeme: the first marked `prefer="true"`, else the first in
 * document order, among its aliases and its IPA phonemes.
 */
function pronunciationOf(lexeme: XmlElement, alphabet: string, index: number): { kind: LexiconKind; value: string } | 'unsupported' {
  const options = lexeme.children.filter((c): c is XmlElement => typeof c !== 'string' && (c.name === 'phoneme' || c.name === 'alias'));
  if (options.length === 0) throw invalid(`lexeme ${index + 1} has neither a phoneme nor an alias`);
  const usable = options.filter((o) => o.name === 'alias' || /^ipa$/i.test((o.attributes.alphabet ?? alphabet).trim()));
  if (usable.length === 0) return 'unsupported';
  const chosen = usable.find((o) => o.attributes.prefer === 'true') ?? usable[0]!;
  const value = elementText(chosen).trim();
  if (value === '') throw invalid(`lexeme ${index + 1} has an empty ${chosen.name}`);
  return { kind: chosen.name === 'alias' ? 'alias' : 'phoneme', value };
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Writes entries as a PLS 1.0 document in IPA. Case sensitivity has no place in PLS and is not kept. */
export function writePls(entries: readonly LexiconEntry[], language: string): string {
  const lexemes = entries.map((e) => {
    const tag = e.kind === 'alias' ? 'alias' : 'phoneme';
    return `  <lexeme>\n    <grapheme>${escapeXml(e.grapheme)}</grapheme>\n    <${tag}>${escapeXml(e.value)}</${tag}>\n  </lexeme>\n`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<lexicon version="1.0" xmlns="${PLS_NAMESPACE}" alphabet="ipa" xml:lang="${escapeXml(language || 'und')}">\n` +
    lexemes.join('') +
    '</lexicon>\n'
  );
}
