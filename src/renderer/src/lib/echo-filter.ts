/**
 * Tells the `script.changed` events caused by this window's own edits (their "echoes") from those
 * caused elsewhere. The engine announces every edit to every window, this one included, and this
 * window already has the edit's result from the reply: re-reading the chapters would only repeat it.
 *
 * Each reply expects exactly one event naming the same chapters. The event may arrive before the
 * reply (it is pushed while the reply is still on its way), so an event that arrives while an edit is
 * in flight waits until the edits settle and is then matched against the replies that came meanwhile.
 */
export interface EchoFilter {
  /** An edit request is on its way. */
  begin(): void;
  /**
   * The edit's reply (null when it failed). Returns the deferred events that turned out to be
   * foreign, once no edit is in flight any more.
   */
  end(chapterIds: readonly number[] | null): number[][];
  /** A `script.changed` event: drop an echo, hold it while edits are in flight, else act on it. */
  event(chapterIds: readonly number[]): 'echo' | 'deferred' | 'foreign';
}

/** An echo that never came (a dropped socket) stops being expected after this long. */
const EXPECTED_FOR_MS = 10_000;

export function createEchoFilter(now: () => number = Date.now): EchoFilter {
  let inFlight = 0;
  let expected: { key: string; at: number }[] = [];
  let deferred: number[][] = [];

  const keyOf = (ids: readonly number[]): string => [...ids].sort((a, b) => a - b).join(',');
  const take = (ids: readonly number[]): boolean => {
    const cutoff = now() - EXPECTED_FOR_MS;
    expected = expected.filter((e) => e.at >= cutoff);
    const key = keyOf(ids);
    const at = expected.findIndex((e) => e.key === key);
    if (at < 0) return false;
    expected.splice(at, 1);
    return true;
  };

  return {
    begin() {
      inFlight++;
    },
    end(chapterIds) {
      inFlight = Math.max(0, inFlight - 1);
      if (chapterIds) expected.push({ key: keyOf(chapterIds), at: now() });
      if (inFlight > 0) return [];
      const foreign = deferred.filter((ids) => !take(ids));
      deferred = [];
      return foreign;
    },
    event(chapterIds) {
      if (take(chapterIds)) return 'echo';
      if (inFlight > 0) {
        deferred.push([...chapterIds]);
        return 'deferred';
      }
      return 'foreign';
    },
  };
}
