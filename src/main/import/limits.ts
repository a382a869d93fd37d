/** Bounds that keep hostile input from exhausting memory or time. */
export const LIMITS = {
  /** Largest manuscript file accepted at all. */
  maxInputBytes: 300 * 1024 * 1024,
  /** Largest total of inflated zip entries that an EPUB or DOCX may read. */
  maxInflatedBytes: 256 * 1024 * 1024,
  /** Largest single inflated zip entry. */
  maxEntryBytes: 64 * 1024 * 1024,
  /** Most zip entries in one archive. */
  maxZipEntries: 20_000,
  /** Inflated size over compressed size beyond which an entry is treated as a bomb. */
  maxCompressionRatio: 200,
  /** Most PDF pages. */
  maxPdfPages: 5_000,
} as const;
