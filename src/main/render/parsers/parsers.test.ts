import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAstats } from './parse-astats';
import { parseEbur128 } from './parse-ebur128';
import { parseFfprobe } from './parse-ffprobe';
import { ProgressReader } from './parse-progress';
import { headAndTail, parseSilences } from './parse-silencedetect';
import { parseWindowLevels } from './parse-window-levels';

// Every fixture is FFmpeg 5.1's own output. The meter logs come from
//   ffmpeg -nostats -i FILE -af "astats@overall=measure_perchannel=none,silencedetect@silence=n=-50dB:d=0.2,
//     asetnsamples@win=n=RATE/2:p=0,astats@win=metadata=1:reset=1:measure_perchannel=none:measure_overall=RMS_level,
//     ametadata@win=mode=print:key=lavfi.astats.Overall.RMS_level,ebur128@loudness=peak=true:framelog=verbose" -f null -
// on an MP3 of room tone and speech-like tones (speechlike) and on 2 s of anullsrc (digital silence);
// the ffprobe JSON from `ffprobe -show_format -show_streams -show_chapters -of json` on an M4B and an MP3.
const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const speechlike = fixture('meters-speechlike-mp3.txt');
const silence = fixture('meters-digital-silence.txt');

describe('-progress pipe:1', () => {
  // ffmpeg -stats_period 0.5 -progress pipe:1 -f f32le -ar 24000 -ac 1 -i ch0.pcm -c:a aac -b:a 64k -t 600 -f ipod out.m4b
  const text = fixture('progress-aac.txt');

  it('emits one report per block, with time, size, speed and the end', () => {
    const blocks = new ProgressReader().push(text);
    expect(blocks.length).toBe(4);
    expect(blocks[0]).toEqual({ outTimeSeconds: 0, totalSizeBytes: 44, speed: null, done: false });
    expect(blocks[1]).toEqual({ outTimeSeconds: 112.170667, totalSizeBytes: 786476, speed: 224, done: false });
    expect(blocks.at(-1)!.done).toBe(true);
    expect(blocks.at(-1)!.outTimeSeconds).toBeCloseTo(294.912, 3);
  });

  it('reads the same blocks when the stream arrives in odd pieces', () => {
    const reader = new ProgressReader();
    const blocks = [];
    for (let i = 0; i < text.length; i += 7) blocks.push(...reader.push(text.slice(i, i + 7)));
    expect(blocks).toEqual(new ProgressReader().push(text));
  });
});

describe('astats', () => {
  it('reads the overall summary of the named instance, not another astats in the graph', () => {
    expect(parseAstats(speechlike, 'astats@overall')).toEqual({ peakDb: -28.780677, rmsDb: -37.877046, rmsTroughDb: -72.696221, samples: 392490 });
    // The per-window instance measures RMS only, so it has no full summary to offer.
    expect(parseAstats(speechlike, 'astats@win')).toBeNull();
  });

  it('reads digital silence as minus infinity', () => {
    const stats = parseAstats(silence, 'astats@overall')!;
    expect(stats.rmsDb).toBe(Number.NEGATIVE_INFINITY);
    expect(stats.peakDb).toBe(Number.NEGATIVE_INFINITY);
  });

  it('returns null when the summary is missing', () => {
    expect(parseAstats('[astats@overall @ 0x1] Overall\n', 'astats@overall')).toBeNull();
    expect(parseAstats(speechlike, 'astats@other')).toBeNull();
  });
});

describe('per-window RMS (asetnsamples + astats + ametadata)', () => {
  it('pairs each window time with its level', () => {
    const windows = parseWindowLevels(speechlike, 'ametadata@win');
    expect(windows.length).toBe(18);
    expect(windows[0]).toEqual({ timeSeconds: 0, rmsDb: -70.696543 });
    expect(windows[2]).toEqual({ timeSeconds: 1, rmsDb: -34.807645 });
    expect(Math.min(...windows.map((w) => w.rmsDb))).toBeCloseTo(-70.734481, 6);
  });

  it('keeps silent windows as minus infinity', () => {
    const windows = parseWindowLevels(silence, 'ametadata@win');
    expect(windows.length).toBeGreaterThan(3);
    expect(windows.every((w) => w.rmsDb === Number.NEGATIVE_INFINITY)).toBe(true);
  });
});

describe('silencedetect', () => {
  it('reads head, gaps and tail, and measures the head and tail silence', () => {
    const silences = parseSilences(speechlike);
    expect(silences).toEqual([
      { start: 0, end: 0.82322 },
      { start: 3.79896, end: 4.42322 },
      { start: 6.39689, end: 8.9 },
    ]);
    // The MP3 decoder starts at 0.025057 s and the stream lasts 8.93 s (from ffprobe).
    const { head, tail } = headAndTail(silences, 0.025057, 8.875);
    expect(head).toBeCloseTo(0.82322, 5);
    expect(tail).toBeCloseTo(8.9 - 6.39689, 5);
  });

  it('treats a silence left open at the end as the tail, and no leading silence as a zero head', () => {
    const { head, tail } = headAndTail([{ start: 1.2, end: 1.5 }, { start: 9, end: null }], 0, 10);
    expect(head).toBe(0);
    expect(tail).toBeCloseTo(1, 9);
  });
});

describe('ebur128', () => {
  it('reads integrated loudness, loudness range and the true peak', () => {
    expect(parseEbur128(speechlike)).toEqual({ integratedLufs: -36.7, loudnessRangeLu: 5.9, samplePeakDb: null, truePeakDb: -28.7 });
  });

  it('reads the floor value FFmpeg gives digital silence', () => {
    expect(parseEbur128(silence)).toMatchObject({ integratedLufs: -70, truePeakDb: null });
  });

  it('returns null without a summary', () => {
    expect(parseEbur128('Press [q] to stop')).toBeNull();
  });
});

describe('ffprobe JSON', () => {
  it('reads an M4B: AAC stream, cover, chapters and tags', () => {
    const probe = parseFfprobe(fixture('ffprobe-m4b.json'));
    expect(probe.audio).toEqual({ codec: 'aac', sampleRate: 22050, channels: 1, bitrate: 63476 });
    expect(probe.images).toEqual([{ codec: 'png', attachedPic: true }]);
    expect(probe.chapters).toEqual([
      { start: 0, end: 10, title: 'Chapter One' },
      { start: 10, end: 20, title: 'Chapter Two' },
    ]);
    expect(probe.tags).toMatchObject({ title: 'My = Book', artist: 'Jane Doe', composer: 'Synth Voice', description: 'A desc; semicolon' });
    expect(probe.durationSeconds).toBe(20);
  });

  it('reads an MP3: ID3 tags with the track number and total', () => {
    const probe = parseFfprobe(fixture('ffprobe-mp3.json'));
    expect(probe.formatName).toBe('mp3');
    expect(probe.audio).toMatchObject({ codec: 'mp3', sampleRate: 44100, channels: 1, bitrate: 192000 });
    expect(probe.tags).toMatchObject({ title: 'Chapter One', album: 'My Book', artist: 'Jane Doe', track: '2/7' });
    expect(probe.startSeconds).toBeCloseTo(0.025057, 6);
  });

  it('refuses output that is not ffprobe JSON', () => {
    expect(() => parseFfprobe('Invalid data found when processing input')).toThrow();
    expect(() => parseFfprobe('{"streams": []}')).toThrow();
  });
});
