import { describe, expect, it } from 'vitest';
import { MAX_FOLDER_PATH_LENGTH, folderDialogStart } from './folder-dialog-start';

const PROJECTS = '/home/ann/Dramatis';

describe('folderDialogStart', () => {
  it('opens at the absolute folder the page names, trimmed', () => {
    expect(folderDialogStart('  /books/Carol audiobook ', PROJECTS)).toBe('/books/Carol audiobook');
  });

  it('opens at the projects folder when the page names none, or a relative one', () => {
    expect(folderDialogStart('', PROJECTS)).toBe(PROJECTS);
    expect(folderDialogStart('   ', PROJECTS)).toBe(PROJECTS);
    expect(folderDialogStart('out/audio', PROJECTS)).toBe(PROJECTS);
  });

  it('refuses a payload that cannot be a path', () => {
    expect(folderDialogStart(undefined, PROJECTS)).toBeNull();
    expect(folderDialogStart(42, PROJECTS)).toBeNull();
    expect(folderDialogStart({ path: '/books' }, PROJECTS)).toBeNull();
    expect(folderDialogStart('/books/\0/etc', PROJECTS)).toBeNull();
    expect(folderDialogStart(`/${'a'.repeat(MAX_FOLDER_PATH_LENGTH)}`, PROJECTS)).toBeNull();
    expect(folderDialogStart(`/${'a'.repeat(MAX_FOLDER_PATH_LENGTH - 1)}`, PROJECTS)).toHaveLength(MAX_FOLDER_PATH_LENGTH);
  });
});
