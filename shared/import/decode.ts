// Turning the bytes of a text file into a string: BOMs, UTF-8, UTF-16 and the Windows-1252 files
// that Excel on Windows still writes. When the bytes are not valid UTF-8 we fall back to
// Windows-1252 and say we are unsure, so the UI can let the user pick the encoding.

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export type DecodedText = {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
  /** false when the encoding was a guess (Windows-1252 fallback): ask the user to confirm. */
  confident: boolean;
};

export type DecodeError = { kind: 'empty' } | { kind: 'binary' };

type Decoder = { decode: (bytes: Uint8Array) => string };
type DecoderCtor = new (label: string, options?: { fatal?: boolean }) => Decoder;
// shared/ has no DOM or Node types; TextDecoder exists in browsers, workers and Node alike.
const TextDecoderCtor = (globalThis as unknown as { TextDecoder: DecoderCtor }).TextDecoder;

function decodeWith(encoding: TextEncodingName, bytes: Uint8Array, fatal = false): string {
  return new TextDecoderCtor(encoding, { fatal }).decode(bytes);
}

/** Bytes that no text file has: NUL (outside UTF-16) and most C0 controls. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) controls++;
  }
  return controls > sample.length * 0.01;
}

/** UTF-16 without a BOM: every other byte is zero in mostly-Latin text. */
function utf16WithoutBom(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

export function decodeText(
  bytes: Uint8Array,
  forced?: TextEncodingName,
): { ok: true; value: DecodedText } | { ok: false; error: DecodeError } {
  if (bytes.length === 0) return { ok: false, error: { kind: 'empty' } };
  const done = (encoding: TextEncodingName, bom: boolean, confident: boolean, start: number) => {
    const text = decodeWith(encoding, bytes.subarray(start)).normalize('NFC');
    if (text.trim() === '') return { ok: false as const, error: { kind: 'empty' as const } };
    return { ok: true as const, value: { text, encoding, bom, confident } };
  };
  const [b0, b1, b2] = bytes;
  const utf8Bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  if (forced) {
    const bomLength =
      forced === 'utf-8' && utf8Bom
        ? 3
        : (forced === 'utf-16le' && b0 === 0xff && b1 === 0xfe) ||
            (forced === 'utf-16be' && b0 === 0xfe && b1 === 0xff)
          ? 2
          : 0;
    return done(forced, bomLength > 0, true, bomLength);
  }
  if (utf8Bom) return done('utf-8', true, true, 3);
  if (b0 === 0xff && b1 === 0xfe) return done('utf-16le', true, true, 2);
  if (b0 === 0xfe && b1 === 0xff) return done('utf-16be', true, true, 2);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return done(utf16, false, false, 0);
  if (looksBinary(bytes)) return { ok: false, error: { kind: 'binary' } };
  try {
    decodeWith('utf-8', bytes, true);
    return done('utf-8', false, true, 0);
  } catch {
    // Not UTF-8: Windows-1252 decodes every byte, so it is the only safe fallback; the user
    // confirms it (or picks another) in the wizard.
    return done('windows-1252', false, false, 0);
  }
}
