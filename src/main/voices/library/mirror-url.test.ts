import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/errors';
import { mirrorUrl } from './mirror-url';

const piper = 'https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/en/en_GB/alba/medium/en_GB-alba-medium.onnx';

describe('mirrorUrl', () => {
  it('leaves the address alone without a mirror', () => {
    expect(mirrorUrl(piper)).toBe(piper);
    expect(mirrorUrl(piper, '')).toBe(piper);
  });

  it('replaces the host, keeping the path and query', () => {
    expect(mirrorUrl(piper, 'https://hf-mirror.example')).toBe(
      'https://hf-mirror.example/rhasspy/piper-voices/resolve/v1.0.0/en/en_GB/alba/medium/en_GB-alba-medium.onnx',
    );
    expect(mirrorUrl('https://github.com/o/r/releases/download/v1/a.bin?x=1', 'http://10.0.0.5:8080/')).toBe(
      'http://10.0.0.5:8080/o/r/releases/download/v1/a.bin?x=1',
    );
  });

  it('puts the mirror path in front', () => {
    expect(mirrorUrl(piper, 'https://cache.example/hf/')).toBe(
      'https://cache.example/hf/rhasspy/piper-voices/resolve/v1.0.0/en/en_GB/alba/medium/en_GB-alba-medium.onnx',
    );
  });

  it.each([
    ['ftp://mirror.example/', /must start with http/],
    ['file:///tmp/voices', /must start with http/],
    ['not a url', /is not a web address/],
    ['https://user:secret@mirror.example', /user name or password/],
    ['https://mirror.example/?token=1', /plain base address/],
  ])('refuses the mirror %s', (mirror, message) => {
    expect(() => mirrorUrl(piper, mirror)).toThrow(StudioError);
    expect(() => mirrorUrl(piper, mirror)).toThrow(message);
  });
});
