import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { isStudioError } from '../../shared/errors';
import { DEFAULT_LLM_SETTINGS } from '../../shared/settings';
import { parseAnalyzeArgs } from './analyze-options';
import { cliWorkerPool } from './cli-worker-pool';
import { analyzeBook } from '../analysis/analyze-book';
import { createOllamaClient } from '../analysis/llm/ollama-client';
import { refineWithLlm } from '../analysis/llm/refine-with-llm';
import { importManuscript } from '../import/import-manuscript';
import { pooledPdfPageSource } from '../jobs/pooled-pdf-page-source';
import type { WorkerPool } from '../jobs/worker-pool';
import { readManuscript } from '../studio/read-manuscript';
import { analysisJsonChunks, toAnalysisDocument } from './analysis-document';
import { textSummary } from './text-summary';

export interface CliIo {
  stdout: (text: string) => Promise<void>;
  stderr: (text: string) => void;
}

export const USAGE = `Usage: dramatis analyze FILE [--format json|text] [--workers N] [--llm URL[,URL...]] [--llm-model NAME]
       dramatis render FILE|PROJECT --out DIR [--format m4b|mp3|all] [--target acx|ebu|podcast] (render --help for more)

Reads a manuscript (EPUB, PDF, DOCX, Markdown, HTML or plain text) and prints its book metadata,
chapters, narration and dialogue segments, and the characters who speak. With --llm, the lines the
rules leave uncertain go to a local Ollama server (or several, comma-separated); a failed reply keeps
the rule result and prints a warning on stderr. Exit codes: 0 success, 2 the input was refused (the
reason is printed), 1 an internal error.
`;

/** The command line: returns the exit code. Refusals are exit 2, with the reason on both streams. */
export async function runCli(argv: string[], io: CliIo, options: { workerFile?: string; pool?: WorkerPool } = {}): Promise<number> {
  if (argv[0] === 'render') {
    // Rendering pulls in the voice engines, FFmpeg and the project store; `analyze` should not pay
    // for loading them.
    const { runRenderCommand } = await import('./render-command');
    return runRenderCommand(argv.slice(1), io, { workerFile: options.workerFile, tty: process.stderr.isTTY === true });
  }
  const parsed = parseAnalyzeArgs(argv);
  if (parsed.kind === 'help') {
    await io.stdout(USAGE);
    return 0;
  }
  if (parsed.kind === 'usage') {
    io.stderr(parsed.problem ? `${parsed.problem}\n\n${USAGE}` : USAGE);
    return 2;
  }
  const { file, format, workers, llm, llmModel } = parsed.request;
  const pool = options.pool ?? (options.workerFile && existsSync(options.workerFile) ? cliWorkerPool(options.workerFile, workers) : null);
  let closing: Promise<void> | undefined;
  try {
    const { bytes } = await readManuscript({ kind: 'path', path: file });
    const { imported, sourceText } = await importManuscript(bytes, {
      fileName: basename(file),
      pdfPages: pool ? pooledPdfPageSource(pool, workers) : undefined,
    });
    // Only the import uses the workers: they stop, and give back their memory, while the book is analysed.
    closing = pool?.close();
    const input = { chapters: imported.chapters, sourceText: sourceText ?? undefined };
    let analysis = analyzeBook(input);
    if (llm) {
      const endpoints = llm.split(',').map((e) => e.trim()).filter(Boolean);
      const client = createOllamaClient({ endpoints, model: llmModel, timeoutMs: DEFAULT_LLM_SETTINGS.timeoutMs });
      const refined = await refineWithLlm(analysis, input, client, { threshold: DEFAULT_LLM_SETTINGS.threshold });
      for (const warning of refined.warnings) io.stderr(`${warning}\n`);
      analysis = refined.result;
    }
    if (format === 'text') await io.stdout(textSummary(imported, analysis));
    else for (const chunk of analysisJsonChunks(toAnalysisDocument(imported, analysis))) await io.stdout(chunk);
    return 0;
  } catch (error) {
    if (isStudioError(error)) {
      if (format === 'json') await io.stdout(`${JSON.stringify({ error: error.toInfo() })}\n`);
      io.stderr(`${error.message}\n`);
      return 2;
    }
    io.stderr(`Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  } finally {
    await (closing ?? pool?.close());
  }
}
