import type { ChapterKind, MatterRole } from '../../../../shared/book';

const KIND_LABELS: Record<ChapterKind, string> = {
  body: 'Body',
  'front-matter': 'Front matter',
  'back-matter': 'Back matter',
};

const ROLE_LABELS: Record<MatterRole, string | null> = {
  cover: 'Cover',
  'half-title': 'Half title',
  'title-page': 'Title page',
  copyright: 'Copyright',
  imprint: 'Imprint',
  dedication: 'Dedication',
  epigraph: 'Epigraph',
  contents: 'Contents',
  colophon: 'Colophon',
  acknowledgements: 'Acknowledgements',
  'also-by': 'Also by',
  licence: 'Licence',
  'about-author': 'About the author',
  index: 'Index',
  other: null,
};

export function chapterKindLabel(kind: ChapterKind): string {
  return KIND_LABELS[kind];
}

/** The role of a front- or back-matter chapter in words ("Copyright"), or null when it has none to tell. */
export function matterRoleLabel(role: MatterRole | null): string | null {
  return role ? ROLE_LABELS[role] : null;
}
