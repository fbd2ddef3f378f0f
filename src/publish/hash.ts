/**
 * Content hashes for keys and build ids. Web Crypto, so the same code runs in
 * the Node build and in workerd. Base32 (lowercase, no padding) keeps hashes
 * URL-safe and case-insensitive; 20 characters carry 100 bits, ample for keys
 * that only need to tell one archive's contents apart.
 */

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

export function base32(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}

const encoder = new TextEncoder();

/** SHA-256 of the UTF-8 text, base32, cut to `length` characters. */
export async function hashText(text: string, length = 20): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(text));
  return base32(new Uint8Array(digest)).slice(0, length);
}

/**
 * FNV-1a (32 bit), for checksums that must be computed synchronously on the
 * request path (cursor checks, ETags). Not a security primitive.
 */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
