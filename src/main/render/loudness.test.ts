import { describe, expect, it } from 'vitest';
import { encodeGraph, roomToneAmplitude } from './audio-graph';
import { gainFor } from './loudness';
import { retailSampleWindow } from './retail-sample';
import { meterGraph, thinWindows, toMeasurements, DB_FLOOR } from './measure-audio';

describe('gainFor', () => {
  it('moves ACX audio to -20 dB RMS and the LUFS targets to their level', () => {
    expect(gainFor('acx', { rmsDb: -32.5, integratedLufs: null })).toEqual({ gainDb: 12.5, ceilingDb: -3.6 });
    expect(gainFor('ebu-r128', { rmsDb: -10, integratedLufs: -18 })).toEqual({ gainDb: -5, ceilingDb: -2.2 });
    expect(gainFor('podcast', { rmsDb: -30, integratedLufs: -26 }).gainDb).toBe(10);
  });

  it('leaves silence alone instead of amplifying it', () => {
    expect(gainFor('acx', { rmsDb: Number.NEGATIVE_INFINITY, integratedLufs: null }).gainDb).toBe(0);
    expect(gainFor('podcast', { rmsDb: -90, integratedLufs: -70 }).gainDb).toBe(0);
    expect(gainFor('acx', { rmsDb: -65, integratedLufs: null }).gainDb).toBe(40);
  });
});

describe('encodeGraph', () => {
  it('applies each gain, joins, resamples, limits, and lays room tone under everything', () => {
    expect(encodeGraph([{ index: 0, gainDb: 3.25 }, { index: 1, gainDb: -1 }], { outputRate: 44100, ceilingDb: -6.0206, roomTone: { kind: 'noise', levelDb: -70 } })).toBe(
      '[0:a]volume=3.25dB[g0];[1:a]volume=-1dB[g1];[g0][g1]concat=n=2:v=0:a=1[joined];[joined]aresample=44100,alimiter=limit=0.5:level=0:latency=1[speech];' +
        'anoisesrc=a=0.000548:r=44100:c=white:seed=1[tone];[speech][tone]amix=inputs=2:duration=first:normalize=0[out]',
    );
  });

  it('trims and fades an excerpt, and leaves out the noise for digital silence', () => {
    expect(
      encodeGraph([{ index: 0, gainDb: 0, trim: { start: 100, end: 900 } }], { outputRate: 44100, ceilingDb: 0, roomTone: { kind: 'silence' }, fades: { inSeconds: 0.5, outSeconds: 1.5, totalSeconds: 10 } }),
    ).toBe('[0:a]atrim=start_sample=100:end_sample=900,asetpts=PTS-STARTPTS,volume=0dB[g0];[g0]aresample=44100,alimiter=limit=1:level=0:latency=1,afade=t=in:st=0:d=0.5,afade=t=out:st=8.5:d=1.5[out]');
  });

  it('sets white noise so its RMS is the room tone level', () => {
    expect(20 * Math.log10(roomToneAmplitude(-70) / Math.sqrt(3))).toBeCloseTo(-70, 9);
  });
});

describe('retailSampleWindow', () => {
  const seg = (kind: 'title' | 'narration', start: number, end: number) => ({ id: `${start}`, text: '', kind, start, end });

  it('starts just before the first line after the title and ends after a whole segment, within five minutes', () => {
    const segments = [seg('title', 0.75, 2), seg('narration', 3.5, 100), seg('narration', 100.4, 250), seg('narration', 250.4, 310), seg('narration', 310.4, 400)];
    expect(retailSampleWindow(segments, 402)).toEqual({ start: 3, end: 251 });
  });

  it('is null for a chapter of nothing but its title, and cut at five minutes when one segment is longer', () => {
    expect(retailSampleWindow([seg('title', 0.75, 2)], 4)).toBeNull();
    expect(retailSampleWindow([seg('narration', 0.75, 400)], 402)).toEqual({ start: 0.25, end: 300.25 });
  });
});

describe('meters', () => {
  it('builds the light loudness pass and the full pre-flight pass', () => {
    expect(meterGraph(22050, { detail: false, loudness: false })).toBe('astats@overall=measure_perchannel=none');
    expect(meterGraph(44100, { detail: true, loudness: true })).toBe(
      'astats@overall=measure_perchannel=none,silencedetect=n=-50dB:d=0.2,asetnsamples=n=22050:p=0,' +
        'astats@win=metadata=1:reset=1:measure_perchannel=none:measure_overall=RMS_level,ametadata@win=mode=print:key=lavfi.astats.Overall.RMS_level,ebur128=framelog=verbose:peak=true',
    );
  });

  it('thins the window series by averaging power, and clamps digital silence to a number', () => {
    const { values, factor } = thinWindows([-20, -20, -30, Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY], 3);
    expect(factor).toBe(2);
    expect(values[0]).toBeCloseTo(-20, 9);
    expect(values[1]).toBeCloseTo(-30 - 10 * Math.log10(2), 9);
    expect(values[2]).toBe(DB_FLOOR);
  });

  it('takes the noise floor from the quietest window', () => {
    const m = toMeasurements({
      samples: 44100,
      durationSeconds: 1,
      rmsDb: -20,
      peakDb: -3,
      windows: [
        { timeSeconds: 0, rmsDb: -71 },
        { timeSeconds: 0.5, rmsDb: -18 },
      ],
      head: 0.75,
      tail: 0,
      ebur128: { integratedLufs: -19, loudnessRangeLu: 3, samplePeakDb: null, truePeakDb: Number.NEGATIVE_INFINITY },
    });
    expect(m).toMatchObject({ noiseFloorDb: -71, truePeakDb: DB_FLOOR, integratedLufs: -19, windowRmsDb: [-71, -18], windowSeconds: 0.5 });
  });
});
