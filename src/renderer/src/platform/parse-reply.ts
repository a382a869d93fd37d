import type { Reply } from '../../../shared/contract';
import { isErrorInfo } from '../../../shared/errors';
import { decodeWire } from '../../../shared/wire-codec';

/** A response body of the browser-mode server as a `Reply`; null when it is not one. */
export function parseReply(body: string): Reply<unknown> | null {
  let value: unknown;
  try {
    value = decodeWire(body);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const reply = value as { ok?: unknown; value?: unknown; error?: unknown };
  if (reply.ok === true) return { ok: true, value: reply.value };
  if (reply.ok === false && isErrorInfo(reply.error)) return { ok: false, error: reply.error };
  return null;
}
