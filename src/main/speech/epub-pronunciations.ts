import { Parser } from 'htmlparser2';
import { isStudioError, StudioError } from '../../shared/errors';
import { packagePathFromContainer, parsePackage, type PackageDocument } from '../import/epub/parse-package';
import { ZipArchive } from '../import/zip/zip-archive';
import { checkLexiconEntry, tidy, type LexiconEntry } from './lexicon';
import type { FixedPhonemes } from './normalise';
import { parsePls, PLS_MEDIA_TYPE, type PlsLexicon } from './pls';

const SSML_NAMESPACE = 'http://www.w3.org/2001/10/synthesis';
const CONTENT_TYPES = new Set(['application/xhtml+xml', 'text/html']);

/** An EPUB 3 `ssml:ph` attribute: how the book says the text of one element. */
export interface PhonemeOverride {
  /** The content document (its name in the archive, as in the imported paragraphs' `source`). */
  source: string;
  /** The element's content in the decoded document, in the same offsets as the paragraph spans. */
  start: number;
  end: number;
  /** The text the phonemes stand for, whitespace collapsed ("N.", "30°"). */
  text: string;
  phonemes: string;
  /** `ssml:alphabet` in force for the element (`ipa`, `x-sampa`...). */
  alphabet: string;
}

export interface EpubLexicon extends PlsLexicon {
  path: string;
}

export interface EpubPronunciations {
  lexicons: EpubLexicon[];
  overrides: PhonemeOverride[];
  /** Lexicons that could not be read; the rest of the book's pronunciations still are. */
  warnings: string[];
}

/** Reads the PLS lexicons an EPUB 3 declares and the `ssml:ph` attributes of its content documents. */
export function readEpubPronunciations(bytes: Uint8Array): EpubPronunciations {
  const zip = ZipArchive.open(bytes);
  const opfPath = packagePath(zip);
  const opf = zip.readText(opfPath);
  if (opf === null) throw new StudioError('CORRUPT_FILE', `The EPUB names a package document (${opfPath}) that it does not contain.`);
  const pkg = parsePackage(opf, opfPath);

  const lexicons: EpubLexicon[] = [];
  const warnings: string[] = [];
  for (const item of pkg.manifest.values()) {
    if (item.mediaType !== PLS_MEDIA_TYPE) continue;
    const xml = zip.readText(item.path);
    if (xml === null) {
      warnings.push(`The pronunciation lexicon ${item.path} is missing from the EPUB.`);
      continue;
    }
    try {
      lexicons.push({ path: item.path, ...parsePls(xml) });
    } catch (error) {
      if (!isStudioError(error)) throw error;
      warnings.push(`${item.path}: ${error.message}`);
    }
  }

  const overrides: PhonemeOverride[] = [];
  for (const path of contentDocuments(pkg)) {
    const xhtml = zip.readText(path);
    if (xhtml !== null) overrides.push(...phonemeOverrides(xhtml, path));
  }
  return { lexicons, overrides, warnings };
}

function packagePath(zip: ZipArchive): string {
  const container = zip.readText('META-INF/container.xml');
  const named = container === null ? null : packagePathFromContainer(container);
  const found = named ?? zip.names.find((n) => n.toLowerCase().endsWith('.opf'));
  if (!found) throw new StudioError('CORRUPT_FILE', 'This EPUB has no package document (content.opf), so its pronunciations cannot be found.');
  return found;
}

/** Spine documents first, in reading order, then any other XHTML of the manifest. */
function contentDocuments(pkg: PackageDocument): string[] {
  const paths = new Set<string>();
  for (const { item } of pkg.spine) if (CONTENT_TYPES.has(item.mediaType)) paths.add(item.path);
  for (const item of pkg.manifest.values()) if (CONTENT_TYPES.has(item.mediaType)) paths.add(item.path);
  return [...paths];
}

interface Frame {
  namespaces: Map<string, string>;
  alphabet: string;
  /** The override this element opened, if it carries `ssml:ph`. */
  override: { start: number; phonemes: string; alphabet: string; text: string } | null;
}

/**
 * The `ssml:ph` attributes of one XHTML document, found by namespace (any prefix may name SSML).
 * A `ph` inside another `ph` is covered by the outer one, as SSML says.
 */
export function phonemeOverrides(xhtml: string, source: string): PhonemeOverride[] {
  const out: PhonemeOverride[] = [];
  const stack: Frame[] = [];
  let open: Frame['override'] = null;
  const parser = new Parser(
    {
      onopentag(_name, attributes) {
        const parent = stack[stack.length - 1];
        const namespaces = new Map(parent?.namespaces ?? []);
        for (const [key, value] of Object.entries(attributes)) if (key.startsWith('xmlns:')) namespaces.set(key.slice(6), value);
        const ssml = (local: string): string | undefined => {
          for (const [prefix, uri] of namespaces) if (uri === SSML_NAMESPACE && attributes[`${prefix}:${local}`] !== undefined) return attributes[`${prefix}:${local}`];
          return undefined;
        };
        const alphabet = ssml('alphabet')?.trim() || parent?.alphabet || 'ipa';
        const ph = ssml('ph');
        const frame: Frame = { namespaces, alphabet, override: null };
        if (ph !== undefined && open === null) {
          frame.override = { start: parser.endIndex + 1, phonemes: ph.trim(), alphabet, text: '' };
          open = frame.override;
        }
        stack.push(frame);
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag() {
        const frame = stack.pop();
        if (!frame?.override) return;
        const { start, phonemes, alphabet, text } = frame.override;
        const end = Math.max(start, parser.startIndex);
        const said = tidy(text);
        if (phonemes !== '' && said !== '') out.push({ source, start, end, text: said, phonemes, alphabet });
        open = null;
      },
    },
    { xmlMode: true },
  );
  parser.end(xhtml);
  return out;
}

/**
 * Overrides that can serve as lexicon entries: IPA for text with letters, said the same way every
 * time it occurs ("N." → nɔrθ). Text said differently in different places ("80°") stays an override.
 */
export function overridesAsLexicon(overrides: readonly PhonemeOverride[]): LexiconEntry[] {
  const byText = new Map<string, Set<string>>();
  for (const o of overrides) {
    if (!/^ipa$/i.test(o.alphabet) || !/\p{L}/u.test(o.text)) continue;
    const set = byText.get(o.text) ?? new Set<string>();
    set.add(o.phonemes);
    byText.set(o.text, set);
  }
  const entries: LexiconEntry[] = [];
  for (const [text, said] of byText) {
    if (said.size !== 1) continue;
    try {
      entries.push(checkLexiconEntry({ grapheme: text, kind: 'phoneme', value: [...said][0]!, caseSensitive: true }));
    } catch (error) {
      if (!isStudioError(error)) throw error;
    }
  }
  return entries;
}

/**
 * Places the book's overrides in the text of a paragraph or segment cut from the same document:
 * those inside its span, found in order in its cleaned text. Offsets are into `text`, ready for
 * `normaliseForSpeech`'s `phonemes`; an override whose text the cleaning changed is left out.
 */
export function locateOverrides(
  text: string,
  span: { source?: string | null; start: number; end: number },
  overrides: readonly PhonemeOverride[],
): FixedPhonemes[] {
  const inside = overrides
    .filter((o) => o.source === (span.source ?? '') && o.start >= span.start && o.end <= span.end && /^ipa$/i.test(o.alphabet))
    .sort((a, b) => a.start - b.start);
  const out: FixedPhonemes[] = [];
  let cursor = 0;
  for (const o of inside) {
    const at = text.indexOf(o.text, cursor);
    if (at < 0) continue;
    out.push({ start: at, end: at + o.text.length, phonemes: o.phonemes });
    cursor = at + o.text.length;
  }
  return out;
}
