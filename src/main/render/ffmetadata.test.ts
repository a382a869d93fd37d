import { describe, expect, it } from 'vitest';
import { creditLines } from './credits';
import { escapeMetadata, ffmetadata } from './ffmetadata';
import { safeFileName, trackFileName } from './output-names';

describe('ffmetadata', () => {
  it('escapes the characters FFMETADATA treats specially', () => {
    expect(escapeMetadata('a=b;c#d\\e\nf')).toBe('a\\=b\\;c\\#d\\\\e\\\nf');
  });

  it('writes the tags players read and a chapter block per chapter in milliseconds', () => {
    const text = ffmetadata({ title: 'A Christmas Carol', author: 'Charles Dickens', narrator: 'Kokoro (synthetic)', year: '1843', genre: 'Fiction' }, [
      { title: 'Stave One', startSeconds: 0, endSeconds: 61.2345 },
      { title: 'Stave Two', startSeconds: 61.2345, endSeconds: 120 },
    ]);
    expect(text.split('\n')).toEqual([
      ';FFMETADATA1',
      'title=A Christmas Carol',
      'album=A Christmas Carol',
      'artist=Charles Dickens',
      'album_artist=Charles Dickens',
      'composer=Kokoro (synthetic)',
      'genre=Fiction',
      'date=1843',
      '',
      '[CHAPTER]',
      'TIMEBASE=1/1000',
      'START=0',
      'END=61235',
      'title=Stave One',
      '',
      '[CHAPTER]',
      'TIMEBASE=1/1000',
      'START=61235',
      'END=120000',
      'title=Stave Two',
      '',
    ]);
  });
});

describe('creditLines', () => {
  it('names title, author and narrator, and closes with the end', () => {
    expect(creditLines({ title: 'A Christmas Carol', author: 'Charles Dickens', narrator: 'Dramatis' })).toEqual({
      opening: ['A Christmas Carol.', 'Written by Charles Dickens.', 'Narrated by Dramatis.'],
      closing: ['This has been A Christmas Carol.', 'Written by Charles Dickens.', 'Narrated by Dramatis.', 'The end.'],
    });
    expect(creditLines({ title: 'What Now?', author: '', narrator: 'X' }).opening).toEqual(['What Now?', 'Narrated by X.']);
  });
});

describe('output names', () => {
  it('keeps names safe on every file system', () => {
    expect(safeFileName('Stave I: Marley\'s Ghost / "Part" <1>?')).toBe("Stave I Marley's Ghost Part 1");
    expect(safeFileName('...')).toBe('audiobook');
    expect(safeFileName('CON')).toBe('audiobook');
    expect(safeFileName('a\u0007b')).toBe('a b');
  });

  it('numbers tracks so they sort in order', () => {
    expect(trackFileName(3, 12, 'Stave Three', 'mp3')).toBe('03 Stave Three.mp3');
    expect(trackFileName(7, 120, 'x', 'vtt')).toBe('007 x.vtt');
  });
});
