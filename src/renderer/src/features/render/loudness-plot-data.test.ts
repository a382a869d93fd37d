import { describe, expect, it } from 'vitest';
import { loudnessPlot } from './loudness-plot-data';

describe('the loudness plot', () => {
  it('draws a point per window, from 0 dB at the top to -80 dB at the bottom, silence on the floor', () => {
    const plot = loudnessPlot({ windowRmsDb: [0, -20, -40, -Infinity, -120], windowSeconds: 0.5, durationSeconds: 2.5 }, 'acx', { width: 400, height: 80 });
    expect(plot.line).toBe('0,0 100,20 200,40 300,80 400,80');
    expect(plot.durationSeconds).toBe(2.5);
  });

  it('shows the ACX RMS band and peak ceiling, and no band for a LUFS target', () => {
    const acx = loudnessPlot({ windowRmsDb: [-20], windowSeconds: 0.5, durationSeconds: 0.5 }, 'acx', { width: 100, height: 80 });
    expect(acx.band).toEqual({ top: 18, bottom: 23 });
    expect(acx.ceiling).toBe(3);
    const podcast = loudnessPlot({ windowRmsDb: [-20], windowSeconds: 0.5, durationSeconds: 0.5 }, 'podcast', { width: 100, height: 80 });
    expect(podcast.band).toBeNull();
    expect(podcast.ceiling).toBe(1);
  });
});
