/**
 * The part of epubjs 0.4 the source view uses. The package ships no types; its ES module source is
 * imported directly, because its prebuilt bundle evaluates strings as code, which the renderer's
 * Content Security Policy forbids.
 */
declare module 'epubjs/src/epub/epub.js' {
  export interface EpubSpineItem {
    /** The item's path relative to the package document, as the manifest names it. */
    source: string;
    /** Where it can be loaded: a blob: URL once resources are replaced. */
    href: string;
    index: number;
  }

  export interface EpubBookData {
    spine: EpubSpineItem[];
  }

  export default class Epub {
    constructor(options?: { replacements?: 'blobUrl' | 'base64' | 'none' });
    container?: { packagePath?: string };
    open(input: ArrayBuffer): Promise<EpubBookData>;
    destroy(): void;
  }
}

declare module 'epubjs/src/epub/resources.js' {
  export default class Resources {
    substitute(text: string, resources: Record<string, string>): string;
  }
}
