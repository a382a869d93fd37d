import { describe, expect, it } from 'vitest';
import { createEchoFilter } from './echo-filter';

describe('the echo filter', () => {
  it('drops the echo of a reply that arrived first, once', () => {
    const filter = createEchoFilter();
    filter.begin();
    expect(filter.end([12, 11])).toEqual([]);
    expect(filter.event([11, 12])).toBe('echo');
    expect(filter.event([11, 12])).toBe('foreign');
  });

  it('holds an event that arrives while an edit is in flight and drops it when the reply matches', () => {
    const filter = createEchoFilter();
    filter.begin();
    expect(filter.event([5])).toBe('deferred');
    expect(filter.end([5])).toEqual([]);
    expect(filter.event([5])).toBe('foreign');
  });

  it('releases held events that no reply explains, only when every edit has settled', () => {
    const filter = createEchoFilter();
    filter.begin();
    filter.begin();
    expect(filter.event([7])).toBe('deferred');
    expect(filter.event([3])).toBe('deferred');
    expect(filter.end([3])).toEqual([]);
    expect(filter.end(null)).toEqual([[7]]);
  });

  it('treats a cast edit (no chapters) like any other', () => {
    const filter = createEchoFilter();
    filter.begin();
    filter.end([]);
    expect(filter.event([])).toBe('echo');
    expect(filter.event([])).toBe('foreign');
  });

  it('forgets an echo that never came', () => {
    let clock = 0;
    const filter = createEchoFilter(() => clock);
    filter.begin();
    filter.end([1]);
    clock = 60_000;
    expect(filter.event([1])).toBe('foreign');
  });
});
