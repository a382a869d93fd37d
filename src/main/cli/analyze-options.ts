import { parseArgs } from 'node:util';
import { DEFAULT_LLM_SETTINGS } from '../../shared/settings';
import { workerCount } from './cli-worker-pool';

export interface AnalyzeRequest {
  file: string;
  format: 'json' | 'text';
  /** Worker threads for a PDF, from 1 to 16. */
  workers: number;
  llm?: string;
  llmModel: string;
}

export type ParsedAnalyze = { kind: 'run'; request: AnalyzeRequest } | { kind: 'help' } | { kind: 'usage'; problem?: string };

/** Reads `dramatis analyze` arguments; anything that is not a valid request is help or a usage error. */
export function parseAnalyzeArgs(argv: string[]): ParsedAnalyze {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        workers: { type: 'string', default: '2' },
        llm: { type: 'string' },
        'llm-model': { type: 'string', default: DEFAULT_LLM_SETTINGS.model },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { kind: 'usage', problem: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [command, file] = positionals;
  const format = values.format;
  if (command !== 'analyze' || !file || (format !== 'json' && format !== 'text')) return { kind: 'usage' };
  return {
    kind: 'run',
    request: { file, format, workers: workerCount(values.workers), llm: values.llm, llmModel: values['llm-model'] },
  };
}
