/**
 * JSON for the HTTP transport. Byte arrays (a dropped manuscript) cross as `{ "$bytes": base64 }`;
 * everything else is plain JSON. Electron IPC needs none of this: it clones Uint8Array natively.
 */

const BYTES_KEY = '$bytes';

/**
 * The fast native codecs where the runtime has them: Node's Buffer on the server, and
 * `Uint8Array.prototype.toBase64` / `Uint8Array.fromBase64` in current Chromium. A character loop
 * over a few hundred kilobytes of audio costs milliseconds that an audition does not have.
 */
interface NativeBase64 {
  Buffer?: { from(bytes: Uint8Array | string, encoding?: 'base64'): Uint8Array & { toString(encoding: 'base64'): string } };
}
interface Base64Bytes {
  toBase64?: () => string;
}
interface Base64BytesConstructor {
  fromBase64?: (text: string) => Uint8Array;
}
const nodeBuffer = (globalThis as NativeBase64).Buffer;
const fromBase64 = (Uint8Array as Base64BytesConstructor).fromBase64;

function bytesToBase64(bytes: Uint8Array): string {
  if (nodeBuffer) return nodeBuffer.from(bytes).toString('base64');
  const native = (bytes as Base64Bytes).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

function base64ToBytes(base64: string): Uint8Array {
  if (nodeBuffer) return new Uint8Array(nodeBuffer.from(base64, 'base64'));
  if (fromBase64) return fromBase64(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Uint8Array ? { [BYTES_KEY]: bytesToBase64(v) } : v,
  );
}

export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const record = v as Record<string, unknown>;
      const encoded = record[BYTES_KEY];
      if (typeof encoded === 'string' && Object.keys(record).length === 1) return base64ToBytes(encoded);
    }
    return v;
  });
}

/** The header that carries the per-launch token of the browser-mode server. */
export const TOKEN_HEADER = 'x-dramatis-token';
