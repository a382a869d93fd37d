import type { CharacterBar, Measure } from './chart-data';

const WIDTH = 360;
const ROW = 22;
const LABEL = 120;

/** Horizontal bars, one per character, labelled; each bar's title gives the exact figure. */
export function BarChart({ bars, measure, title }: { bars: CharacterBar[]; measure: Measure; title: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * ROW + 4;
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
      {bars.map((bar, i) => {
        const width = ((WIDTH - LABEL - 48) * bar.value) / max;
        const y = i * ROW + 2;
        return (
          <g key={bar.id}>
            <title>{`${bar.name}: ${bar.value} ${measure}`}</title>
            <text className="chart__label" x={LABEL - 6} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle">
              {bar.name.length > 18 ? `${bar.name.slice(0, 17)}…` : bar.name}
            </text>
            <rect x={LABEL} y={y + 3} width={Math.max(1, width)} height={ROW - 6} rx={3} fill={bar.colour} />
            <text className="chart__value" x={LABEL + width + 4} y={y + ROW / 2} dominantBaseline="middle">
              {bar.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
