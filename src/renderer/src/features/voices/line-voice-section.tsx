import { useEffect, useId, useState } from 'react';
import { ErrorMessage } from '../../ui/error-message';
import { useScriptStore } from '../script/script-store';
import { useSelectedSegment } from '../source-view/use-selected-segment';
import { useAuditionStore } from './audition-store';
import { useCastingStore } from './casting-store';
import { useVoiceData } from './use-voice-data';
import { withVoice } from './voice-choice';
import { VoicePicker } from './voice-picker';

const PREVIEW_SIZES = [5, 10, 20, 50];

/** The line chosen in the script (its voice, a voice of its own, hearing it) and a chapter preview. */
export function LineVoiceSection() {
  const id = useId();
  const { speakable, bookLanguage } = useVoiceData();
  const segment = useSelectedSegment();
  const voice = useCastingStore((s) => s.segment);
  const error = useCastingStore((s) => s.error);
  const chapterId = useScriptStore((s) => s.currentChapterId);
  const previewing = useAuditionStore((s) => s.preview !== null);
  const [count, setCount] = useState(10);
  const segmentId = segment?.id ?? null;

  useEffect(() => {
    void useCastingStore.getState().loadSegment(segmentId);
  }, [segmentId]);

  return (
    <>
      <section className="voices-section" aria-labelledby={`${id}-line`}>
        <h3 id={`${id}-line`} className="voices-section__title">
          The selected line
        </h3>
        {segment ? (
          <>
            <blockquote className="line-voice__text">{segment.text}</blockquote>
            {voice && voice.segmentId === segment.id && (
              <>
                <p className="voices-section__help">{voice.speaker ? `Said by ${voice.speaker}.` : 'Narration.'}</p>
                <label htmlFor={`${id}-voice`}>Voice for this line only</label>
                <VoicePicker
                  id={`${id}-voice`}
                  voices={speakable}
                  value={voice.override?.voice ?? null}
                  bookLanguage={bookLanguage}
                  emptyLabel="The speaker’s voice"
                  onClear={() => void useCastingStore.getState().setSegmentVoice(segment.id, null)}
                  onChange={(ref) => void useCastingStore.getState().setSegmentVoice(segment.id, withVoice(ref, voice.override ?? voice.effective))}
                />
              </>
            )}
            <div className="voices-section__actions">
              <button type="button" className="button button--primary button--small" onClick={() => void useAuditionStore.getState().auditionSegment(segment.id)}>
                ▶ Hear the line <kbd>a</kbd>
              </button>
            </div>
          </>
        ) : (
          <p className="voices-section__help">Choose a line in the script to hear it or give it a voice of its own.</p>
        )}
        {error && <ErrorMessage error={error} onDismiss={useCastingStore.getState().dismissError} />}
      </section>
      <section className="voices-section" aria-labelledby={`${id}-preview`}>
        <h3 id={`${id}-preview`} className="voices-section__title">
          Chapter preview
        </h3>
        <p className="voices-section__help">The first lines of the chapter being read, each in its voice, one after another.</p>
        <div className="voices-section__actions">
          <label htmlFor={`${id}-count`}>Lines</label>
          <select id={`${id}-count`} className="input" value={count} onChange={(e) => setCount(Number(e.target.value))}>
            {PREVIEW_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--small"
            disabled={chapterId === null || previewing}
            onClick={() => chapterId !== null && void useAuditionStore.getState().previewChapter(chapterId, count)}
          >
            ▶ Preview the chapter
          </button>
        </div>
      </section>
    </>
  );
}
