// Matching for type-ahead pickers: case- and accent-insensitive, prefix matches first.
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .trim();
}

export type Option = { value: string; label: string; meta?: string; keywords?: string[] };

export function matchOptions(options: readonly Option[], query: string, limit = 50): Option[] {
  const q = fold(query);
  if (q === '') return options.slice(0, limit);
  const starts: Option[] = [];
  const contains: Option[] = [];
  for (const o of options) {
    const hay = [o.label, o.value, ...(o.keywords ?? [])].map(fold);
    if (hay.some((h) => h.startsWith(q))) starts.push(o);
    else if (hay.some((h) => h.includes(q))) contains.push(o);
    if (starts.length >= limit) break;
  }
  return [...starts, ...contains].slice(0, limit);
}
