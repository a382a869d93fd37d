import { niceMax, type ChapterColumn, type Measure } from './chart-data';

const WIDTH = 360;
const HEIGHT = 160;
const AXIS = 28;
const BOTTOM = 16;

/** Dialogue per chapter, stacked by speaker, in book order. */
export function ChapterChart({ columns, measure, title }: { columns: ChapterColumn[]; measure: Measure; title: string }) {
  const top = niceMax(Math.max(0, ...columns.map((c) => c.total)));
  const plot = HEIGHT - BOTTOM;
  const step = (WIDTH - AXIS) / Math.max(1, columns.length);
  const labelEvery = Math.max(1, Math.ceil(columns.length / 8));
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
      <text className="chart__axis" x={AXIS - 4} y={8} textAnchor="end" dominantBaseline="middle">
        {top}
      </text>
      <text className="chart__axis" x={AXIS - 4} y={plot} textAnchor="end" dominantBaseline="middle">
        0
      </text>
      <line className="chart__rule" x1={AXIS} x2={WIDTH} y1={plot} y2={plot} />
      {columns.map((column, i) => {
        const x = AXIS + i * step;
        let y = plot;
        return (
          <g key={column.chapterId}>
            <title>{`${column.title}: ${column.total} ${measure} of dialogue${column.parts
              .filter((p) => p.value > 0)
              .map((p) => `\n${p.name}: ${p.value}`)
              .join('')}`}</title>
            {column.parts.map((part) => {
              if (part.value === 0) return null;
              const h = ((plot - 8) * part.value) / top;
              y -= h;
              return <rect key={part.id ?? 'others'} x={x + step * 0.1} y={y} width={Math.max(0.5, step * 0.8)} height={h} fill={part.colour} />;
            })}
            {i % labelEvery === 0 && (
              <text className="chart__axis" x={x + step / 2} y={HEIGHT - 4} textAnchor="middle">
                {i + 1}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
