import { describe, expect, it } from 'vitest';
import { KEPT_GAIN_TOLERANCE_DB, stableGain } from './unit-gains';

describe('the gain a part keeps between exports', () => {
  it('keeps the previous gain while the part still reaches the target with it', () => {
    // ACX aims at -20 dB RMS: a part measured at -26.03 after an edit, with last time's 6.0 dB, reaches -20.03.
    expect(stableGain('acx', -26.03, 6.03, 6.0)).toBe(6.0);
    expect(stableGain('podcast', -22.2, 6.2, 6.0)).toBe(6.0);
  });

  it('takes the new gain when the old one would miss the target by more than the tolerance, or there is none', () => {
    expect(stableGain('acx', -27, 7, 6.0)).toBe(7);
    expect(stableGain('acx', -26 - KEPT_GAIN_TOLERANCE_DB - 0.01, 6.51, 6.0)).toBe(6.51);
    expect(stableGain('acx', -26, 6, null)).toBe(6);
    expect(stableGain('ebu-r128', null, 0, 3)).toBe(0);
  });
});
