import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gender } from '../../../../shared/script';
import type { CastMember } from '../casting-types';

/**
 * A real cast for casting tests: a novel of the Project Dialogism Novel Corpus read as characters
 * (with their annotated gender and number of quotations) and scenes (the speakers of each chapter).
 */
export function pdncCast(novelDir: string): { characters: CastMember[]; scenes: string[][] } {
  const text = readFileSync(join(novelDir, 'novel_text.txt'), 'utf8');
  const chapterStarts = [...text.matchAll(/^CHAPTER [IVXLC]+\.?\s*$/gm)].map((m) => m.index);
  const info = parseCsv(readFileSync(join(novelDir, 'character_info.csv'), 'utf8'));
  const genders = new Map(info.map((row) => [row['Main Name']!, gender(row['Gender'] ?? '')]));
  const quotes = parseCsv(readFileSync(join(novelDir, 'quotation_info.csv'), 'utf8'));

  const lines = new Map<string, number>();
  const scenes = chapterStarts.map(() => new Set<string>());
  for (const quote of quotes) {
    const speaker = quote['speaker'] ?? '';
    const start = Number(/\d+/.exec(quote['quoteByteSpans'] ?? '')?.[0] ?? NaN);
    if (!speaker || !Number.isFinite(start)) continue;
    lines.set(speaker, (lines.get(speaker) ?? 0) + 1);
    const chapter = chapterStarts.findLastIndex((s) => s <= start);
    if (chapter >= 0) scenes[chapter]!.add(speaker);
  }
  const characters = [...lines].map(([name, count]) => ({ id: name, name, gender: genders.get(name) ?? 'unknown', lines: count }));
  return { characters, scenes: scenes.map((s) => [...s]).filter((s) => s.length > 0) };
}

function gender(code: string): Gender {
  return code === 'F' ? 'female' : code === 'M' ? 'male' : 'unknown';
}

/** RFC 4180 CSV with a header row: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(source: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length > 0) rows.push([...row, field]);
  const [header, ...body] = rows;
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries((header ?? []).map((name, i) => [name, r[i] ?? ''])));
}
