/**
 * Verbs that introduce or tag speech and thought (`said Jane`, `Jane replied`), in the forms a
 * narrative uses: past tense, present tense and a few phrasal forms. Thoughts count because a quoted
 * thought is voiced like a line.
 */
const PAST = [
  'called',
  'said', 'asked', 'cried', 'replied', 'answered', 'returned', 'added', 'continued', 'exclaimed', 'observed',
  'remarked', 'whispered', 'shouted', 'muttered', 'murmured', 'inquired', 'enquired', 'rejoined', 'retorted',
  'repeated', 'began', 'resumed', 'interrupted', 'pursued', 'protested', 'declared', 'urged', 'responded', 'groaned',
  'sighed', 'laughed', 'sobbed', 'growled', 'snapped', 'thought', 'explained', 'suggested', 'insisted', 'admitted',
  'agreed', 'objected', 'demanded', 'persisted', 'screamed', 'shrieked', 'roared', 'yelled', 'stammered', 'faltered',
  'spluttered', 'sputtered', 'grumbled', 'complained', 'ventured', 'mused', 'reflected', 'wondered', 'whimpered',
  'sang', 'hummed', 'panted', 'gasped', 'breathed', 'hissed', 'squeaked', 'bellowed', 'thundered', 'snarled',
  'sneered', 'concluded', 'assented', 'affirmed', 'announced', 'asserted', 'chuckled', 'commented', 'conceded',
  'confessed', 'corrected', 'croaked', 'drawled', 'echoed', 'entreated', 'giggled', 'grunted', 'implored', 'joked',
  'lamented', 'mumbled', 'ordered', 'pleaded', 'prompted', 'queried', 'questioned', 'quoth', 'reminded', 'reasoned',
  'reiterated', 'remonstrated', 'reported', 'scolded', 'sniffed', 'stated', 'stuttered', 'teased', 'threatened',
  'wailed', 'warned', 'whined', 'wheezed', 'moaned', 'bawled', 'squealed', 'stormed', 'recommended', 'acknowledged',
  'vociferated', 'ejaculated', 'expostulated', 'interposed', 'proceeded', 'told', 'went', 'put', 'broke', 'struck',
  'cut', 'chimed', 'burst', 'soliloquised', 'soliloquized', 'screeched', 'hazarded', 'sniggered', 'purred',
  'pronounced', 'submitted', 'blustered', 'cautioned', 'assured', 'lisped', 'cackled', 'simpered', 'volunteered',
  'apologised', 'apologized', 'stipulated', 'insinuated', 'besought', 'howled', 'yelped', 'barked', 'piped',
  'trilled', 'chirped', 'chattered', 'babbled', 'prattled', 'gabbled', 'intoned', 'rapped', 'blurted', 'allowed',
  'granted', 'quavered', 'asseverated', 'averred', 'opined', 'vouchsafed', 'countered', 'rasped', 'exulted',
  'scoffed', 'jeered', 'taunted', 'coaxed', 'cooed', 'crooned', 'hollered', 'boomed', 'recalled', 'marvelled',
  'marveled', 'accosted',
];

const PRESENT = [
  'says', 'asks', 'cries', 'replies', 'answers', 'returns', 'adds', 'continues', 'exclaims', 'observes', 'remarks',
  'whispers', 'shouts', 'calls', 'mutters', 'murmurs', 'inquires', 'enquires', 'rejoins', 'retorts', 'repeats',
  'begins', 'resumes', 'interrupts', 'pursues', 'protests', 'declares', 'urges', 'responds', 'groans', 'sighs',
  'laughs', 'sobs', 'growls', 'snaps', 'thinks', 'explains', 'suggests', 'insists', 'admits', 'agrees', 'objects',
  'demands', 'persists', 'screams', 'shrieks', 'roars', 'yells', 'stammers', 'falters', 'grumbles', 'complains',
  'ventures', 'muses', 'wonders', 'sings', 'hums', 'gasps', 'hisses', 'squeaks', 'bellows', 'snarls', 'concludes',
  'announces', 'chuckles', 'mumbles', 'pleads', 'goes', 'puts', 'breaks', 'say', 'ask', 'cry', 'reply', 'answer',
];

/** Bare forms that tag speech only after `began to`, `would` or `did` (`began to think`, `would only whisper`). */
const BARE = ['think', 'exclaim', 'whisper', 'shout', 'mutter', 'murmur', 'remark', 'observe', 'add', 'inquire', 'enquire', 'sing'];

/** Whether `word` is a bare form that tags speech only after `to`, `would` or `did`. */
export function isBareSpeechVerb(word: string): boolean {
  return BARE_SET.has(word);
}

/** The particle that completes a phrasal speech verb: `went on`, `put in`, `broke in`. */
const PHRASAL = new Map<string, string[]>([
  ['went', ['on']],
  ['goes', ['on']],
  ['put', ['in']],
  ['puts', ['in']],
  ['broke', ['in', 'out']],
  ['breaks', ['in', 'out']],
  ['struck', ['in']],
  ['cut', ['in']],
  ['chimed', ['in']],
  ['burst', ['out']],
]);

export const SPEECH_VERBS: ReadonlySet<string> = new Set([...PAST, ...PRESENT]);
const BARE_SET: ReadonlySet<string> = new Set(BARE);

/** Whether `word` (lower case) followed by `next` (lower case, may be empty) tags speech. */
export function isSpeechVerb(word: string, next: string): boolean {
  if (!SPEECH_VERBS.has(word)) return false;
  const particles = PHRASAL.get(word);
  return particles === undefined || particles.includes(next);
}

const PARTICIPLES = new Set([
  'saying', 'asking', 'crying', 'replying', 'answering', 'adding', 'continuing', 'exclaiming', 'whispering',
  'shouting', 'calling', 'muttering', 'murmuring', 'repeating', 'singing', 'humming', 'beginning', 'began',
  'begun', 'thinking', 'screaming', 'shrieking', 'roaring', 'yelling', 'sobbing', 'groaning', 'sighing',
  'laughing', 'interrupting', 'inquiring', 'enquiring', 'remarking', 'observing', 'declaring', 'protesting',
  'explaining', 'wondering', 'cackling', 'cackled', 'bawling', 'bellowing', 'chanting', 'chanted',
  'uttered', 'uttering', 'whimpering', 'grumbling', 'muttered',
]);

/** `saying`, `began`, `read out`: forms that introduce a quote without being a tag. */
export function isSpeechParticiple(word: string): boolean {
  return PARTICIPLES.has(word);
}
