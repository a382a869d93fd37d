import { join } from 'node:path';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { fixtureDir, kokoroModel, piperModel, SAMPLES_PER_PHONEME, SAMPLES_PER_TOKEN, writePiperFixture } from './fixture-models';

describe('generated ONNX models', () => {
  it('have the inputs and outputs of a Piper export, sid only when multi-speaker', async () => {
    const single = await InferenceSession.create(piperModel({ speakers: false }));
    const multi = await InferenceSession.create(piperModel({ speakers: true }));
    expect(single.inputNames).toEqual(['input', 'input_lengths', 'scales']);
    expect(multi.inputNames).toEqual(['input', 'input_lengths', 'scales', 'sid']);
    expect(single.outputNames).toEqual(['output']);
    const out = await multi.run({
      input: new Tensor('int64', BigInt64Array.from([1n, 0n, 20n, 0n, 2n]), [1, 5]),
      input_lengths: new Tensor('int64', BigInt64Array.from([5n]), [1]),
      scales: new Tensor('float32', Float32Array.from([0.5, 2, 0.8]), [3]),
      sid: new Tensor('int64', BigInt64Array.from([2n]), [1]),
    });
    expect(out.output?.dims).toEqual([1, 1, 1, 5 * 2 * SAMPLES_PER_PHONEME]);
  });

  it('have the inputs and outputs of a Kokoro export, old or new', async () => {
    const current = await InferenceSession.create(kokoroModel({ firstInput: 'input_ids' }));
    const old = await InferenceSession.create(kokoroModel({ firstInput: 'tokens' }));
    expect(current.inputNames).toEqual(['input_ids', 'style', 'speed']);
    expect(old.inputNames).toEqual(['tokens', 'style', 'speed']);
    const out = await current.run({
      input_ids: new Tensor('int64', BigInt64Array.from([0n, 5n, 9n, 0n]), [1, 4]),
      style: new Tensor('float32', new Float32Array(256).fill(0.25), [1, 256]),
      speed: new Tensor('float32', Float32Array.from([0.5]), [1]),
    });
    expect(out.waveform?.dims).toEqual([1, 4 * SAMPLES_PER_TOKEN * 2]);
  });

  it('write a Piper voice configuration beside the model', () => {
    const fixture = writePiperFixture(join(fixtureDir(), 'v'), { speakers: 3 });
    expect(fixture.configPath).toBe(`${fixture.modelPath}.json`);
    expect(fixture.phonemeIdMap['^']).toEqual([1]);
  });
});
