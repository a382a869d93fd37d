import type { AudioMeasurements, LoudnessTargetId } from '../../../../shared/render';
import { formatDuration } from './render-labels';
import { loudnessPlot } from './loudness-plot-data';

const WIDTH = 320;
const HEIGHT = 80;

/** A file's loudness over time (half-second RMS), with the target's band and peak ceiling. */
export function LoudnessPlot({ measurements, target, label }: { measurements: AudioMeasurements; target: LoudnessTargetId; label: string }) {
  const plot = loudnessPlot(measurements, target, { width: WIDTH, height: HEIGHT });
  return (
    <figure className="loudness-plot">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} preserveAspectRatio="none" className="loudness-plot__svg">
        {plot.band && <rect className="loudness-plot__band" x={0} y={plot.band.top} width={WIDTH} height={Math.max(1, plot.band.bottom - plot.band.top)} />}
        <line className="loudness-plot__ceiling" x1={0} x2={WIDTH} y1={plot.ceiling} y2={plot.ceiling} />
        <polyline className="loudness-plot__line" points={plot.line} fill="none" vectorEffect="non-scaling-stroke" />
      </svg>
      <figcaption className="loudness-plot__caption">
        0 dB to {plot.floorDb} dB over {formatDuration(plot.durationSeconds)}; the line across is the peak limit ({plot.ceilingDb} dB)
        {plot.band ? ', the band the accepted RMS range' : ''}.
      </figcaption>
    </figure>
  );
}
