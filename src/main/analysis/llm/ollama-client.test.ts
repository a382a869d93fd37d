import { afterEach, describe, expect, it } from 'vitest';
import { createOllamaClient, LlmError } from './ollama-client';
import { FakeOllama, type FakeBehaviour } from './testing/fake-ollama';

const servers: FakeOllama[] = [];

async function serve(respond: (n: number) => FakeBehaviour): Promise<{ fake: FakeOllama; url: string }> {
  const fake = new FakeOllama((_chat, n) => respond(n));
  servers.push(fake);
  return { fake, url: await fake.start() };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

const request = { messages: [{ role: 'user' as const, content: 'Who speaks?' }], format: { type: 'object' } };

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LlmError);
  return error as LlmError;
}

describe('createOllamaClient', () => {
  it('posts a non-streaming chat with the schema and returns the parsed message', async () => {
    const { fake, url } = await serve(() => ({ kind: 'answer', content: { speaker: 'Jane' } }));
    const client = createOllamaClient({ endpoints: [url], model: 'test-model', timeoutMs: 2000 });
    await expect(client.chat(request)).resolves.toEqual({ speaker: 'Jane' });
    expect(fake.received).toHaveLength(1);
    expect(fake.received[0]).toMatchObject({ model: 'test-model', stream: false, format: { type: 'object' } });
    expect(fake.received[0]?.messages[0]?.content).toBe('Who speaks?');
  });

  it('gives up after the timeout with TIMEOUT', async () => {
    const { url } = await serve(() => ({ kind: 'hang' }));
    const client = createOllamaClient({ endpoints: [url], model: 'm', timeoutMs: 150 });
    const started = Date.now();
    expect((await failure(client.chat(request))).code).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports a 500 as HTTP', async () => {
    const { url } = await serve(() => ({ kind: 'status', status: 500 }));
    const client = createOllamaClient({ endpoints: [url], model: 'm', timeoutMs: 2000 });
    expect((await failure(client.chat(request))).code).toBe('HTTP');
  });

  it('reports a body that is not JSON, and a message that is not JSON, as MALFORMED', async () => {
    const { url } = await serve((n) => (n === 1 ? { kind: 'raw', body: '<html>oops' } : { kind: 'raw', body: JSON.stringify({ message: { content: 'Jane, I think' } }) }));
    const client = createOllamaClient({ endpoints: [url], model: 'm', timeoutMs: 2000 });
    expect((await failure(client.chat(request))).code).toBe('MALFORMED');
    expect((await failure(client.chat(request))).code).toBe('MALFORMED');
  });

  it('reports an unreachable endpoint as NETWORK', async () => {
    const { fake, url } = await serve(() => ({ kind: 'answer', content: {} }));
    await fake.stop();
    const client = createOllamaClient({ endpoints: [url], model: 'm', timeoutMs: 2000 });
    expect((await failure(client.chat(request))).code).toBe('NETWORK');
  });

  it('spreads requests over two endpoints and retries a failed one on the other', async () => {
    const a = await serve(() => ({ kind: 'answer', content: { from: 'a' } }));
    const b = await serve((n) => (n === 3 ? { kind: 'status', status: 503 } : { kind: 'answer', content: { from: 'b' } }));
    const client = createOllamaClient({ endpoints: [a.url, `${b.url}/`], model: 'm', timeoutMs: 2000 });
    const replies = [];
    for (let k = 0; k < 6; k++) replies.push(await client.chat(request));
    expect(replies.slice(0, 4)).toEqual([{ from: 'a' }, { from: 'b' }, { from: 'a' }, { from: 'b' }]);
    expect(a.fake.received.length).toBe(4);
    expect(b.fake.received.length).toBe(3);
    expect(replies[5]).toEqual({ from: 'a' });
  });

  it('stops at once when the caller aborts, with ABORTED', async () => {
    const { url } = await serve(() => ({ kind: 'hang' }));
    const client = createOllamaClient({ endpoints: [url], model: 'm', timeoutMs: 5000 });
    const controller = new AbortController();
    const pending = client.chat(request, controller.signal);
    setTimeout(() => controller.abort(), 50);
    expect((await failure(pending)).code).toBe('ABORTED');
  });

  it('refuses to run without endpoints', async () => {
    const client = createOllamaClient({ endpoints: [], model: 'm', timeoutMs: 100 });
    expect((await failure(client.chat(request))).code).toBe('NO_ENDPOINT');
  });
});
