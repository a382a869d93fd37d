import { useEffect, useRef, useState } from 'react';
import WaveSurfer from 'wavesurfer.js';
import type { AuditionClip } from '../../../../shared/requests/voice-requests';
import { adoptShadowStyles } from './adopt-shadow-styles';
import { useAuditionStore } from './audition-store';
import { onThemeChange, waveColours } from './theme-colours';
import { indexAt } from './word-spans';

/**
 * The clip's waveform (wavesurfer.js), playing through an audio element from a `blob:` URL, with the
 * word being heard (or, in a chapter preview, the line) marked over it. It plays and stops when the
 * audition store asks, and tells the store where it is.
 */
export function Waveform({ clip }: { clip: AuditionClip | null }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const surfer = useRef<WaveSurfer | null>(null);
  const ready = useRef(false);
  const done = useRef(0);
  const [duration, setDuration] = useState<number | null>(null);
  const command = useAuditionStore((s) => s.command);

  const obey = (): void => {
    const ws = surfer.current;
    const latest = useAuditionStore.getState().command;
    if (!ws || !ready.current || !latest || latest.seq === done.current) return;
    done.current = latest.seq;
    if (latest.kind === 'play') void ws.play(0).catch(() => useAuditionStore.getState().playerState({ playing: false }));
    else {
      ws.pause();
      ws.setTime(0);
    }
  };

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const ws = WaveSurfer.create({ container, height: 64, normalize: true, barWidth: 2, barGap: 1, barRadius: 1, ...waveColours(container) });
    adoptShadowStyles(ws.getWrapper());
    surfer.current = ws;
    const report = useAuditionStore.getState().playerState;
    const stops = [
      ws.on('play', () => report({ playing: true })),
      ws.on('pause', () => report({ playing: false })),
      ws.on('finish', () => report({ playing: false })),
      ws.on('timeupdate', (time) => report({ position: time })),
      onThemeChange(() => ws.setOptions(waveColours(container))),
    ];
    return () => {
      for (const stop of stops) stop();
      ws.destroy();
      surfer.current = null;
      report({ playing: false, position: 0 });
    };
  }, []);

  useEffect(() => {
    const ws = surfer.current;
    if (!ws) return;
    ready.current = false;
    setDuration(null);
    if (!clip) {
      ws.empty();
      return;
    }
    let current = true;
    ws.loadBlob(new Blob([new Uint8Array(clip.wav)], { type: 'audio/wav' }))
      .then(() => {
        if (!current) return;
        ready.current = true;
        setDuration(ws.getDuration());
        obey();
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [clip]);

  useEffect(obey, [command]);

  return (
    <div className="audition-wave" data-state={duration === null ? 'loading' : 'ready'} data-duration={duration ?? undefined}>
      <div ref={containerRef} className="audition-wave__canvas" aria-hidden="true" />
      {clip && <HeardMark clip={clip} />}
    </div>
  );
}

/** A band over the waveform where the current word (or line of a preview) lies. */
function HeardMark({ clip }: { clip: AuditionClip }) {
  const position = useAuditionStore((s) => s.position);
  const playing = useAuditionStore((s) => s.playing);
  const total = Math.max(1, Math.round(clip.durationSeconds * clip.sampleRate));
  const sample = position * clip.sampleRate;
  const spans = clip.segments.length > 1 ? clip.segments : clip.words;
  const at = playing || position > 0 ? indexAt(spans, sample) : -1;
  const span = at >= 0 ? spans[at] : undefined;
  if (!span) return null;
  return (
    <div
      className="audition-wave__mark"
      style={{ left: `${(span.startSample / total) * 100}%`, width: `${(Math.max(1, span.endSample - span.startSample) / total) * 100}%` }}
    />
  );
}
