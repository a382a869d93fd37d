/** eSpeak NG language names (`en-gb-x-rp`, `cmn-latn-pinyin`) as BCP 47 tags (`en-GB-x-rp`, `cmn-Latn-pinyin`). */
export function espeakToBcp47(language: string): string {
  const subtags = language.split('-');
  let privateUse = false;
  return subtags
    .map((tag, i) => {
      if (i === 0 || privateUse) return tag.toLowerCase();
      if (tag.toLowerCase() === 'x') {
        privateUse = true;
        return 'x';
      }
      if (/^[a-z]{2}$/i.test(tag)) return tag.toUpperCase();
      if (/^[a-z]{4}$/i.test(tag)) return tag[0]?.toUpperCase() + tag.slice(1).toLowerCase();
      return tag.toLowerCase();
    })
    .join('-');
}

/** A BCP 47 tag or an eSpeak NG voice name, as the voice name eSpeak NG looks up. */
export function bcp47ToEspeak(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}
