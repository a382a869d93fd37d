/**
 * Walks the frames of an MP3 file. ffprobe reports one bitrate for a whole file, so constant bitrate
 * (which ACX requires) is checked here: every audio frame must use the same bitrate, and the file must
 * not carry a VBR ("Xing") header.
 */
export interface Mp3FrameSummary {
  frames: number;
  bitratesKbps: number[];
  sampleRate: number;
  channels: number;
  /** LAME's header frame: `Info` for CBR, `Xing` for VBR, or null when absent. */
  header: 'Info' | 'Xing' | null;
  constantBitrate: boolean;
}

const BITRATES_V1_L3 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const BITRATES_V2_L3 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const SAMPLE_RATES_V1 = [44100, 48000, 32000];

interface FrameHeader {
  bitrate: number;
  sampleRate: number;
  channels: number;
  length: number;
  sideInfo: number;
  crc: boolean;
}

function readHeader(bytes: Uint8Array, at: number): FrameHeader | null {
  if (at + 4 > bytes.length) return null;
  const b1 = bytes[at + 1]!;
  const b2 = bytes[at + 2]!;
  const b3 = bytes[at + 3]!;
  if (bytes[at] !== 0xff || (b1 & 0xe0) !== 0xe0) return null;
  const version = (b1 >> 3) & 0x3; // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
  const layer = (b1 >> 1) & 0x3; // 1: Layer III
  if (version === 1 || layer !== 1) return null;
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 0x3;
  if (bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return null;
  const mpeg1 = version === 3;
  const bitrate = (mpeg1 ? BITRATES_V1_L3 : BITRATES_V2_L3)[bitrateIndex]!;
  const sampleRate = SAMPLE_RATES_V1[rateIndex]! / (mpeg1 ? 1 : version === 2 ? 2 : 4);
  const padding = (b2 >> 1) & 0x1;
  const channels = (b3 >> 6) === 3 ? 1 : 2;
  const length = Math.floor(((mpeg1 ? 144 : 72) * bitrate * 1000) / sampleRate) + padding;
  const sideInfo = mpeg1 ? (channels === 1 ? 17 : 32) : channels === 1 ? 9 : 17;
  return { bitrate, sampleRate, channels, length, sideInfo, crc: (b1 & 0x1) === 0 };
}

function id3v2Size(bytes: Uint8Array): number {
  if (bytes.length < 10 || bytes[0] !== 0x49 || bytes[1] !== 0x44 || bytes[2] !== 0x33) return 0;
  const size = ((bytes[6]! & 0x7f) << 21) | ((bytes[7]! & 0x7f) << 14) | ((bytes[8]! & 0x7f) << 7) | (bytes[9]! & 0x7f);
  const footer = (bytes[5]! & 0x10) !== 0 ? 10 : 0;
  return 10 + size + footer;
}

export function scanMp3Frames(bytes: Uint8Array): Mp3FrameSummary | null {
  let at = id3v2Size(bytes);
  // The first frame is the first sync whose successor is also a frame, so stray 0xFF bytes are skipped.
  let first: FrameHeader | null = null;
  for (; at + 4 <= bytes.length; at++) {
    const header = readHeader(bytes, at);
    if (header && (at + header.length >= bytes.length || readHeader(bytes, at + header.length))) {
      first = header;
      break;
    }
  }
  if (!first) return null;

  const tagAt = at + 4 + (first.crc ? 2 : 0) + first.sideInfo;
  const tag = String.fromCharCode(...bytes.subarray(tagAt, tagAt + 4));
  const header = tag === 'Info' || tag === 'Xing' ? tag : null;

  const bitrates = new Set<number>();
  let frames = 0;
  if (header) at += first.length;
  for (;;) {
    const frame = readHeader(bytes, at);
    if (!frame || at + frame.length > bytes.length) break;
    bitrates.add(frame.bitrate);
    frames++;
    at += frame.length;
  }
  const bitratesKbps = [...bitrates].sort((a, b) => a - b);
  return {
    frames,
    bitratesKbps,
    sampleRate: first.sampleRate,
    channels: first.channels,
    header,
    constantBitrate: bitratesKbps.length === 1 && header !== 'Xing',
  };
}
