/** A written number: optional sign, thousands separators, decimals. */
export const NUMBER = String.raw`[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
/** Where a number ends: not inside a word, and not before more digits after a separator. */
export const END = String.raw`(?![\p{L}\p{N}]|[.,]\d)`;
