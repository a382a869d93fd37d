import { describe, expect, it } from 'vitest';
import { CAST, member } from '../../testing/script-fixtures';
import { speakerOptions, speakerShortcuts } from './speaker-options';

const names = (list: ReadonlyArray<{ name: string }>): string[] => list.map((c) => c.name);
const optionNames = (options: ReturnType<typeof speakerOptions>): string[] =>
  options.map((o) => (o.kind === 'new' ? `new:${o.name}` : `${o.slot ?? '-'}:${o.member.name}`));

describe('the speaker shortcuts', () => {
  it('puts the recent speakers first, then the busiest characters, never the narrator unless chosen', () => {
    expect(names(speakerShortcuts([4, 99], CAST))).toEqual(['Jane', 'Elizabeth', 'Mr. Darcy', 'Mrs. Bennet']);
    expect(names(speakerShortcuts([1], CAST))[0]).toBe('Narrator');
  });

  it('reaches nine at most', () => {
    const many = Array.from({ length: 20 }, (_, i) => member(i + 10, `Person ${i}`, { lines: i }));
    expect(speakerShortcuts([], many)).toHaveLength(9);
  });
});

describe('the speaker menu options', () => {
  const shortcuts = speakerShortcuts([3], CAST);

  it('lists the shortcuts with their numbers, everyone else, then a new character', () => {
    expect(optionNames(speakerOptions(CAST, shortcuts, ''))).toEqual([
      '1:Mr. Darcy',
      '2:Elizabeth',
      '3:Jane',
      '4:Mrs. Bennet',
      '-:Narrator',
      'new:',
    ]);
  });

  it('matches names and aliases, start of a name before a word before inside, and offers the typed name as new', () => {
    expect(optionNames(speakerOptions(CAST, shortcuts, 'lizz'))).toEqual(['2:Elizabeth', 'new:lizz']);
    expect(optionNames(speakerOptions(CAST, shortcuts, 'darcy'))).toEqual(['1:Mr. Darcy', 'new:darcy']);
    expect(optionNames(speakerOptions(CAST, shortcuts, 'e'))).toEqual(['2:Elizabeth', '3:Jane', '4:Mrs. Bennet', 'new:e']);
    expect(optionNames(speakerOptions(CAST, shortcuts, 'b'))).toEqual(['4:Mrs. Bennet', '2:Elizabeth', 'new:b']);
    expect(optionNames(speakerOptions(CAST, shortcuts, '  Mr Collins '))).toEqual(['new:Mr Collins']);
  });

  it('folds case and accents, and offers no new character named exactly like one in the cast', () => {
    const cast = [...CAST, member(8, 'Éloïse')];
    expect(optionNames(speakerOptions(cast, shortcuts, 'eloise'))).toEqual(['-:Éloïse']);
    expect(optionNames(speakerOptions(cast, shortcuts, 'JANE'))).toEqual(['3:Jane']);
  });
});
