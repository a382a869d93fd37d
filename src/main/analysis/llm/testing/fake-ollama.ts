import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake server received: its parsed body. */
export interface ReceivedChat {
  model: string;
  stream: boolean;
  format: unknown;
  messages: Array<{ role: string; content: string }>;
}

/** How the fake answers one chat request. */
export type FakeBehaviour =
  | { kind: 'answer'; content: unknown }
  | { kind: 'raw'; body: string }
  | { kind: 'status'; status: number }
  | { kind: 'hang' };

/**
 * A local HTTP server that speaks Ollama's `/api/chat`, for tests: it records requests and answers
 * as `respond` decides (a JSON reply, a raw body, an error status, or no answer at all).
 */
export class FakeOllama {
  readonly received: ReceivedChat[] = [];
  private server: Server | null = null;
  private readonly hanging = new Set<ServerResponse>();

  constructor(
    private respond: (chat: ReceivedChat, n: number) => FakeBehaviour,
    /** What `GET /api/tags` lists. */
    private readonly models: string[] = ['llama3.1:8b'],
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    if (req.method === 'GET' && req.url === '/api/tags') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ models: this.models.map((name) => ({ name, model: name, size: 1 })) }));
      return;
    }
    if (req.method !== 'POST' || req.url !== '/api/chat') {
      res.writeHead(404).end('not found');
      return;
    }
    const chat = JSON.parse(body) as ReceivedChat;
    this.received.push(chat);
    const behaviour = this.respond(chat, this.received.length);
    switch (behaviour.kind) {
      case 'answer':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ model: chat.model, message: { role: 'assistant', content: JSON.stringify(behaviour.content) }, done: true }));
        return;
      case 'raw':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(behaviour.body);
        return;
      case 'status':
        res.writeHead(behaviour.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'model failed' }));
        return;
      case 'hang':
        this.hanging.add(res);
        return;
    }
  }
}
