/**
 * Where the read-along's own files go inside the EPUB and what the manifest calls them: a folder
 * beside the package document that the book does not use yet, and ids the package does not use.
 * Names are compared without case, as OCF requires them to be unique that way.
 */
export class ReadAlongLayout {
  readonly folder: string;
  private readonly taken: Set<string>;
  private readonly ids: Set<string>;

  constructor(opfPath: string, existingNames: readonly string[], existingIds: ReadonlySet<string>) {
    this.taken = new Set(existingNames.map((n) => n.toLowerCase()));
    this.ids = new Set(existingIds);
    const base = opfPath.includes('/') ? opfPath.slice(0, opfPath.lastIndexOf('/') + 1) : '';
    let folder = `${base}read-along`;
    for (let n = 2; existingNames.some((name) => name.toLowerCase().startsWith(`${folder.toLowerCase()}/`)); n++) folder = `${base}read-along-${n}`;
    this.folder = folder;
  }

  stylesheet(): string {
    return this.claim(`${this.folder}/read-along.css`);
  }

  /** The overlay of a content document, named after it. */
  overlay(documentPath: string): string {
    const name = documentPath.slice(documentPath.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '') || 'document';
    return this.claim(`${this.folder}/${name}.smil`);
  }

  /** `audio/03.mp3` for the third chapter; `audio/03-2.mp3` for its second part. */
  audio(chapter: number, part: number, parts: number, extension: string): string {
    const number = String(chapter + 1).padStart(2, '0');
    return this.claim(`${this.folder}/audio/${number}${parts > 1 ? `-${part + 1}` : ''}.${extension}`);
  }

  id(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.ids.has(id); n++) id = `${wanted}-${n}`;
    this.ids.add(id);
    return id;
  }

  private claim(path: string): string {
    const dot = path.lastIndexOf('.');
    let name = path;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${path.slice(0, dot)}-${n}${path.slice(dot)}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}
