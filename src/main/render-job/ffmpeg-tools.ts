import { StudioError } from '../../shared/errors';
import { resolveFfmpeg, resolveFfprobe } from '../media/resolve-ffmpeg';
import type { FfmpegTools } from './render-service';

/** FFmpeg as the settings, `ffmpeg-static` or the PATH give it, with the ffprobe beside it; refused when missing. */
export function ffmpegTools(configured: string | undefined): FfmpegTools {
  const ffmpeg = resolveFfmpeg(configured);
  if (!ffmpeg) throw new StudioError('FFMPEG_MISSING', 'FFmpeg was not found. Install FFmpeg, or set its path in the settings, to export audio.');
  const ffprobePath = resolveFfprobe(ffmpeg.path);
  if (!ffprobePath) throw new StudioError('FFMPEG_MISSING', 'ffprobe was not found beside FFmpeg or on the PATH; it checks the exported files. Install FFmpeg with ffprobe.');
  return { ffmpegPath: ffmpeg.path, ffprobePath };
}
