import { StudioError } from '../../shared/errors';
import { runTool } from './ffmpeg-process';
import { parseFfprobe, type ProbedMedia } from './parsers/parse-ffprobe';

export async function probeMedia(ffprobePath: string, file: string, signal?: AbortSignal): Promise<ProbedMedia> {
  const { stdout } = await runTool(ffprobePath, ['-v', 'error', '-show_format', '-show_streams', '-show_chapters', '-of', 'json', file], {
    task: `reading ${file}`,
    signal,
  });
  try {
    return parseFfprobe(stdout);
  } catch {
    throw new StudioError('RENDER_FAILED', `ffprobe gave an answer about ${file} that could not be read.`);
  }
}
