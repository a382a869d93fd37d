/**
 * Retries an operation that failed for a reason worth retrying (a worker that died, a busy file),
 * with a short growing pause. Anything else is rethrown at once.
 */
export async function retry<T>(
  operation: (attempt: number) => Promise<T>,
  options: { attempts: number; isTransient: (error: unknown) => boolean; delayMs?: number; signal?: AbortSignal },
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      lastError = error;
      if (options.signal?.aborted || !options.isTransient(error) || attempt === options.attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, (options.delayMs ?? 50) * attempt));
    }
  }
  throw lastError;
}
