/** A dark background picked from the title, so different books get different covers, and light text. */
export function coverColours(title: string): { background: [number, number, number]; text: [number, number, number]; accent: [number, number, number] } {
  let hash = 2166136261;
  for (const c of title) hash = Math.imul(hash ^ c.codePointAt(0)!, 16777619) >>> 0;
  const hue = (hash % 360) / 360;
  return { background: hsl(hue, 0.45, 0.22), text: [245, 239, 224], accent: hsl(hue, 0.5, 0.6) };
}

function hsl(h: number, s: number, l: number): [number, number, number] {
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number): number => {
    const x = (t + 1) % 1;
    const v = x < 1 / 6 ? p + (q - p) * 6 * x : x < 1 / 2 ? q : x < 2 / 3 ? p + (q - p) * (2 / 3 - x) * 6 : p;
    return Math.round(v * 255);
  };
  return [channel(h + 1 / 3), channel(h), channel(h - 1 / 3)];
}

export const hex = ([r, g, b]: [number, number, number]): string => `0x${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
