import type { ParsedInput, RequestName, RequestOutput } from '../../shared/contract';
import { projectHandlers } from './project-handlers';
import { renderHandlers } from './render-handlers';
import { scriptHandlers } from './script-handlers';
import { settingsHandlers } from './settings-handlers';
import { voiceHandlers } from './voice-handlers';
import type { Studio } from './studio';

export type Handlers = {
  [N in RequestName]: (input: ParsedInput<N>) => Promise<RequestOutput<N>> | RequestOutput<N>;
};

/** The handlers for one domain's requests (`Handlers` narrowed to the keys of its request map). */
export type DomainHandlers<M> = Pick<Handlers, keyof M & RequestName>;

/** Every request of the contract, bound to the engine. Both transports serve exactly this map. */
export function createHandlers(studio: Studio): Handlers {
  return {
    ...projectHandlers(studio),
    ...scriptHandlers(studio),
    ...settingsHandlers(studio),
    ...renderHandlers(studio),
    ...voiceHandlers(studio),
  };
}
