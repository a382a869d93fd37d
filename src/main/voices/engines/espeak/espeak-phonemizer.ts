import { StudioError } from '../../../../shared/errors';
import { splitSections } from '../text/sections';
import type { EspeakModule } from './espeak-module';

/** eSpeak NG splits clauses longer than this itself; shorter pieces keep one clause per line. */
const MAX_CLAUSE_CHARS = 300;

/** IPA from eSpeak NG, the phonemiser of every engine. */
export class EspeakPhonemizer {
  constructor(private readonly espeak: () => Promise<EspeakModule>) {}

  /** The IPA of each text, read as one clause, in as few runs of eSpeak NG as it takes. */
  async clauses(texts: readonly string[], voice: string): Promise<string[]> {
    const espeak = await this.espeak();
    const pieces = texts.map((text) => chunk(text.replace(/\s+/g, ' ').trim()));
    const flat = pieces.flat();
    if (flat.length === 0) return texts.map(() => '');
    const ipa = phonemizeLines(espeak, voice, flat);
    let next = 0;
    return pieces.map((group) => ipa.slice(next, (next += group.length)).join(' ').trim());
  }

  /** The IPA of `text` with its punctuation kept between the phonemised stretches, as neural voices read it. */
  async withPunctuation(text: string, voice: string): Promise<string> {
    return (await this.withPunctuationAll([text], voice))[0] ?? '';
  }

  /** `withPunctuation` of many texts in one run of eSpeak NG. */
  async withPunctuationAll(texts: readonly string[], voice: string): Promise<string[]> {
    const sections = texts.map(splitSections);
    const spoken = await this.clauses(
      sections.flat().filter((s) => !s.punctuation).map((s) => s.text),
      voice,
    );
    let next = 0;
    return sections.map((parts) =>
      parts
        .map((s) => (s.punctuation ? s.text : (spoken[next++] ?? '')))
        .join('')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
}

/**
 * One line of IPA per piece: all pieces go through one run, one per line with every line a clause
 * (`-l`). Should eSpeak NG give back another number of lines (a piece with nothing to say, a clause
 * it split), each half is read again on its own, down to single pieces.
 */
function phonemizeLines(espeak: EspeakModule, voice: string, pieces: readonly string[]): string[] {
  if (pieces.length === 0) return [];
  const lines = run(espeak, voice, pieces.join('\n'));
  if (lines.length === pieces.length) return lines;
  if (pieces.length === 1) return [lines.join(' ')];
  const half = Math.ceil(pieces.length / 2);
  return [...phonemizeLines(espeak, voice, pieces.slice(0, half)), ...phonemizeLines(espeak, voice, pieces.slice(half))];
}

function run(espeak: EspeakModule, voice: string, text: string): string[] {
  const result = espeak.run(['-q', '--ipa', '-l', '1000000', '-v', voice], { input: text });
  if (result.status !== 0) throw unknownVoice(voice, result.stderr);
  return result.stdout.map((line) => line.trim()).filter((line) => line.length > 0);
}

export function unknownVoice(voice: string, stderr: readonly string[]): StudioError {
  const detail = stderr.find((line) => line.trim() && !line.includes('keepRuntimeAlive'));
  return new StudioError('NOT_FOUND', `eSpeak NG has no voice “${voice}”${detail ? ` (${detail.trim()})` : ''}.`);
}

function chunk(text: string): string[] {
  if (text.length <= MAX_CLAUSE_CHARS) return text ? [text] : [];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > MAX_CLAUSE_CHARS) {
    const cut = rest.lastIndexOf(' ', MAX_CLAUSE_CHARS);
    const at = cut > 0 ? cut : MAX_CLAUSE_CHARS;
    pieces.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
