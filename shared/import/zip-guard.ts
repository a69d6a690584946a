// Checks an XLSX (a ZIP archive) from its central directory before any decompression, so that a
// zip bomb, an encrypted workbook or a truncated file is refused with a clear reason instead of
// exhausting memory inside the spreadsheet library.

/** Documented limits (also in docs/NOTES.md of the import work). */
export const XLSX_LIMITS = {
  /** The file itself. */
  maxFileBytes: 50 * 1024 * 1024,
  /** The sum of the sizes the archive declares once uncompressed. */
  maxUncompressedBytes: 300 * 1024 * 1024,
  /** A single entry may not expand by more than this factor (typical XLSX: 5–20×). */
  maxRatio: 200,
  maxEntries: 5000,
} as const;

export type ZipProblem =
  | { kind: 'too-large' }
  | { kind: 'encrypted' }
  | { kind: 'corrupt' }
  | { kind: 'zip-bomb' }
  | { kind: 'not-xlsx' };

export type ZipEntry = { name: string; compressed: number; uncompressed: number };

const u16 = (b: Uint8Array, o: number) => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number) => (u16(b, o) + u16(b, o + 2) * 0x10000) >>> 0;

/** The Compound File Binary header: legacy .xls, or an OOXML file encrypted with a password. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return sig.every((v, i) => bytes[i] === v);
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function readZipDirectory(
  bytes: Uint8Array,
): { ok: true; entries: ZipEntry[] } | { ok: false; problem: ZipProblem } {
  // The end-of-central-directory record sits in the last 22 + up to 65535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, problem: { kind: 'corrupt' } };
  const count = u16(bytes, eocd + 10);
  const size = u32(bytes, eocd + 12);
  const offset = u32(bytes, eocd + 16);
  if (count > XLSX_LIMITS.maxEntries) return { ok: false, problem: { kind: 'zip-bomb' } };
  if (offset + size > eocd) return { ok: false, problem: { kind: 'corrupt' } };
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) {
      return { ok: false, problem: { kind: 'corrupt' } };
    }
    const flags = u16(bytes, p + 8);
    if (flags & 1) return { ok: false, problem: { kind: 'encrypted' } };
    const compressed = u32(bytes, p + 20);
    const uncompressed = u32(bytes, p + 24);
    const nameLength = u16(bytes, p + 28);
    const extra = u16(bytes, p + 30);
    const comment = u16(bytes, p + 32);
    const local = u32(bytes, p + 42);
    if (local + 30 > bytes.length) return { ok: false, problem: { kind: 'corrupt' } };
    let name = '';
    for (const b of bytes.subarray(p + 46, p + 46 + nameLength)) name += String.fromCharCode(b);
    entries.push({ name, compressed, uncompressed });
    p += 46 + nameLength + extra + comment;
  }
  return { ok: true, entries };
}

/** Refuses what we will not hand to the XLSX reader; null when the archive looks sound. */
export function checkXlsxArchive(bytes: Uint8Array): ZipProblem | null {
  if (bytes.length > XLSX_LIMITS.maxFileBytes) return { kind: 'too-large' };
  if (isCompoundFile(bytes)) return { kind: 'encrypted' };
  if (!isZip(bytes)) return { kind: 'not-xlsx' };
  const dir = readZipDirectory(bytes);
  if (!dir.ok) return dir.problem;
  let total = 0;
  for (const e of dir.entries) {
    // 0xFFFFFFFF means ZIP64 sizes: nothing a participant list needs.
    if (e.uncompressed === 0xffffffff || e.compressed === 0xffffffff) return { kind: 'zip-bomb' };
    total += e.uncompressed;
    if (e.uncompressed > 1024 * 1024 && e.uncompressed > e.compressed * XLSX_LIMITS.maxRatio) {
      return { kind: 'zip-bomb' };
    }
  }
  if (total > XLSX_LIMITS.maxUncompressedBytes) return { kind: 'zip-bomb' };
  if (!dir.entries.some((e) => e.name === 'xl/workbook.xml')) return { kind: 'not-xlsx' };
  return null;
}
