import { runtimeFiles } from '../runtime-files';
import { runCli } from './run-cli';

/** The `dramatis` command line, built to out/main/cli.js and run under plain Node. */
const write = (text: string): Promise<void> =>
  new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));

runCli(process.argv.slice(2), { stdout: write, stderr: (text) => process.stderr.write(text) }, { workerFile: runtimeFiles(import.meta.url).workerFile })
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
