import type { LlmCheck } from '../../../shared/settings';

type Fetch = typeof fetch;

/** Asks each Ollama endpoint for its models (`GET /api/tags`), so the author can see the setup works. */
export async function checkLlmEndpoints(endpoints: string[], timeoutMs = 3000, fetchImpl: Fetch = fetch): Promise<LlmCheck[]> {
  return Promise.all(
    endpoints.map(async (raw): Promise<LlmCheck> => {
      const endpoint = raw.replace(/\/+$/, '');
      try {
        const response = await fetchImpl(`${endpoint}/api/tags`, { signal: AbortSignal.timeout(timeoutMs) });
        if (!response.ok) return { endpoint, ok: false, models: [], error: `It answered ${response.status}.` };
        const body: unknown = await response.json();
        const list = typeof body === 'object' && body !== null && 'models' in body && Array.isArray(body.models) ? body.models : null;
        if (!list) return { endpoint, ok: false, models: [], error: 'It answered, but not as Ollama does.' };
        const models = list.flatMap((m: unknown) => (typeof m === 'object' && m !== null && 'name' in m && typeof m.name === 'string' ? [m.name] : []));
        return { endpoint, ok: true, models };
      } catch (error) {
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        return { endpoint, ok: false, models: [], error: timedOut ? `No answer within ${timeoutMs / 1000} s.` : 'It could not be reached. Is Ollama running there?' };
      }
    }),
  );
}
