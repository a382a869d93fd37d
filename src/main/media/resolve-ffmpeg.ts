import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';

export interface FfmpegProbe {
  /** The path exported by the optional `ffmpeg-static` package, or null when it is not installed. */
  bundled(): string | null;
  executable(path: string): boolean;
  pathDirs(): string[];
}

export type FfmpegSource = 'settings' | 'ffmpeg-static' | 'path';

/**
 * Finds FFmpeg in the order users expect: the path they configured, the binary shipped by the
 * optional `ffmpeg-static` package (its download may have failed at install), then `ffmpeg` on PATH.
 */
export function resolveFfmpeg(configured: string | undefined, probe: FfmpegProbe = systemProbe): { path: string; source: FfmpegSource } | null {
  if (configured && probe.executable(configured)) return { path: configured, source: 'settings' };
  const bundled = probe.bundled();
  if (bundled && probe.executable(bundled)) return { path: bundled, source: 'ffmpeg-static' };
  const name = process.platform === 'win32' ? 'ffmpeg.exe' : 'ffmpeg';
  for (const dir of probe.pathDirs()) {
    const candidate = join(dir, name);
    if (probe.executable(candidate)) return { path: candidate, source: 'path' };
  }
  return null;
}

/**
 * Finds ffprobe: beside the FFmpeg in use (Debian and most builds ship both together), then on PATH.
 * `ffmpeg-static` ships no ffprobe, so its directory simply yields nothing.
 */
export function resolveFfprobe(ffmpegPath: string | null, probe: FfmpegProbe = systemProbe): string | null {
  const name = process.platform === 'win32' ? 'ffprobe.exe' : 'ffprobe';
  const dirs = ffmpegPath ? [dirname(ffmpegPath), ...probe.pathDirs()] : probe.pathDirs();
  for (const dir of dirs) {
    const candidate = join(dir, name);
    if (probe.executable(candidate)) return candidate;
  }
  return null;
}

const systemProbe: FfmpegProbe = {
  bundled() {
    try {
      const exported: unknown = createRequire(import.meta.url)('ffmpeg-static');
      return typeof exported === 'string' ? exported : null;
    } catch {
      return null;
    }
  },
  executable(path) {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
  pathDirs: () => (process.env.PATH ?? '').split(delimiter).filter(Boolean),
};
