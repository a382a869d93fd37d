/** The FFmpeg and ffprobe the tests run, or the reason the FFmpeg tests are skipped. */
import { resolveFfmpeg, resolveFfprobe } from '../../media/resolve-ffmpeg';

const ffmpeg = resolveFfmpeg(undefined)?.path ?? null;
const ffprobe = resolveFfprobe(ffmpeg);

export const tools = ffmpeg && ffprobe ? { ffmpegPath: ffmpeg, ffprobePath: ffprobe } : null;
export const toolsSkipReason = tools ? '' : ' (skipped: FFmpeg or ffprobe is not installed here)';
