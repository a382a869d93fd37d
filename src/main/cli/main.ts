import { runtimeFiles } from '../runtime-files';
import { runCli } from './run-cli';

/** The `dramatis` command line, built to out/main/cli.js and run under plain Node. */
const write = (text: string): Promise<void> =>
  new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));

runCli(process.argv.slice(2), { stdout: write, stderr: (text) => process.stderr.write(text) }, { workerFile: runtimeFiles(import.meta.url).workerFile })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`Internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
