/**
 * The two codecs blocks are encoded with, and what joining them needs to know: a block is a raw
 * stream (ADTS AAC, MP3 frames without a LAME header) so that blocks join frame after frame; each
 * decodes to whole frames that start with the encoder's delay, which therefore lies at every join (in
 * a pause) and is counted in every time the files report.
 */
import { parseAdtsFrames } from './adts-frames';
import { scanMp3Frames } from '../parsers/mp3-frames';
import { ACX_MP3_BITRATE_KBPS } from '../export-mp3';

export type BlockCodecId = 'aac' | 'mp3';

export interface BlockCodec {
  id: BlockCodecId;
  extension: string;
  bitrateKbps: number;
  /** Samples of encoder delay at the head of every decoded block, at the output rate. */
  delaySamples: number;
  /** Encoder arguments after the filter graph, up to (without) the output path. */
  encodeArgs: string[];
  /** Samples a block's bytes decode to. */
  decodedSamples(bytes: Uint8Array): number;
}

/** FFmpeg's AAC encoder delays its output by one frame of 1024 samples. */
const AAC_DELAY = 1024;
/** LAME's encoder delay (576) and the MP3 decoder's own (529), which no header removes in a raw stream. */
const MP3_DELAY = 576 + 529;
const MP3_FRAME = 1152;

export const M4B_BITRATE_KBPS = 64;

export const BLOCK_CODECS: Record<BlockCodecId, BlockCodec> = {
  aac: {
    id: 'aac',
    extension: 'aac',
    bitrateKbps: M4B_BITRATE_KBPS,
    delaySamples: AAC_DELAY,
    encodeArgs: ['-c:a', 'aac', '-b:a', `${M4B_BITRATE_KBPS}k`, '-ac', '1', '-f', 'adts'],
    decodedSamples: (bytes) => parseAdtsFrames(bytes).samples,
  },
  mp3: {
    id: 'mp3',
    extension: 'mp3',
    bitrateKbps: ACX_MP3_BITRATE_KBPS,
    delaySamples: MP3_DELAY,
    encodeArgs: ['-c:a', 'libmp3lame', '-b:a', `${ACX_MP3_BITRATE_KBPS}k`, '-ac', '1', '-write_xing', '0', '-id3v2_version', '0', '-f', 'mp3'],
    decodedSamples: (bytes) => (scanMp3Frames(bytes)?.frames ?? 0) * MP3_FRAME,
  },
};
