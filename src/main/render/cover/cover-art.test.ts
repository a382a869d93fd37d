import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../probe-media';
import { tools, toolsSkipReason } from '../testing/tools';
import { findCoverFont, prepareCover } from './cover-art';
import { drawCoverPng } from './draw-cover';
import { runFfmpeg } from '../ffmpeg-process';

const book = { title: 'A Christmas Carol in Prose, Being a Ghost Story of Christmas', author: 'Charles Dickens', narrator: 'Dramatis' };

/** Distinct colours in a decoded image: a cover with text on it has far more than its background. */
async function colours(ffmpeg: string, path: string, dir: string): Promise<number> {
  const raw = join(dir, `${Math.random()}.rgb`);
  await runFfmpeg(ffmpeg, ['-loglevel', 'error', '-i', path, '-f', 'rawvideo', '-pix_fmt', 'rgb24', raw], { task: 'decoding the cover' });
  const bytes = readFileSync(raw);
  const seen = new Set<number>();
  for (let i = 0; i < bytes.length; i += 3) seen.add((bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!);
  return seen.size;
}

describe.skipIf(!tools)(`cover art${toolsSkipReason}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'dramatis-cover-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const { ffmpegPath, ffprobePath } = tools ?? { ffmpegPath: '', ffprobePath: '' };

  it('draws the cover in code when there is no font: a 1400 px square PNG with the title on it', async () => {
    const cover = await prepareCover(book, { ffmpegPath, workDir: dir, fontPath: null });
    expect(cover.source).toBe('drawn');
    const probe = await probeMedia(ffprobePath, cover.path);
    expect(probe.images).toEqual([{ codec: 'png', attachedPic: false }]);
    const png = readFileSync(cover.path);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1400, 1400]);
    expect(await colours(ffmpegPath, cover.path, dir)).toBeGreaterThanOrEqual(3);
    expect(readFileSync(cover.path).equals(drawCoverPng(book.title, book.author))).toBe(true);
  });

  const font = findCoverFont();
  it.skipIf(!font)(`sets title and author with drawtext and a system font${font ? '' : ' (skipped: no serif font installed)'}`, async () => {
    const sub = mkdtempSync(join(dir, 'drawtext-'));
    const cover = await prepareCover({ ...book, title: "Scrooge's: [50%] {brackets}, quotes ' and \\ slashes" }, { ffmpegPath, workDir: sub, fontPath: font });
    expect(cover.source).toBe('drawtext');
    expect(await colours(ffmpegPath, cover.path, dir)).toBeGreaterThan(20); // anti-aliased text
  });

  it.skipIf(!font)(`keeps a drawn cover for the next render and draws it anew for another title${font ? '' : ' (skipped: no serif font installed)'}`, async () => {
    const cacheDir = mkdtempSync(join(dir, 'cache-'));
    const first = await prepareCover(book, { ffmpegPath, workDir: mkdtempSync(join(dir, 'run-')), fontPath: font, cacheDir });
    // FFmpeg that cannot run proves the second render drew nothing.
    const again = await prepareCover(book, { ffmpegPath: join(dir, 'no-ffmpeg'), workDir: mkdtempSync(join(dir, 'run-')), fontPath: font, cacheDir });
    expect(again.source).toBe('drawtext');
    expect(readFileSync(again.path).equals(readFileSync(first.path))).toBe(true);
    const retitled = await prepareCover({ ...book, title: 'The Chimes' }, { ffmpegPath, workDir: mkdtempSync(join(dir, 'run-')), fontPath: font, cacheDir });
    expect(readFileSync(retitled.path).equals(readFileSync(first.path))).toBe(false);
    expect(readdirSync(join(cacheDir, 'covers')).filter((f) => f.endsWith('.png'))).toHaveLength(2);
  });

  it("uses the book's own image as it is, and refuses bytes that are no image", async () => {
    const bytes = drawCoverPng('Own', 'Cover');
    const cover = await prepareCover({ ...book, cover: { bytes, mimeType: 'image/png' } }, { ffmpegPath, workDir: dir, fontPath: null });
    expect(cover.source).toBe('book');
    expect(readFileSync(cover.path).equals(bytes)).toBe(true);
    await expect(prepareCover({ ...book, cover: { bytes: new Uint8Array([1, 2, 3, 4]), mimeType: 'image/jpeg' } }, { ffmpegPath, workDir: dir, fontPath: null })).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
    });
  });
});
