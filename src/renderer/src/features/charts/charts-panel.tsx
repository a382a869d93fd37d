import { useEffect, useId, useMemo, useState } from 'react';
import { ErrorMessage } from '../../ui/error-message';
import { useCastStore } from '../cast/cast-store';
import { useProjectStore } from '../project/project-store';
import { BarChart } from './bar-chart';
import { ChapterChart } from './chapter-chart';
import { characterBars, chapterColumns, type Measure } from './chart-data';
import { useChartsStore } from './charts-store';
import './charts.css';

/** Who speaks how much, over the book and chapter by chapter. */
export function ChartsPanel() {
  const id = useId();
  const cast = useCastStore((s) => s.cast);
  const chapters = useProjectStore((s) => s.project?.chapters);
  const stats = useChartsStore((s) => s.stats);
  const stale = useChartsStore((s) => s.stale);
  const error = useChartsStore((s) => s.error);
  const [measure, setMeasure] = useState<Measure>('lines');
  const [withNarrator, setWithNarrator] = useState(false);

  useEffect(() => {
    if (stale) void useChartsStore.getState().load();
  }, [stale]);

  const bars = useMemo(() => characterBars(cast, measure, withNarrator), [cast, measure, withNarrator]);
  const included = useMemo(() => (chapters ?? []).filter((c) => c.included).map((c) => ({ id: c.id, title: c.title })), [chapters]);
  const perChapter = useMemo(() => (stats ? chapterColumns(stats, cast, included, measure) : null), [stats, cast, included, measure]);

  return (
    <section className="charts-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="side-panel__title">
        Charts
      </h2>
      <div className="charts-panel__controls">
        <fieldset className="charts-panel__measure">
          <legend className="visually-hidden">Count</legend>
          <label>
            <input type="radio" name={`${id}-measure`} checked={measure === 'lines'} onChange={() => setMeasure('lines')} /> Lines
          </label>
          <label>
            <input type="radio" name={`${id}-measure`} checked={measure === 'words'} onChange={() => setMeasure('words')} /> Words
          </label>
        </fieldset>
        <label>
          <input type="checkbox" checked={withNarrator} onChange={(e) => setWithNarrator(e.target.checked)} /> Include the narrator
        </label>
      </div>
      {error && <ErrorMessage error={error} />}
      <h3 className="charts-panel__heading">{measure === 'lines' ? 'Lines' : 'Words'} per character</h3>
      <BarChart bars={bars} measure={measure} title={`${measure === 'lines' ? 'Lines' : 'Words'} per character, most first`} />
      <h3 className="charts-panel__heading">Dialogue per chapter</h3>
      {perChapter ? (
        <>
          <ChapterChart columns={perChapter.columns} measure={measure} title={`${measure === 'lines' ? 'Lines' : 'Words'} of dialogue in each chapter, by speaker`} />
          <ul className="chart-legend" aria-label="Legend">
            {perChapter.legend.map((entry) => (
              <li key={entry.id ?? 'others'}>
                <span className="chart-legend__swatch" style={{ background: entry.colour }} aria-hidden="true" />
                {entry.name}
              </li>
            ))}
          </ul>
          <details className="charts-panel__table">
            <summary>The figures as a table</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">Chapter</th>
                  {perChapter.legend.map((entry) => (
                    <th key={entry.id ?? 'others'} scope="col">
                      {entry.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {perChapter.columns.map((column) => (
                  <tr key={column.chapterId}>
                    <th scope="row">{column.title}</th>
                    {column.parts.map((part) => (
                      <td key={part.id ?? 'others'}>{part.value}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      ) : (
        <p className="charts-panel__loading">Counting…</p>
      )}
    </section>
  );
}
