// Loaded with `node --import` by tests: prints the process's peak resident memory (all threads) at exit.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
