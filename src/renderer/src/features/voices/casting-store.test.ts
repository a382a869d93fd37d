import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StudioError } from '../../../../shared/errors';
import type { CastingState, VoiceChoice } from '../../../../shared/requests/voice-requests';
import { createFakeStudio, type FakeHandlers, type FakeStudio } from '../../testing/fake-studio';
import { ADJUST_DELAY_MS, useCastingStore } from './casting-store';

const espeak = (voice: string, speed = 1, pitch = 0): VoiceChoice => ({ voice: { engine: 'espeak', voice }, settings: { speed, pitch } });
const state = (janeVoice: VoiceChoice | null): CastingState => ({
  language: 'en',
  defaultVoice: espeak('en'),
  characters: [
    { characterId: 1, name: 'Narrator', gender: 'unknown', narrator: true, lines: 0, choice: null, origin: null, effective: espeak('en'), unavailable: false },
    { characterId: 2, name: 'Jane', gender: 'female', narrator: false, lines: 4, choice: janeVoice, origin: janeVoice ? 'user' : null, effective: janeVoice ?? espeak('en'), unavailable: false },
  ],
});

function install(handlers: FakeHandlers): FakeStudio {
  const fake = createFakeStudio(handlers);
  vi.stubGlobal('window', { studio: fake });
  return fake;
}

beforeEach(() => useCastingStore.setState(useCastingStore.getInitialState(), true));
afterEach(() => {
  useCastingStore.getState().reset();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const jane = () => useCastingStore.getState().state!.characters[1]!;

describe('the casting store', () => {
  it('loads the cast and casts it automatically', async () => {
    install({ 'casting.get': () => state(null), 'casting.autoCast': () => state(espeak('en-gb+f3')) });
    await useCastingStore.getState().load();
    expect(jane().choice).toBeNull();
    const casting = useCastingStore.getState().autoCast();
    expect(useCastingStore.getState().casting).toBe(true);
    await casting;
    expect(useCastingStore.getState().casting).toBe(false);
    expect(jane().choice).toEqual(espeak('en-gb+f3'));
  });

  it('shows a chosen voice at once and takes it back when the engine refuses it', async () => {
    let answer: () => CastingState = () => state(espeak('en-us'));
    install({ 'casting.get': () => state(null), 'casting.setVoice': () => answer() });
    await useCastingStore.getState().load();
    const pending = useCastingStore.getState().setVoice(2, espeak('en-us'));
    expect(jane()).toMatchObject({ choice: espeak('en-us'), origin: 'user' });
    expect(await pending).toBe(true);

    answer = () => {
      throw new StudioError('NOT_FOUND', 'The voice piper:x is not installed here.');
    };
    expect(await useCastingStore.getState().setVoice(2, { voice: { engine: 'piper', voice: 'x' }, settings: { speed: 1, pitch: 0 } })).toBe(false);
    expect(jane().choice).toEqual(espeak('en-us'));
    expect(useCastingStore.getState().error?.code).toBe('NOT_FOUND');
  });

  it('sends a slider’s value once it rests, not at every step', async () => {
    vi.useFakeTimers();
    const fake = install({ 'casting.get': () => state(espeak('en-gb')), 'casting.setVoice': ({ choice }) => state(choice ?? null) });
    await useCastingStore.getState().load();
    useCastingStore.getState().adjust(2, { speed: 1.1 });
    useCastingStore.getState().adjust(2, { speed: 1.2 });
    useCastingStore.getState().adjust(2, { pitch: -2 });
    expect(jane().choice?.settings).toEqual({ speed: 1.2, pitch: -2 });
    expect(fake.calls.filter((c) => c.name === 'casting.setVoice')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(ADJUST_DELAY_MS + 10);
    expect(fake.calls.filter((c) => c.name === 'casting.setVoice').map((c) => c.input)).toEqual([{ characterId: 2, choice: espeak('en-gb', 1.2, -2) }]);
  });

  it('applies a cast file and says what it matched', async () => {
    install({ 'casting.import': () => ({ state: state(espeak('en-gb+f4')), matched: 1, unmatched: ['Kitty'] }) });
    expect(await useCastingStore.getState().importCast('{}')).toBe(true);
    expect(useCastingStore.getState()).toMatchObject({ imported: { matched: 1, unmatched: ['Kitty'] }, status: 'ready' });
    expect(jane().choice).toEqual(espeak('en-gb+f4'));
  });

  it('follows the selected line’s voice and does not reload what was never shown', async () => {
    const fake = install({
      'casting.segmentVoice': ({ segmentId }) => ({ segmentId, speaker: 'Jane', override: null, effective: espeak('en') }),
      'casting.setSegmentVoice': ({ segmentId, choice }) => ({ segmentId, speaker: 'Jane', override: choice ?? null, effective: choice ?? espeak('en') }),
    });
    useCastingStore.getState().invalidate();
    expect(fake.calls).toEqual([]);
    await useCastingStore.getState().loadSegment(5);
    expect(useCastingStore.getState().segment).toMatchObject({ segmentId: 5, override: null });
    await useCastingStore.getState().setSegmentVoice(5, espeak('en-us'));
    expect(useCastingStore.getState().segment?.override).toEqual(espeak('en-us'));
    await useCastingStore.getState().loadSegment(null);
    expect(useCastingStore.getState().segment).toBeNull();
  });
});
