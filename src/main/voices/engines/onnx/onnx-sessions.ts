import { statSync } from 'node:fs';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { StudioError } from '../../../../shared/errors';

const sessions = new Map<string, Promise<InferenceSession>>();

/**
 * One session per model file per thread, created on first use and kept warm (a new one when the
 * file is replaced). `threads` caps the operator threads of a session, so several workers do not
 * fight over the same cores.
 */
export function loadSession(path: string, threads: number): Promise<InferenceSession> {
  const stat = statSync(path, { throwIfNoEntry: false });
  const key = `${path}#${threads}#${stat?.mtimeMs}:${stat?.size}`;
  let session = sessions.get(key);
  if (!session) {
    session = InferenceSession.create(path, { intraOpNumThreads: threads, interOpNumThreads: 1, logSeverityLevel: 3 }).catch((error: unknown) => {
      sessions.delete(key);
      throw new StudioError('CORRUPT_FILE', `The voice model ${path} could not be loaded (${error instanceof Error ? error.message : String(error)}). Reinstall the voice.`);
    });
    sessions.set(key, session);
  }
  return session;
}

/** int64 tensors take BigInt64Array. */
export function int64Tensor(values: readonly number[], dims: readonly number[]): Tensor {
  return new Tensor('int64', BigInt64Array.from(values, (v) => BigInt(v)), dims);
}

export function int32Tensor(values: readonly number[], dims: readonly number[]): Tensor {
  return new Tensor('int32', Int32Array.from(values), dims);
}

export function floatTensor(values: Float32Array | readonly number[], dims: readonly number[]): Tensor {
  return new Tensor('float32', values instanceof Float32Array ? values : Float32Array.from(values), dims);
}

/** The declared element type of an input, when the model declares one. */
export function inputType(session: InferenceSession, name: string): string | null {
  const meta = session.inputMetadata.find((m) => m.name === name);
  return meta?.isTensor ? meta.type : null;
}

/** The first output's samples: every speech model here puts its waveform first. */
export async function runForAudio(session: InferenceSession, feeds: Record<string, Tensor>): Promise<Float32Array> {
  const outputs = await session.run(feeds);
  const first = outputs[session.outputNames[0] ?? ''];
  if (!first || !(first.data instanceof Float32Array)) throw new StudioError('CORRUPT_FILE', 'The voice model gave no audio: it is not a speech model Dramatis can run.');
  return first.data;
}
