import { readAlongCorpusSuite } from './testing/corpus-suite';

// The Standard Ebooks original passes epubcheck 4.2.6 cleanly, so the read-along edition must too.
readAlongCorpusSuite({ file: 'epub/pride-and-prejudice.epub', overlays: 61, originalHasErrors: false });
