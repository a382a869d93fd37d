import type { renderRequests } from '../../shared/requests/render-requests';
import type { DomainHandlers } from './handlers';
import type { Studio } from './studio';

export function renderHandlers(studio: Studio): DomainHandlers<typeof renderRequests> {
  return {
    'render.start': (input) => ({ jobId: studio.render.start(input).jobId }),
    'render.pause': ({ jobId }) => ({ paused: studio.render.pause(jobId) }),
    'render.resume': ({ jobId }) => ({ resumed: studio.render.resume(jobId) }),
    'render.state': () => studio.render.state(),
    'render.preflight': () => studio.render.preflight(),
    'render.pruneCache': () => studio.render.pruneCache(),
  };
}
