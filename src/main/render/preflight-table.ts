/** The pre-flight report as a plain-text table for the command line. */
import { LOUDNESS_TARGETS, type AudioFormatInfo, type PreflightFile, type PreflightReport } from '../../shared/render';

function duration(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

function formatCell(f: AudioFormatInfo): string {
  const bitrate = f.bitrateKbps === null ? '' : ` ${f.bitrateKbps}k`;
  const cbr = f.constantBitrate === null ? '' : f.constantBitrate ? ' CBR' : ' VBR';
  const channels = f.channels === 1 ? 'mono' : f.channels === 2 ? 'stereo' : `${f.channels}ch`;
  return `${f.codec}${bitrate}${cbr} ${(f.sampleRate / 1000).toFixed(1)}kHz ${channels}`;
}

function table(header: string[], rows: string[][], rightAligned: Set<number>): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function formatPreflightTable(report: PreflightReport): string {
  const target = LOUDNESS_TARGETS[report.target];
  const lufs = target.measure === 'lufs';
  const header = ['file', 'duration', lufs ? 'LUFS' : 'RMS dB', lufs ? 'true peak' : 'peak dB', 'floor dB', 'head s', 'tail s', 'format', 'result'];
  const rows = report.files.map((f: PreflightFile) => {
    const m = f.measurements;
    const level = lufs ? m.integratedLufs : m.rmsDb;
    const peak = lufs ? m.truePeakDb : m.peakDb;
    return [
      f.file,
      duration(m.durationSeconds),
      level === null ? '-' : level.toFixed(1),
      peak === null ? '-' : peak.toFixed(1),
      m.noiseFloorDb.toFixed(1),
      m.headSilenceSeconds.toFixed(2),
      m.tailSilenceSeconds.toFixed(2),
      formatCell(f.format),
      f.pass ? 'pass' : 'FAIL',
    ];
  });
  const lines = [`Pre-flight against ${target.label}: ${report.pass ? 'every file passes' : 'some files fail'}`, '', ...table(header, rows, new Set([1, 2, 3, 4, 5, 6]))];
  const failures = report.files.flatMap((f) => f.checks.filter((c) => !c.pass).map((c) => `  ${f.file}: ${c.reason ?? c.id}`));
  if (failures.length > 0) lines.push('', 'Failures:', ...failures);
  lines.push('', report.notice);
  return `${lines.join('\n')}\n`;
}
