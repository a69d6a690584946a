// Comparison keys: case-, accent- and punctuation-insensitive, for matching what people type.

/** "Côte d'Ivoire" → "cote d ivoire"; "  São  Tomé " → "sao tome". */
export function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Tidies a user-typed value: NFC, trimmed, inner runs of spaces collapsed. */
export function tidy(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}
