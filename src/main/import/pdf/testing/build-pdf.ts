/** A line of text on a test page: `y` is the baseline's distance from the top of the page. */
export interface TestPdfText {
  text: string;
  x: number;
  y: number;
  size: number;
  font?: 'regular' | 'bold' | 'italic';
}

export interface TestPdfPage {
  texts: TestPdfText[];
}

export interface TestPdfOutlineEntry {
  title: string;
  /** 1-based. */
  page: number;
  /** Distance of the destination from the top of the page; none for a whole-page destination. */
  top?: number;
}

export interface TestPdfOptions {
  pages: TestPdfPage[];
  width?: number;
  height?: number;
  info?: { Title?: string; Author?: string };
  /** The catalog's /Lang. */
  lang?: string;
  outline?: TestPdfOutlineEntry[];
}

const FONTS = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const;
const FONT_KEYS = { regular: 'F1', bold: 'F2', italic: 'F3' } as const;
/** WinAnsiEncoding codes of the typographic characters tests use. */
const WIN_ANSI: Record<string, number> = { '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '—': 0x97, '–': 0x96, '…': 0x85, 'ﬁ': 0x3f };

/**
 * Writes a small, valid PDF with text in the standard Helvetica fonts (WinAnsi), an optional outline
 * and information dictionary: enough to test the importer on layouts the test describes exactly.
 */
export function buildPdf(options: TestPdfOptions): Uint8Array {
  const width = options.width ?? 420;
  const height = options.height ?? 595;
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const reserve = (): number => objects.push('');

  const catalog = reserve();
  const pagesObject = reserve();
  const fonts = Object.fromEntries(
    Object.entries(FONTS).map(([style, name]) => [style, add(`<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`)]),
  ) as Record<keyof typeof FONTS, number>;
  const fontResources = Object.entries(FONT_KEYS)
    .map(([style, key]) => `/${key} ${fonts[style as keyof typeof FONTS]} 0 R`)
    .join(' ');
  const pageObjects = options.pages.map((page) => {
    const content = page.texts
      .map((t) => `BT /${FONT_KEYS[t.font ?? 'regular']} ${t.size} Tf 1 0 0 1 ${t.x} ${height - t.y} Tm (${encode(t.text)}) Tj ET`)
      .join('\n');
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    return add(`<< /Type /Page /Parent ${pagesObject} 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << ${fontResources} >> >> /Contents ${stream} 0 R >>`);
  });
  objects[pagesObject - 1] = `<< /Type /Pages /Kids [${pageObjects.map((p) => `${p} 0 R`).join(' ')}] /Count ${pageObjects.length} >>`;

  let outlineRef = '';
  if (options.outline && options.outline.length > 0) {
    const root = reserve();
    const items = options.outline.map(() => reserve());
    options.outline.forEach((entry, i) => {
      const page = pageObjects[entry.page - 1];
      const dest = entry.top === undefined ? `[${page} 0 R /Fit]` : `[${page} 0 R /XYZ 0 ${height - entry.top} 0]`;
      const links = [i > 0 ? `/Prev ${items[i - 1]} 0 R` : '', i < items.length - 1 ? `/Next ${items[i + 1]} 0 R` : ''].join(' ');
      objects[items[i]! - 1] = `<< /Title (${encode(entry.title)}) /Parent ${root} 0 R ${links} /Dest ${dest} >>`;
    });
    objects[root - 1] = `<< /Type /Outlines /First ${items[0]} 0 R /Last ${items[items.length - 1]} 0 R /Count ${items.length} >>`;
    outlineRef = ` /Outlines ${root} 0 R`;
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObject} 0 R${outlineRef}${options.lang ? ` /Lang (${options.lang})` : ''} >>`;
  const info = options.info
    ? add(
        `<< ${Object.entries(options.info)
          .map(([k, v]) => `/${k} (${encode(v)})`)
          .join(' ')} >>`,
      )
    : 0;

  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

function encode(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = WIN_ANSI[ch] ?? ch.charCodeAt(0);
    const c = code > 0xff ? 0x3f : code;
    const s = String.fromCharCode(c);
    out += s === '(' || s === ')' || s === '\\' ? `\\${s}` : s;
  }
  return out;
}
