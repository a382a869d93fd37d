import { HTTP_ROUTES, type RequestName, type StudioApi } from '../../../shared/contract';
import { StudioError } from '../../../shared/errors';
import { TOKEN_HEADER, encodeWire } from '../../../shared/wire-codec';
import { connectEventSocket, type EventSocket } from './event-socket';
import { createListenerRegistry } from './listener-registry';
import { manuscriptFromFile } from './manuscript-from-file';
import { parseReply } from './parse-reply';
import { MANUSCRIPT_ACCEPT, pickFile } from './pick-file';
import { takeSessionToken } from './session-token';

export interface WebStudioOptions {
  /** The per-launch token of the server, or null when the page was opened without it. */
  token: string | null;
  /** The page's origin, where the server answers (`http://127.0.0.1:PORT`). */
  origin: string;
  fetch: typeof fetch;
  createSocket: (url: string) => WebSocket;
  /** Asks the user for a file; null when they cancel. */
  chooseFile: () => Promise<File | null>;
}

/**
 * How long a request waits for the event stream to connect. A request can start a job whose first
 * events are pushed at once; waiting here means they are not missed while the socket is still opening.
 */
const SOCKET_WAIT_MS = 2_000;

const NO_TOKEN_MESSAGE =
  'This page is not connected to the studio server: open the address (with its token) that the server printed when it started.';

/** `window.studio` in the browser mode: requests over HTTP, events over a WebSocket. */
export function createWebStudio(options: WebStudioOptions): StudioApi & { dispose(): void } {
  const registry = createListenerRegistry();
  const socket: EventSocket | null = options.token
    ? connectEventSocket({
        url: `${options.origin.replace(/^http/, 'ws')}${HTTP_ROUTES.events}?token=${encodeURIComponent(options.token)}`,
        onEvent: (event, payload) => registry.emit(event, payload),
        createSocket: options.createSocket,
      })
    : null;

  async function send(name: RequestName, input: unknown): Promise<unknown> {
    if (!options.token) throw new StudioError('INVALID_REQUEST', NO_TOKEN_MESSAGE);
    await socket?.whenOpen(SOCKET_WAIT_MS);
    let response: Response;
    try {
      response = await options.fetch(new URL(`${HTTP_ROUTES.request}${name}`, options.origin), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: options.token },
        body: encodeWire({ input }),
      });
    } catch {
      throw new StudioError('INTERNAL', 'The studio server does not answer. Is it still running?');
    }
    if (response.status === 401) throw new StudioError('INVALID_REQUEST', NO_TOKEN_MESSAGE);
    const reply = parseReply(await response.text());
    if (!reply) throw new StudioError('INTERNAL', `The studio server answered with an error (HTTP ${response.status}).`);
    if (!reply.ok) throw new StudioError(reply.error.code, reply.error.message);
    return reply.value;
  }

  return {
    request: async (name, input) => (await send(name, input)) as never,
    on: registry.on,
    platform: {
      kind: 'browser',
      async pickManuscript() {
        const file = await options.chooseFile();
        return file ? manuscriptFromFile(file) : null;
      },
      // The server has no save dialog to offer: projects go into its projects folder.
      pickProjectPath: () => Promise.resolve(null),
      // A page can list a folder's files (webkitdirectory) but never learn its path, which is what the
      // engine writes to: the folder stays a typed path here.
      pickFolder: null,
      sourceForFile: manuscriptFromFile,
    },
    dispose: () => socket?.close(),
  };
}

/** The browser-mode client for this page: token from the URL or the session, the server at this origin. */
export function createBrowserStudio(win: Window): StudioApi {
  return createWebStudio({
    token: takeSessionToken(win.location, win.history, sessionStorageOf(win)),
    origin: win.location.origin,
    fetch: win.fetch.bind(win),
    createSocket: (url) => new WebSocket(url),
    chooseFile: () => pickFile(win.document, MANUSCRIPT_ACCEPT),
  });
}

function sessionStorageOf(win: Window): Storage | null {
  try {
    return win.sessionStorage;
  } catch {
    return null;
  }
}
