// The part of WebCrypto's SubtleCrypto that shared/crypto uses. shared/ compiles without DOM or
// Node types, so the surface is declared here; at run time it is `globalThis.crypto.subtle`
// (Node 20, Electron and Chromium all provide it).
export type CryptoKeyHandle = { readonly type: string };
type Bytes = Uint8Array;

export type SubtleSurface = {
  importKey(
    format: 'raw',
    keyData: Bytes | ArrayBuffer,
    algorithm: 'PBKDF2' | 'HKDF' | 'AES-GCM',
    extractable: false,
    usages: readonly ('deriveBits' | 'encrypt' | 'decrypt')[],
  ): Promise<CryptoKeyHandle>;
  deriveBits(
    algorithm:
      | { name: 'PBKDF2'; hash: 'SHA-256'; salt: Bytes; iterations: number }
      | { name: 'HKDF'; hash: 'SHA-256'; salt: Bytes; info: Bytes },
    key: CryptoKeyHandle,
    length: number,
  ): Promise<ArrayBuffer>;
  encrypt(
    algorithm: { name: 'AES-GCM'; iv: Bytes; additionalData: Bytes; tagLength: number },
    key: CryptoKeyHandle,
    data: Bytes,
  ): Promise<ArrayBuffer>;
  decrypt(
    algorithm: { name: 'AES-GCM'; iv: Bytes; additionalData: Bytes; tagLength: number },
    key: CryptoKeyHandle,
    data: Bytes,
  ): Promise<ArrayBuffer>;
  digest(algorithm: 'SHA-256', data: Bytes): Promise<ArrayBuffer>;
};

export function subtle(): SubtleSurface {
  const c = (globalThis as unknown as { crypto?: { subtle?: SubtleSurface } }).crypto;
  if (!c?.subtle) throw new Error('WebCrypto is not available in this environment');
  return c.subtle;
}

type TextEncoderLike = { encode(text: string): Uint8Array };

/** UTF-8 bytes of a string (TextEncoder exists everywhere this runs, but not in ES2022 types). */
export function utf8(text: string): Uint8Array {
  const Encoder = (globalThis as unknown as { TextEncoder: new () => TextEncoderLike }).TextEncoder;
  return new Encoder().encode(text);
}
