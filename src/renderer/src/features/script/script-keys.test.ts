import { describe, expect, it } from 'vitest';
import { scriptCommandFor } from './script-keys';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  scriptCommandFor({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('the script view keys', () => {
  it('moves with the arrows and j/k, jumps to doubtful lines with n and N', () => {
    expect(press('j')).toEqual({ type: 'move', delta: 1 });
    expect(press('ArrowUp')).toEqual({ type: 'move', delta: -1 });
    expect(press('PageDown')).toEqual({ type: 'move', delta: 10 });
    expect(press('End')).toEqual({ type: 'edge', edge: 'last' });
    expect(press('n')).toEqual({ type: 'review', direction: 1 });
    expect(press('N')).toEqual({ type: 'review', direction: -1 });
  });

  it('edits with single keys and gives a line to a recent speaker with a digit', () => {
    expect(press('s')).toEqual({ type: 'speaker-menu' });
    expect(press('Enter')).toEqual({ type: 'edit' });
    expect(press('p')).toEqual({ type: 'propagate' });
    expect(press('m')).toEqual({ type: 'merge-next' });
    expect(press('t')).toEqual({ type: 'toggle-kind' });
    expect(press('b')).toEqual({ type: 'scene-break' });
    expect(press('r')).toEqual({ type: 'reviewed' });
    expect(press('3')).toEqual({ type: 'recent-speaker', slot: 3 });
    expect(press('0')).toBeNull();
  });

  it('leaves keys with Ctrl, Cmd or Alt to the browser and the global shortcuts', () => {
    expect(press('z', { ctrlKey: true })).toBeNull();
    expect(press('s', { metaKey: true })).toBeNull();
    expect(press('1', { altKey: true })).toBeNull();
  });
});
