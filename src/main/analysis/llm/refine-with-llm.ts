import type { Segment } from '../../../shared/script';
import type { AnalysisInput, AnalysisResult } from '../analyze-book';
import { buildLinePrompt, readReply } from './attribution-prompt';
import { LlmError, type LlmClient } from './ollama-client';

export interface RefineOptions {
  /** Lines below this confidence are sent to the model. */
  threshold?: number;
  /** At most this many requests (the rest keep the rule result). */
  maxRequests?: number;
  signal?: AbortSignal;
  progress?: (done: number, total: number) => void;
}

export interface RefineOutcome {
  result: AnalysisResult;
  /** One sentence per line whose reply failed or made no sense; the rule result was kept. */
  warnings: string[];
  asked: number;
  changed: number;
}

export const LLM_CONFIDENCE = 0.7;
const DEFAULT_THRESHOLD = 0.6;
const DEFAULT_MAX_REQUESTS = 2000;

/**
 * Asks a local model about the lines the rules left uncertain. A reply that names a candidate
 * replaces the rule's speaker (reason `llm`); "unknown" keeps it silently; a failed, slow or
 * nonsensical reply keeps it and adds a warning. The input result is not modified. Requests run
 * in parallel, one per endpoint. `input` supplies the chapter titles for the prompt.
 */
export async function refineWithLlm(result: AnalysisResult, input: AnalysisInput, client: LlmClient, options: RefineOptions = {}): Promise<RefineOutcome> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const chapters = result.chapters.map((c) => ({ segments: c.segments.map((s) => ({ ...s })) }));
  const jobs: Array<{ segments: Segment[]; index: number; title: string }> = [];
  chapters.forEach((chapter, c) => {
    const title = input.chapters[c]?.title ?? '';
    chapter.segments.forEach((s, index) => {
      if (s.kind === 'dialogue' && s.confidence < threshold) jobs.push({ segments: chapter.segments, index, title });
    });
  });
  const queue = jobs.slice(0, options.maxRequests ?? DEFAULT_MAX_REQUESTS);
  const warnings: string[] = [];
  let changed = 0;
  let done = 0;
  let cursor = 0;
  const worker = async (): Promise<void> => {
    for (let job = queue[cursor++]; job; job = queue[cursor++]) {
      options.signal?.throwIfAborted();
      const segment = job.segments[job.index];
      if (!segment) continue;
      const prompt = buildLinePrompt(job.segments, job.index, result.characters, job.title);
      if (prompt.candidates.length >= 2) {
        try {
          const reply = await client.chat({ messages: [{ role: 'system', content: prompt.system }, { role: 'user', content: prompt.user }], format: prompt.format }, options.signal);
          const who = readReply(reply, prompt.candidates);
          if (who === undefined) warnings.push(`The language model gave no usable speaker for "${excerpt(segment.text)}"; the rule result was kept.`);
          else if (who && who.id !== segment.speakerId) {
            segment.speakerId = who.id;
            segment.confidence = LLM_CONFIDENCE;
            segment.reason = 'llm';
            changed++;
          } else if (who) segment.confidence = Math.max(segment.confidence, LLM_CONFIDENCE);
        } catch (error) {
          if (error instanceof LlmError && error.code === 'ABORTED') throw error;
          warnings.push(`The language model failed on "${excerpt(segment.text)}" (${error instanceof Error ? error.message : String(error)}); the rule result was kept.`);
        }
      }
      options.progress?.(++done, queue.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, client.endpointCount) }, worker));
  const lines = new Map<string, number>();
  for (const c of chapters) for (const s of c.segments) if (s.kind === 'dialogue' && s.speakerId) lines.set(s.speakerId, (lines.get(s.speakerId) ?? 0) + 1);
  return {
    result: { chapters, characters: result.characters.map((c) => ({ ...c, lines: lines.get(c.id) ?? 0 })) },
    warnings,
    asked: queue.length,
    changed,
  };
}

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
