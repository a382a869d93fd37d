/**
 * A small client for Ollama's chat API (`POST /api/chat`, `stream: false`, a JSON schema in
 * `format`). Requests go round-robin over the configured endpoints; one that fails is retried once
 * on the next endpoint. Every failure is an `LlmError` with a stable code, never a hang: each
 * request has a timeout and honours the caller's AbortSignal.
 */

export interface OllamaSettings {
  /** Base URLs such as `http://127.0.0.1:11434`; requests are spread over them. */
  endpoints: string[];
  model: string;
  timeoutMs: number;
}

export const DEFAULT_OLLAMA_SETTINGS: OllamaSettings = {
  endpoints: ['http://127.0.0.1:11434'],
  model: 'llama3.1:8b',
  timeoutMs: 20_000,
};

export type LlmErrorCode = 'TIMEOUT' | 'HTTP' | 'NETWORK' | 'MALFORMED' | 'ABORTED' | 'NO_ENDPOINT';

export class LlmError extends Error {
  constructor(
    readonly code: LlmErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LlmError';
  }
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatRequest {
  messages: ChatMessage[];
  /** A JSON schema the reply must follow. */
  format: Record<string, unknown>;
}

export interface LlmClient {
  /** The reply's message content parsed as JSON. */
  chat(request: ChatRequest, signal?: AbortSignal): Promise<unknown>;
  readonly endpointCount: number;
}

type Fetch = typeof fetch;

export function createOllamaClient(settings: OllamaSettings, fetchImpl: Fetch = fetch): LlmClient {
  const endpoints = settings.endpoints.map((e) => e.replace(/\/+$/, '')).filter(Boolean);
  let next = 0;

  async function once(endpoint: string, request: ChatRequest, signal: AbortSignal | undefined): Promise<unknown> {
    const timeout = AbortSignal.timeout(settings.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await fetchImpl(`${endpoint}/api/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: settings.model, messages: request.messages, format: request.format, stream: false, options: { temperature: 0 } }),
        signal: combined,
      });
    } catch (error) {
      throw classify(error, signal, timeout, endpoint, settings.timeoutMs);
    }
    let body: string;
    try {
      body = await response.text();
    } catch (error) {
      throw classify(error, signal, timeout, endpoint, settings.timeoutMs);
    }
    if (!response.ok) throw new LlmError('HTTP', `${endpoint} answered ${response.status}: ${body.slice(0, 200)}`);
    let envelope: unknown;
    try {
      envelope = JSON.parse(body);
    } catch {
      throw new LlmError('MALFORMED', `${endpoint} sent a reply that is not JSON.`);
    }
    const content = isRecord(envelope) && isRecord(envelope.message) ? envelope.message.content : undefined;
    if (typeof content !== 'string') throw new LlmError('MALFORMED', `${endpoint} sent a reply without a message.`);
    try {
      return JSON.parse(content);
    } catch {
      throw new LlmError('MALFORMED', `${endpoint} sent a message that is not the JSON asked for.`);
    }
  }

  return {
    endpointCount: endpoints.length,
    async chat(request, signal) {
      if (endpoints.length === 0) throw new LlmError('NO_ENDPOINT', 'No Ollama endpoint is configured.');
      const first = next;
      next = (next + 1) % endpoints.length;
      try {
        return await once(endpoints[first] ?? '', request, signal);
      } catch (error) {
        const retryable = error instanceof LlmError && (error.code === 'NETWORK' || error.code === 'HTTP');
        if (!retryable || endpoints.length < 2) throw error;
        return once(endpoints[(first + 1) % endpoints.length] ?? '', request, signal);
      }
    },
  };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

function classify(error: unknown, signal: AbortSignal | undefined, timeout: AbortSignal, endpoint: string, timeoutMs: number): LlmError {
  if (error instanceof LlmError) return error;
  if (signal?.aborted) return new LlmError('ABORTED', 'The request to the language model was cancelled.');
  if (timeout.aborted) return new LlmError('TIMEOUT', `${endpoint} did not answer within ${Math.round(timeoutMs / 100) / 10} s.`);
  return new LlmError('NETWORK', `${endpoint} could not be reached: ${error instanceof Error ? error.message : String(error)}`);
}
