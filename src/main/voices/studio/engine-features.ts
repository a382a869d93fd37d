import type { EngineId } from '../../../shared/voices';

/**
 * Engines that mix voices (`settings.blend`): Kokoro blends style vectors. Kept here, not read from
 * the engines, because the engines live in the worker threads; a test checks the two agree.
 */
const BLENDING: ReadonlySet<EngineId> = new Set(['kokoro']);

export function canBlend(engine: EngineId): boolean {
  return BLENDING.has(engine);
}
