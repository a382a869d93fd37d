import { isRequestName, requests, type Reply } from '../../shared/contract';
import { isStudioError } from '../../shared/errors';
import type { Handlers } from './handlers';

/**
 * Validates a request from either transport and runs its handler. Whatever goes wrong comes back as an
 * error the UI can show: a refusal keeps its code, an invalid payload is INVALID_REQUEST, and a bug is
 * INTERNAL (logged here, with a sentence that does not leak internals).
 */
export async function dispatchRequest(handlers: Handlers, name: unknown, input: unknown): Promise<Reply<unknown>> {
  if (!isRequestName(name)) {
    return { ok: false, error: { code: 'INVALID_REQUEST', message: `Unknown request ${String(name).slice(0, 80)}.` } };
  }
  const parsed = requests[name].input.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, error: { code: 'INVALID_REQUEST', message: `Invalid ${name} request${where}: ${issue?.message ?? 'bad input'}.` } };
  }
  try {
    const handler = handlers[name] as (value: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (isStudioError(error)) return { ok: false, error: error.toInfo() };
    console.error(`[dramatis] ${name} failed:`, error);
    return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Dramatis. The details are in the log.' } };
  }
}
