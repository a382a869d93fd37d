import './progress-bar.css';

interface ProgressBarProps {
  label: string;
  /** 0..1, or null while the amount of work is not known yet. */
  fraction: number | null;
  valueText?: string;
}

export function ProgressBar({ label, fraction, valueText }: ProgressBarProps) {
  const percent = fraction === null ? null : Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div
      className={percent === null ? 'progress-bar progress-bar--indeterminate' : 'progress-bar'}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
      aria-valuetext={valueText}
    >
      <div className="progress-bar__fill" style={percent === null ? undefined : { transform: `scaleX(${percent / 100})` }} />
    </div>
  );
}
