import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLlmEndpoints } from './check-endpoints';
import { FakeOllama } from './testing/fake-ollama';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

describe('checkLlmEndpoints', () => {
  it('lists the models of a live endpoint and explains the ones that fail', async () => {
    const ollama = new FakeOllama(() => ({ kind: 'status', status: 500 }), ['llama3.1:8b', 'qwen2.5:7b']);
    const live = await ollama.start();
    stops.push(() => ollama.stop());
    const teapot = createServer((_, res) => res.writeHead(418).end());
    await new Promise<void>((resolve) => teapot.listen(0, '127.0.0.1', resolve));
    stops.push(() => new Promise((resolve) => teapot.close(() => resolve())));
    const wrong = `http://127.0.0.1:${(teapot.address() as AddressInfo).port}`;

    const checks = await checkLlmEndpoints([`${live}/`, wrong, 'http://127.0.0.1:1']);
    expect(checks[0]).toEqual({ endpoint: live, ok: true, models: ['llama3.1:8b', 'qwen2.5:7b'] });
    expect(checks[1]).toMatchObject({ ok: false, error: 'It answered 418.' });
    expect(checks[2]).toMatchObject({ ok: false, error: expect.stringContaining('could not be reached') });
  });
});
