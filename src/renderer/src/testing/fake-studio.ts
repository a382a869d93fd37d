import type { EventName, RequestInput, RequestName, RequestOutput, StudioApi, StudioEvents, StudioPlatform } from '../../../shared/contract';
import { StudioError } from '../../../shared/errors';
import { createListenerRegistry } from '../platform/listener-registry';

export type FakeHandlers = {
  [N in RequestName]?: (input: RequestInput<N>) => Promise<RequestOutput<N>> | RequestOutput<N>;
};

export interface FakeStudio extends StudioApi {
  /** Every request made, in order. */
  calls: { name: RequestName; input: unknown }[];
  emit<E extends EventName>(event: E, payload: StudioEvents[E]): void;
}

/** A `window.studio` for store tests: requests answered by the given handlers, events sent by hand. */
export function createFakeStudio(handlers: FakeHandlers, platform: Partial<StudioPlatform> = {}): FakeStudio {
  const registry = createListenerRegistry();
  const calls: FakeStudio['calls'] = [];
  return {
    calls,
    async request(name, input) {
      calls.push({ name, input });
      const handler = handlers[name] as ((input: unknown) => unknown) | undefined;
      if (!handler) throw new StudioError('INVALID_REQUEST', `The fake studio has no handler for ${name}.`);
      return (await handler(input)) as never;
    },
    on: registry.on,
    emit: (event, payload) => registry.emit(event, payload),
    platform: {
      kind: 'browser',
      pickManuscript: () => Promise.resolve(null),
      pickProjectPath: () => Promise.resolve(null),
      pickFolder: null,
      sourceForFile: (file) => Promise.resolve({ kind: 'bytes', name: file.name, data: new Uint8Array() }),
      ...platform,
    },
  };
}
