import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { resolveFfmpeg, resolveFfprobe, type FfmpegProbe } from './resolve-ffmpeg';

function probe(executables: string[], bundled: string | null, dirs: string[]): FfmpegProbe {
  return { bundled: () => bundled, executable: (p) => executables.includes(p), pathDirs: () => dirs };
}

describe('resolveFfmpeg', () => {
  it('prefers the configured path, then ffmpeg-static, then PATH', () => {
    const all = probe(['/opt/ff', '/static/ffmpeg', '/usr/bin/ffmpeg'], '/static/ffmpeg', ['/usr/bin']);
    expect(resolveFfmpeg('/opt/ff', all)).toEqual({ path: '/opt/ff', source: 'settings' });
    expect(resolveFfmpeg(undefined, all)).toEqual({ path: '/static/ffmpeg', source: 'ffmpeg-static' });
    expect(resolveFfmpeg(undefined, probe(['/usr/bin/ffmpeg'], '/static/ffmpeg', ['/bin', '/usr/bin']))).toEqual({ path: '/usr/bin/ffmpeg', source: 'path' });
  });

  it('skips a configured path or a bundled binary that is not there', () => {
    expect(resolveFfmpeg('/gone', probe(['/usr/bin/ffmpeg'], null, ['/usr/bin']))).toEqual({ path: '/usr/bin/ffmpeg', source: 'path' });
    expect(resolveFfmpeg(undefined, probe([], null, ['/usr/bin']))).toBeNull();
  });

  it('finds ffprobe beside the FFmpeg in use, then on PATH', () => {
    const both = probe(['/opt/ff/ffmpeg', '/opt/ff/ffprobe', '/usr/bin/ffprobe'], null, ['/usr/bin']);
    expect(resolveFfprobe('/opt/ff/ffmpeg', both)).toBe('/opt/ff/ffprobe');
    expect(resolveFfprobe('/static/ffmpeg', both)).toBe('/usr/bin/ffprobe');
    expect(resolveFfprobe(null, probe([], null, ['/usr/bin']))).toBeNull();
  });

  const system = resolveFfmpeg(undefined);
  it.skipIf(system === null)(`finds a working FFmpeg on this machine${system === null ? ' (skipped: no FFmpeg installed here)' : ''}`, () => {
    const run = spawnSync(system!.path, ['-hide_banner', '-version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/ffmpeg version/);
  });
});
