/** Aliases as the author types them: separated by commas, trimmed, each once (ignoring case). */
export function parseAliasText(text: string): string[] {
  const seen = new Set<string>();
  const aliases: string[] = [];
  for (const part of text.split(',')) {
    const alias = part.trim().replace(/\s+/g, ' ');
    const key = alias.toLowerCase();
    if (!alias || seen.has(key)) continue;
    seen.add(key);
    aliases.push(alias);
  }
  return aliases;
}

export function aliasText(aliases: readonly string[]): string {
  return aliases.join(', ');
}
