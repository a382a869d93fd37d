import { StudioError } from '../../../../shared/errors';
import type { SpeechPart, VoiceInfo } from '../../../../shared/voices';
import { resampleBy } from '../audio/resample';
import { speechParts, throwIfAborted, type EngineCapabilities, type SynthesisRequest, type SynthesisResult, type VoiceEngine } from '../engine';
import { phonemeCount, textWords } from '../text/sections';
import { letterWeight, placeWords, type TimedSpan } from '../timing/word-timings';
import { decodeWav } from '../wav';
import { bcp47ToEspeak } from './espeak-language';
import type { EspeakModule } from './espeak-module';
import { EspeakPhonemizer, unknownVoice } from './espeak-phonemizer';
import { espeakSettings } from './espeak-settings';
import { espeakVoices, parseVoiceListing, type EspeakListing } from './espeak-voices';
import { ipaToEspeak } from './ipa-to-espeak';

const WAV_PATH = '/tmp/dramatis-synthesis.wav';
const WAV_HEADER_BYTES = 44;
/** Where eSpeak NG ends a clause: its punctuation followed by a space or the end. */
const CLAUSE_END = /[,.;:!?…—–]+["”’»)\]]*(?=\s|$)/g;

/**
 * eSpeak NG: the voice that works everywhere without a download, in over a hundred languages.
 *
 * Word timings: eSpeak NG writes each clause's phonemes just before it synthesises the clause, so
 * the size of the WAV file at that moment is the clause's first sample: clause boundaries are
 * measured; words inside a clause share the clause's speech in proportion to their sounds.
 */
export class EspeakEngine implements VoiceEngine {
  readonly id = 'espeak' as const;
  readonly capabilities: EngineCapabilities = { blend: false, pitch: 'native', wordTimings: 'clauses-measured' };
  readonly phonemizer: EspeakPhonemizer;
  private voices: VoiceInfo[] | null = null;
  private files: Map<string, string> | null = null;
  private listing: EspeakListing[] | null = null;

  constructor(private readonly espeak: () => Promise<EspeakModule>) {
    this.phonemizer = new EspeakPhonemizer(espeak);
  }

  async listVoices(): Promise<VoiceInfo[]> {
    if (!this.voices) {
      const espeak = await this.espeak();
      this.voices = espeakVoices(await this.languages(), parseVoiceListing(espeak.run(['--voices=variant']).stdout));
    }
    return this.voices;
  }

  /**
   * The `-v` argument for a voice name. eSpeak NG applies a variant (`+f3`) only to a voice named by
   * its file (`gmw/en+f3`); by language (`en-gb+f3`) it silently drops the variant.
   */
  async voiceArgument(voice: string): Promise<string> {
    if (!/^[\w./!+-]{1,100}$/.test(voice)) throw unknownVoice(voice, []);
    if (!this.files) this.files = new Map((await this.languages()).map((l) => [l.language.toLowerCase(), l.file]));
    const [language = '', ...variant] = voice.split('+');
    const file = this.files.get(language.toLowerCase()) ?? language;
    return [file, ...variant].join('+');
  }

  private async languages(): Promise<EspeakListing[]> {
    if (!this.listing) this.listing = parseVoiceListing((await this.espeak()).run(['--voices']).stdout);
    return this.listing;
  }

  phonemize(text: string, language: string): Promise<string> {
    return this.phonemizer.withPunctuation(text, bcp47ToEspeak(language));
  }

  async synthesize(request: SynthesisRequest): Promise<SynthesisResult> {
    throwIfAborted(request.signal);
    if (request.settings.blend?.length) {
      throw new StudioError('INVALID_REQUEST', 'eSpeak NG voices cannot be blended; only Kokoro voices can.');
    }
    const espeak = await this.espeak();
    const voice = await this.voiceArgument(request.voice.voice);
    const parts = speechParts(request);
    const settings = espeakSettings(request.settings);
    const marks: Array<{ phonemes: string; sample: number }> = [];
    // -D: eSpeak NG seeds its random variation from the clock unless told not to; the same request must give the same audio.
    const result = espeak.run(['-D', '-z', '-w', WAV_PATH, '--ipa', ...settings.args, '-v', voice], {
      input: espeakInput(parts),
      onStdout: (line) => marks.push({ phonemes: line.trim(), sample: Math.max(0, (espeak.fileSize(WAV_PATH) - WAV_HEADER_BYTES) / 2) }),
    });
    if (result.status !== 0) throw unknownVoice(request.voice.voice, result.stderr);
    const { samples, sampleRate } = decodeWav(espeak.takeFile(WAV_PATH));
    const words = placeWords(samples, sampleRate, clauseSpans(parts, marks.filter((m) => m.phonemes.length > 0), samples.length));
    if (settings.step === 1) return { samples, sampleRate, words };
    const at = (sample: number): number => Math.floor(sample / settings.step);
    return { samples: resampleBy(samples, settings.step), sampleRate, words: words.map((w) => ({ ...w, startSample: at(w.startSample), endSample: at(w.endSample) })) };
  }
}

/** The text eSpeak NG reads: phoneme parts as `[[mnemonics]]`, and no `[[` of its own in the text. */
function espeakInput(parts: readonly SpeechPart[]): string {
  return parts
    .map((part) => ('phonemes' in part ? ` [[${ipaToEspeak(part.phonemes)}]] ` : part.text.replace(/\[\[/g, '[ [').replace(/\]\]/g, '] ]')))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The text's clauses matched with the clauses eSpeak NG reported. When the two disagree (eSpeak NG
 * knows abbreviations and splits very long clauses), all words share the whole audio instead.
 */
function clauseSpans(parts: readonly SpeechPart[], marks: ReadonlyArray<{ phonemes: string; sample: number }>, length: number): TimedSpan[] {
  const written = parts.map((part) => ('phonemes' in part ? ` ${part.text ?? part.phonemes} ` : part.text)).join('');
  const clauses = splitClauses(written).map(textWords).filter((words) => words.length > 0);
  if (clauses.length !== marks.length) {
    const words = clauses.flat().map((text) => ({ text, weight: letterWeight(text) }));
    return [{ start: 0, end: length, words }];
  }
  return clauses.map((words, i) => {
    const mark = marks[i] ?? { phonemes: '', sample: 0 };
    const spoken = mark.phonemes.split(/\s+/);
    const weights = spoken.length === words.length ? spoken.map(phonemeCount) : words.map(letterWeight);
    return {
      start: mark.sample,
      end: marks[i + 1]?.sample ?? length,
      words: words.map((text, j) => ({ text, weight: weights[j] ?? 1 })),
    };
  });
}

function splitClauses(text: string): string[] {
  const clauses: string[] = [];
  let previous = 0;
  for (const match of text.matchAll(CLAUSE_END)) {
    const end = (match.index ?? 0) + match[0].length;
    clauses.push(text.slice(previous, end));
    previous = end;
  }
  clauses.push(text.slice(previous));
  return clauses;
}
