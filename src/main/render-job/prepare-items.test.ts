import { afterEach, describe, expect, it } from 'vitest';
import { ProjectSession } from '../project/project-session';
import { saveLexiconEntry } from '../speech/lexicon-store';
import { corpusProject } from '../script/testing/projects';
import { tinyBook } from '../script/testing/tiny-book';
import { corpusSkipReason, hasCorpus } from '../testing/corpus';
import { setCharacterVoice } from '../voices/casting/casting-store';
import { prepareItems } from './prepare-items';
import { readRenderChapters } from './render-chapters';
import { countingSynthesis, segmentAudioWith } from './testing/render-fixture';

const sessions: ProjectSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

function open(path: string): ProjectSession {
  const session = ProjectSession.open(path);
  sessions.push(session);
  return session;
}

const audio = segmentAudioWith(countingSynthesis().synthesize);

describe('preparing the lines of a render', () => {
  it('reads titles and segments in order, with the cast voices and the default eSpeak NG voice for the rest', () => {
    const session = open(tinyBook());
    const jane = session.db.prepare("SELECT id FROM characters WHERE name = 'Jane'").get() as { id: number };
    setCharacterVoice(session.db, jane.id, { voice: { engine: 'espeak', voice: 'en-us+f3' }, settings: { speed: 1.1, pitch: 2 } });
    const { items, engines } = prepareItems(session.db, readRenderChapters(session.db), session.book(), audio);
    expect(items[0]?.item).toMatchObject({ kind: 'title', text: 'Chapter 1' });
    const voiceOf = (text: string) => items.find((i) => i.item.text === text)?.prepared.voice;
    expect(voiceOf('Good morning,')).toEqual({ engine: 'espeak', voice: 'en-us+f3' });
    expect(voiceOf('It is,')).toEqual({ engine: 'espeak', voice: 'en' });
    expect(voiceOf('It was a bright morning at Longbourn.')).toEqual({ engine: 'espeak', voice: 'en' });
    expect(engines).toEqual(['espeak']);
    expect(items.filter((i) => i.item.paragraphStart).map((i) => i.item.text).slice(0, 3)).toEqual(['Chapter 1', 'It was a bright morning at Longbourn.', 'Good morning,']);
    expect(items.find((i) => i.item.text === 'Where is everyone?')?.item.sceneBreakBefore).toBe(true);
  });

  it('applies the project lexicon, and a change of pronunciation changes the keys of the lines that use it only', () => {
    const session = open(tinyBook());
    const before = prepareItems(session.db, readRenderChapters(session.db), session.book(), audio).items;
    saveLexiconEntry(session.db, { grapheme: 'Meryton', kind: 'phoneme', value: 'ˈmɛrɪtən', caseSensitive: false });
    const after = prepareItems(session.db, readRenderChapters(session.db), session.book(), audio).items;
    const changed = after.filter((a, i) => a.prepared.key !== before[i]!.prepared.key).map((a) => a.item.text);
    expect(changed).toEqual(['To Meryton, then?', 'Yes, to Meryton.', 'The walk to Meryton was short.']);
    expect(after.find((a) => a.item.text === 'Yes, to Meryton.')?.prepared.parts).toContainEqual({ phonemes: 'ˈmɛrɪtən', text: 'Meryton' });
  });

  it.skipIf(!hasCorpus)(`keeps the phonemes an EPUB gives its text with ssml:ph${hasCorpus ? '' : ` (skipped: ${corpusSkipReason})`}`, async () => {
    const session = open(await corpusProject('epub/idpf-georgia-pls-ssml.epub'));
    const { items } = prepareItems(session.db, readRenderChapters(session.db), session.book(), audio);
    const withPhonemes = items.filter((i) => i.prepared.parts.some((p) => 'phonemes' in p));
    expect(withPhonemes.length).toBeGreaterThan(0);
  });
});
