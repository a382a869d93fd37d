/**
 * The cover for the M4B: the book's own image, or one generated from the title and author, with
 * FFmpeg's drawtext and a system font where both exist, otherwise drawn in code.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { StudioError } from '../../../shared/errors';
import { writeAtomically } from '../../export/write-atomically';
import { runFfmpeg } from '../ffmpeg-process';
import type { BookMetadata } from '../render-plan';
import { coverColours, hex } from './cover-colours';
import { COVER_SIZE, drawCoverPng } from './draw-cover';
import { wrapWords } from './wrap-text';

export type CoverSource = 'book' | 'drawtext' | 'drawn';

const FONT_CANDIDATES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf',
  '/System/Library/Fonts/Supplemental/Georgia Bold.ttf',
  'C:\\Windows\\Fonts\\georgiab.ttf',
];

/** A bold serif font file from fontconfig, or a well-known location; null when there is none. */
export function findCoverFont(): string | null {
  const match = spawnSync('fc-match', ['-f', '%{file}', 'serif:bold'], { encoding: 'utf8' });
  const matched = match.status === 0 ? match.stdout.trim() : '';
  if (matched && /\.(ttf|otf)$/i.test(matched) && existsSync(matched)) return matched;
  return FONT_CANDIDATES.find((f) => existsSync(f)) ?? null;
}

function imageKind(bytes: Uint8Array): 'jpg' | 'png' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  return null;
}

export interface CoverOptions {
  ffmpegPath: string;
  workDir: string;
  /** The font for drawtext; null draws the cover in code. */
  fontPath: string | null;
  /**
   * Where a cover drawn with drawtext is kept between renders, so that re-exporting a chapter does
   * not draw it again (a third of a second); it is drawn anew when the title, author or font change.
   */
  cacheDir?: string;
  signal?: AbortSignal;
}

/** Changes whenever the drawing below changes, so covers drawn the old way are not reused. */
const COVER_DESIGN = 1;

function cachedCoverPath(cacheDir: string, book: BookMetadata, fontPath: string): string {
  const key = createHash('sha256').update(JSON.stringify([COVER_DESIGN, book.title, book.author, fontPath])).digest('hex');
  return join(cacheDir, 'covers', `${key}.png`);
}

/** Keeps a drawn cover for the next render; a cover that cannot be kept is simply drawn again next time. */
async function keepCover(drawn: string, cached: string): Promise<void> {
  try {
    await writeAtomically(cached, (temporary) => copyFile(drawn, temporary));
  } catch {
    return;
  }
}

async function drawtextCover(book: BookMetadata, options: CoverOptions & { fontPath: string }): Promise<string> {
  const { workDir } = options;
  // Everything the filter reads sits in the work folder under plain names, so no path needs escaping.
  await copyFile(options.fontPath, join(workDir, 'cover-font.ttf'));
  const colours = coverColours(book.title);
  const filters: string[] = [];
  const block = async (lines: string[], prefix: string, size: number, top: number): Promise<number> => {
    for (const [i, line] of lines.entries()) {
      await writeFile(join(workDir, `${prefix}-${i}.txt`), line);
      filters.push(
        `drawtext=fontfile=cover-font.ttf:textfile=${prefix}-${i}.txt:expansion=none:fontsize=${size}:fontcolor=${hex(colours.text)}:x=(w-text_w)/2:y=${top + Math.round(i * size * 1.25)}`,
      );
    }
    return top + Math.round(lines.length * size * 1.25);
  };
  const titleLines = wrapWords(book.title, 16, 5);
  const titleSize = Math.min(120, Math.floor((COVER_SIZE - 240) / (0.62 * Math.max(...titleLines.map((l) => l.length), 1))));
  const bottom = await block(titleLines, 'title', titleSize, 360);
  filters.push(`drawbox=x=${COVER_SIZE / 2 - 150}:y=${bottom + 30}:w=300:h=8:color=${hex(colours.accent)}:t=fill`);
  const authorLines = wrapWords(book.author, 28, 2);
  await block(authorLines, 'author', 64, COVER_SIZE - 120 - authorLines.length * 80);
  await runFfmpeg(
    options.ffmpegPath,
    ['-loglevel', 'error', '-f', 'lavfi', '-i', `color=c=${hex(colours.background)}:s=${COVER_SIZE}x${COVER_SIZE}:d=1`, '-vf', filters.join(','), '-frames:v', '1', '-update', '1', 'cover.png'],
    { task: 'drawing the cover', signal: options.signal, cwd: workDir },
  );
  return join(workDir, 'cover.png');
}

export async function prepareCover(book: BookMetadata, options: CoverOptions): Promise<{ path: string; source: CoverSource }> {
  if (book.cover) {
    const kind = imageKind(book.cover.bytes);
    if (!kind) throw new StudioError('INVALID_REQUEST', "The book's cover is neither a JPEG nor a PNG image.");
    const path = join(options.workDir, `cover.${kind}`);
    await writeFile(path, book.cover.bytes);
    return { path, source: 'book' };
  }
  if (options.fontPath) {
    const cached = options.cacheDir ? cachedCoverPath(options.cacheDir, book, options.fontPath) : null;
    if (cached && existsSync(cached)) return { path: cached, source: 'drawtext' };
    try {
      const path = await drawtextCover(book, { ...options, fontPath: options.fontPath });
      if (cached) await keepCover(path, cached);
      return { path, source: 'drawtext' };
    } catch (error) {
      // An FFmpeg built without drawtext (libfreetype) lands here; a cancel does not.
      if (error instanceof StudioError && error.code === 'CANCELLED') throw error;
    }
  }
  const path = join(options.workDir, 'cover.png');
  await writeFile(path, drawCoverPng(book.title, book.author));
  return { path, source: 'drawn' };
}
