import { LOUDNESS_TARGETS, type PreflightFile } from '../../../../shared/render';
import { LoudnessPlot } from './loudness-plot';
import { formatDuration, OUTPUT_KIND_LABELS } from './render-labels';
import { useRenderStore } from './render-store';

function FileReport({ file, target }: { file: PreflightFile; target: keyof typeof LOUDNESS_TARGETS }) {
  const m = file.measurements;
  const failed = file.checks.filter((c) => !c.pass);
  return (
    <li className={file.pass ? 'card preflight-file' : 'card preflight-file preflight-file--fail'}>
      <div className="preflight-file__head">
        <span className="preflight-file__name">{file.file}</span>
        <span className={file.pass ? 'preflight-file__verdict' : 'preflight-file__verdict preflight-file__verdict--fail'}>{file.pass ? 'Pass' : 'Fail'}</span>
      </div>
      <p className="preflight-file__facts">
        {OUTPUT_KIND_LABELS[file.kind]} · {formatDuration(m.durationSeconds)} · RMS {m.rmsDb.toFixed(1)} dB · peak {m.peakDb.toFixed(1)} dB
        {m.integratedLufs !== null && ` · ${m.integratedLufs.toFixed(1)} LUFS`} · floor {m.noiseFloorDb.toFixed(1)} dB · {file.format.codec}
        {file.format.bitrateKbps !== null && ` ${file.format.bitrateKbps} kbps`}
      </p>
      {failed.length > 0 && (
        <ul className="preflight-file__reasons">
          {failed.map((check) => (
            <li key={check.id}>{check.reason ?? `${check.id}: ${check.measured}, needs ${check.required}`}</li>
          ))}
        </ul>
      )}
      <LoudnessPlot measurements={m} target={target} label={`Loudness of ${file.file} over time`} />
    </li>
  );
}

/** Every file of the last render, measured and checked against its loudness target. */
export function PreflightReportView() {
  const report = useRenderStore((s) => s.state?.preflight ?? null);
  if (!report) return null;
  const failing = report.files.filter((f) => !f.pass).length;
  return (
    <section className="preflight-report" aria-label="Pre-flight report">
      <h3 className="render-panel__heading">Pre-flight against {LOUDNESS_TARGETS[report.target].label}</h3>
      <p className="preflight-report__summary">
        {report.pass ? `All ${report.files.length} files pass.` : `${failing} of ${report.files.length} files fail; the reasons are under each.`}
      </p>
      <ul className="plain-list preflight-report__files">
        {report.files.map((file) => (
          <FileReport key={file.file} file={file} target={report.target} />
        ))}
      </ul>
    </section>
  );
}
