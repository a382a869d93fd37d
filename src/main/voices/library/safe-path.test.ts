import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/errors';
import { pathInside } from './safe-path';

describe('pathInside', () => {
  const root = resolve('/models');

  it('joins plain names under the root', () => {
    expect(pathInside(root, 'piper', 'en_GB-alba-medium', 'model.onnx')).toBe(join(root, 'piper', 'en_GB-alba-medium', 'model.onnx'));
  });

  it.each([['../etc/passwd'], ['..'], ['a/../../b'], ['/etc/passwd'], [''], ['a//b']])('refuses %j', (name) => {
    expect(() => pathInside(root, name)).toThrow(StudioError);
  });
});
