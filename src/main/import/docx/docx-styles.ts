import { childElements, descendants, firstDescendant, parseMarkupTree, type MarkupElement } from '../html/markup-tree';

interface StyleDefinition {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  italic?: boolean;
}

/** What a paragraph style makes of a paragraph. */
export type ParagraphRole = { kind: 'heading'; level: number } | { kind: 'title' } | { kind: 'subtitle' } | { kind: 'text' };

/** `w:i`, `w:i w:val="true"` and `w:i w:val="1"` turn italics on; `w:val="0"`/`"false"` turn them off. */
export function toggleValue(element: MarkupElement | { attributes: Record<string, string> }): boolean {
  const value = (element.attributes['w:val'] ?? 'true').toLowerCase();
  return value !== '0' && value !== 'false' && value !== 'off';
}

/**
 * The styles of a Word document, by style id. Ids are localised ("Überschrift1"), so headings are
 * recognised by the style's built-in name ("heading 1") or its outline level, following `basedOn`.
 */
export class DocxStyles {
  private readonly styles = new Map<string, StyleDefinition>();
  private readonly roles = new Map<string, ParagraphRole>();
  private readonly italics = new Map<string, boolean | undefined>();
  /** The document's default language (`w:docDefaults`), '' when not set. */
  readonly language: string;

  constructor(stylesXml: string | null) {
    const root = parseMarkupTree(stylesXml ?? '');
    for (const style of descendants(root, 'style')) {
      const id = style.attributes['w:styleId'];
      if (!id) continue;
      const name = childElements(style, 'name')[0]?.attributes['w:val'] ?? id;
      const basedOn = childElements(style, 'basedOn')[0]?.attributes['w:val'];
      const pPr = childElements(style, 'pPr')[0];
      const rPr = childElements(style, 'rPr')[0];
      const outline = pPr ? childElements(pPr, 'outlineLvl')[0]?.attributes['w:val'] : undefined;
      const italic = rPr ? childElements(rPr, 'i')[0] : undefined;
      this.styles.set(id, {
        name: name.trim().toLowerCase(),
        ...(basedOn ? { basedOn } : {}),
        ...(outline !== undefined && /^\d$/.test(outline) ? { outlineLevel: Number(outline) } : {}),
        ...(italic ? { italic: toggleValue(italic) } : {}),
      });
    }
    const defaults = firstDescendant(root, 'docDefaults');
    this.language = (defaults ? firstDescendant(defaults, 'lang') : undefined)?.attributes['w:val'] ?? '';
  }

  /** The style's name in lower case ("heading 2"), for the matter classifier. */
  name(styleId: string): string {
    return this.styles.get(styleId)?.name ?? styleId.toLowerCase();
  }

  paragraphRole(styleId: string): ParagraphRole {
    const cached = this.roles.get(styleId);
    if (cached) return cached;
    const role = this.resolveRole(styleId);
    this.roles.set(styleId, role);
    return role;
  }

  /** Whether the style, or one it is based on, turns italics on or off; undefined when none does. */
  italic(styleId: string): boolean | undefined {
    if (this.italics.has(styleId)) return this.italics.get(styleId);
    let value: boolean | undefined;
    for (const style of this.chain(styleId)) {
      if (style.italic !== undefined) {
        value = style.italic;
        break;
      }
    }
    this.italics.set(styleId, value);
    return value;
  }

  private resolveRole(styleId: string): ParagraphRole {
    for (const style of this.chain(styleId)) {
      const heading = /^heading\s*([1-9])$/.exec(style.name);
      if (heading) return { kind: 'heading', level: Number(heading[1]) };
      if (style.name === 'title') return { kind: 'title' };
      if (style.name === 'subtitle') return { kind: 'subtitle' };
      if (style.outlineLevel !== undefined) return style.outlineLevel < 9 ? { kind: 'heading', level: style.outlineLevel + 1 } : { kind: 'text' };
    }
    const id = /^heading\s*([1-9])$/i.exec(styleId);
    return id ? { kind: 'heading', level: Number(id[1]) } : { kind: 'text' };
  }

  /** The style and those it is based on, nearest first; a cycle ends the chain. */
  private *chain(styleId: string): Generator<StyleDefinition> {
    const seen = new Set<string>();
    let id: string | undefined = styleId;
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const style = this.styles.get(id);
      if (!style) return;
      yield style;
      id = style.basedOn;
    }
  }
}
