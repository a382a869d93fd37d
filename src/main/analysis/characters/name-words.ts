/**
 * Capitalised words that are never part of a name: function words that start sentences,
 * interjections and auxiliaries. Lower case.
 */
const FUNCTION = `
i i'm i'll i've i'd im ill ive id me my mine myself we us our ours you your yours yourself he him his himself she her hers herself
it its itself they them their theirs one ones a an the this that these those there here then than when where why what which who whom
whose how whether if unless until till while whilst though although because since before after during about above below under over
into onto upon within without through throughout between among amongst against towards toward beside besides beyond across along
around behind near at in on of to for from by with as so such very too also only just even still yet already again ever never always
often sometimes perhaps maybe indeed really quite rather almost all both each every either neither none no nor not nothing
some any many much more most other another same own few less least several enough first second third last next once twice
and but or yes yeah nay oh ah aha alas hush hum hm hmm ha hah ho hey hi hello hallo halloa hullo well now pray please
bah pshaw tut tush psha fie hurrah hurray bravo amen ahem eh o lo behold hark goodbye good-bye farewell thank thanks
do does did done don't doesn't didn't is are was were be been being am isn't aren't wasn't weren't have has had having haven't
hasn't hadn't can could couldn't can't cannot shall should shouldn't will would wouldn't won't may might must mustn't let let's
say says said tell told ask asked go come came went get got make made take took see saw look looked think thought know knew
`;

/** Words that are not a name when they stand alone: address, kinship, God, days, months, peoples. */
const LONE = `
good bad great little old new young long short high low dear poor sweet fine right left true false sure certain whole half
god lord heaven heavens christ jesus providence fate fortune nature devil
sir madam madame ma'am mam miss mister mrs mr ms mademoiselle monsieur signor master mistress lady gentlemen ladies sirs
ladyship lordship majesty highness honour honor excellency grace reverence worship
papa mamma mama mum mummy daddy dad pa ma grandpapa grandmamma granny nurse father mother brother sister uncle aunt cousin
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
christmas easter michaelmas lent whitsun
english french german russian italian spanish irish scotch scottish welsh american indian european chinese
chapter book volume part stave canto section footnote note preface introduction epilogue prologue contents end
`;

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(FUNCTION.split(/\s+/).filter(Boolean));
export const LONE_NON_NAMES: ReadonlySet<string> = new Set([...LONE.split(/\s+/).filter(Boolean), ...FUNCTION_WORDS]);

/** Words that may join the parts of one name: `Lady Catherine de Bourgh`, `the King of Hearts`. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'du', 'des', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'le', 'la', 'of', 'y']);

/** Prepositions that put a place after them (`at Longbourn`, `to London`). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'into', 'to', 'from', 'near', 'towards', 'toward', 'through', 'across', 'inside', 'outside', 'round', 'around', 'beyond', 'within', 'via', 'street', 'road']);
