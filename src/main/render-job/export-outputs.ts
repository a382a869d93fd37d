import type { OutputKind } from '../../shared/render';
import { numberUnits, sha256, type ExportUnit, type UnitFiles } from './export-units';
import type { WantedFormats } from './render-project';

/** One file the export consists of: what it is, what it is built from, and whether it is already on disk as it would come out. */
export interface ExportOutput {
  file: string;
  kind: OutputKind | 'captions' | 'read-along';
  chapterId: number | null;
  hash: string;
  current: boolean;
}

export interface OutputLayout {
  numbered: UnitFiles[];
  outputs: ExportOutput[];
}

export interface LayoutInputs {
  units: readonly ExportUnit[];
  /** Parts per unit, by unit id. */
  parts: ReadonlyMap<string, number>;
  want: WantedFormats;
  names: { m4b: string; sample: string; epub: string };
  /** The book's tags as they go into the files (the cover by its hash). */
  tags: unknown;
  sampleRate: number;
  m4bBitrateKbps: number;
  /** The file exists and was last written from inputs with this hash. */
  isCurrent(file: string, hash: string): boolean;
}

export function mp3Kind(unit: ExportUnit): OutputKind {
  return unit.kind === 'chapter' ? 'chapter-mp3' : unit.kind;
}

/** The retail sample comes from the first body chapter. */
export function retailSampleUnit(units: readonly ExportUnit[]): ExportUnit | null {
  return units.find((u) => u.chapterKind === 'body') ?? null;
}

/**
 * Every file of the export with the hash of what it is made from: the M4B from every unit, each
 * MP3 and caption file from its unit, its name and its track, the retail sample from its chapter,
 * the read-along book from every chapter (and the MP3s it embeds).
 */
export function layOutOutputs(inputs: LayoutInputs): OutputLayout {
  const { units, want, names, tags, sampleRate: rate } = inputs;
  const numbered = numberUnits(units, inputs.parts);
  const total = numbered.reduce((n, f) => n + f.parts, 0);
  const outputs: ExportOutput[] = [];
  const add = (file: string, kind: ExportOutput['kind'], chapterId: number | null, material: unknown): void => {
    const hash = sha256(material);
    outputs.push({ file, kind, chapterId, hash, current: inputs.isCurrent(file, hash) });
  };
  if (want.m4b) add(names.m4b, 'm4b', null, { kind: 'm4b', units: units.map((u) => u.hash), tags, rate, bitrate: inputs.m4bBitrateKbps });
  for (const files of numbered) {
    files.stems.forEach((stem, part) => {
      const unit = files.unit.hash;
      if (want.mp3) add(`${stem}.mp3`, mp3Kind(files.unit), files.unit.chapterId, { kind: 'mp3', unit, stem, track: files.firstTrack + part, total, part, tags, rate });
      if (want.vtt) add(`${stem}.vtt`, 'captions', files.unit.chapterId, { kind: 'vtt', unit, stem, part, rate, timedBy: want.mp3 ? 'mp3' : 'm4b' });
    });
  }
  const sampleUnit = retailSampleUnit(units);
  if (want.mp3 && sampleUnit) add(names.sample, 'retail-sample', sampleUnit.chapterId, { kind: 'sample', unit: sampleUnit.hash, tags, rate });
  if (want.epub) {
    const mp3s = want.mp3 ? outputs.filter((o) => o.kind === 'chapter-mp3').map((o) => o.hash) : null;
    add(names.epub, 'read-along', null, { kind: 'epub', chapters: units.filter((u) => u.kind === 'chapter').map((u) => u.hash), mp3s, rate });
  }
  return { numbered, outputs };
}

/** The units to assemble for the files that are not current: every unit for the M4B or the read-along book. */
export function unitsNeeded(layout: OutputLayout, units: readonly ExportUnit[]): Set<string> {
  const ids = new Set<string>();
  const stale = layout.outputs.filter((o) => !o.current);
  if (stale.some((o) => o.kind === 'm4b' || o.kind === 'read-along')) for (const u of units) ids.add(u.id);
  const sampleUnit = retailSampleUnit(units);
  for (const o of stale) {
    if (o.kind === 'retail-sample') {
      if (sampleUnit) ids.add(sampleUnit.id);
    } else if (o.kind !== 'm4b' && o.kind !== 'read-along') {
      const stem = o.file.replace(/\.(mp3|vtt)$/, '');
      const owner = layout.numbered.find((f) => f.stems.includes(stem));
      if (owner) ids.add(owner.unit.id);
    }
  }
  return ids;
}
