/** A download size as people read it: "63 MB", "354 MB", "1.2 GB". */
export function formatBytes(bytes: number): string {
  if (bytes <= 0) return 'built in';
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 ** 3) return `${Math.round(bytes / 1024 ** 2)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

/** A clip's length or position: "0.8 s", "12.4 s", "1:05". */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '0.0 s';
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** A pitch shift in semitones, signed: "+2 st", "0 st", "−3 st". */
export function formatPitch(semitones: number): string {
  const rounded = Math.round(semitones * 10) / 10;
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${Math.abs(rounded)} st`;
}

/** A speed as a factor: "1.00×". */
export function formatSpeed(speed: number): string {
  return `${speed.toFixed(2)}×`;
}
