const number = new Intl.NumberFormat('en');

export function formatWordCount(words: number): string {
  return `${number.format(words)} ${words === 1 ? 'word' : 'words'}`;
}
