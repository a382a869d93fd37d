import { describe, expect, it } from 'vitest';
import type { StudioBridge } from '../../../shared/contract';
import { createElectronStudio } from './electron-studio';

function bridge(folderAnswer: string | null) {
  const folderRequests: string[] = [];
  const fake: StudioBridge = {
    invoke: () => Promise.resolve({ ok: true, value: null }),
    subscribe: () => () => undefined,
    pickManuscript: () => Promise.resolve('/books/carol.epub'),
    pickProjectPath: () => Promise.resolve(null),
    pickFolder: (defaultPath) => {
      folderRequests.push(defaultPath);
      return Promise.resolve(folderAnswer);
    },
    pathForFile: () => '',
  };
  return { fake, folderRequests };
}

describe('createElectronStudio', () => {
  it('chooses a folder with the native dialog, passing where it should start', async () => {
    const { fake, folderRequests } = bridge('/media/usb/Carol');
    const pickFolder = createElectronStudio(fake).platform.pickFolder;
    expect(pickFolder).not.toBeNull();
    await expect(pickFolder?.('/books')).resolves.toBe('/media/usb/Carol');
    expect(folderRequests).toEqual(['/books']);
  });

  it('answers null when the dialog is cancelled', async () => {
    const { fake } = bridge(null);
    await expect(createElectronStudio(fake).platform.pickFolder?.('')).resolves.toBeNull();
  });

  it('opens a chosen manuscript by its path', async () => {
    const { fake } = bridge(null);
    await expect(createElectronStudio(fake).platform.pickManuscript()).resolves.toEqual({ kind: 'path', path: '/books/carol.epub' });
  });
});
