import { runtimeFiles } from '../runtime-files';
import { startPdfWorkersEarly } from './early-pdf-workers';

/** The `dramatis` command line, built to out/main/cli.js and run under plain Node. */
const write = (text: string): Promise<void> =>
  new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));

const argv = process.argv.slice(2);
const { workerFile } = runtimeFiles(import.meta.url);
// Started before the command line's own modules load, which the dynamic import below keeps apart.
const pool = startPdfWorkersEarly(argv, workerFile);
const { runCli } = await import('./run-cli');

runCli(argv, { stdout: write, stderr: (text) => process.stderr.write(text) }, { workerFile, pool })
  .then((code) => {
    // Everything is written (each write waited for its callback). Exiting here rather than when the
    // event loop drains: a worker thread still stopping after a refused PDF (a password prompt inside
    // pdf.js) has been seen to keep the process alive now and then.
    process.exit(code);
  })
  .catch((error: unknown) => {
    process.stderr.write(`Internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
