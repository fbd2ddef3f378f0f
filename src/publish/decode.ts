/**
 * Page files come from many tools: UTF-8 with or without a BOM, UTF-16 with a
 * BOM, or GB18030/GBK from older e-paper systems. Decode them all to one
 * string with "\n" line endings, and refuse binary or undecodable bytes with
 * the byte offset where the trouble starts. Web-standard TextDecoder only.
 */

export class DecodeError extends Error {
  override name = "DecodeError";
  readonly file: string;
  readonly offset: number;
  constructor(file: string, offset: number, message: string) {
    super(`${file}: byte ${offset}: ${message}`);
    this.file = file;
    this.offset = offset;
  }
}

export interface Decoded {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030";
}

/** Control bytes that never occur in text (tab, LF, FF, CR and ESC excepted). */
const isBinaryByte = (b: number): boolean => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b;

/** The characters of the bytes isBinaryByte refuses. */
const BINARY_CHAR = /[\u0000-\u0008\u000B\u000E-\u001A\u001C-\u001F]/;

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

function decodeUtf8OrNull(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * How many valid multi-byte UTF-8 sequences the bytes hold, and how many places break UTF-8.
 * Text in another encoding breaks it nearly everywhere; a UTF-8 page with a corrupt byte
 * breaks it once among many valid sequences.
 */
export function utf8Census(bytes: Uint8Array, from = 0): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = from;
  while (i < bytes.length) {
    const bad = firstInvalidUtf8(bytes, i, bytes.length);
    const end = bad < 0 ? bytes.length : bad;
    for (let k = i; k < end; k++) if (bytes[k]! >= 0xc2 && bytes[k]! <= 0xf4) valid++;
    if (bad < 0) break;
    invalid++;
    i = bad + 1;
  }
  return { valid, invalid };
}

/** Offset of the first byte that breaks UTF-8 (in `from`…`to`), or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let i = from;
  while (i < to) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

function decodeUtf16(file: string, bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): Decoded {
  if ((bytes.length - 2) % 2 !== 0) throw new DecodeError(file, bytes.length - 1, `${encoding} file has an odd number of bytes (truncated?)`);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes.subarray(2));
  } catch {
    // Find the first unpaired surrogate to name its offset.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let offset = 2;
    for (let i = 2; i + 1 < bytes.length; i += 2) {
      const unit = view.getUint16(i, encoding === "utf-16le");
      if (unit >= 0xd800 && unit <= 0xdbff) {
        const next = i + 3 < bytes.length ? view.getUint16(i + 2, encoding === "utf-16le") : 0;
        if (next < 0xdc00 || next > 0xdfff) { offset = i; break; }
        i += 2;
      } else if (unit >= 0xdc00 && unit <= 0xdfff) { offset = i; break; }
    }
    throw new DecodeError(file, offset, `not valid ${encoding}`);
  }
  for (let i = 0; i < text.length; i++) {
    if (isBinaryByte(text.charCodeAt(i))) throw new DecodeError(file, 2 + i * 2, `control character U+${text.charCodeAt(i).toString(16).padStart(4, "0").toUpperCase()}: binary data, not text`);
  }
  return { text: normaliseNewlines(text), encoding };
}

/** Encodings a manifest's page entry may name to override detection. */
export const ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "gb18030"] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Bytes as the named encoding, strictly: an undecodable byte is an error naming its offset. */
function decodeAs(file: string, bytes: Uint8Array, encoding: Encoding): Decoded {
  if (encoding === "utf-16le" || encoding === "utf-16be") {
    const bom = encoding === "utf-16le" ? bytes[0] === 0xff && bytes[1] === 0xfe : bytes[0] === 0xfe && bytes[1] === 0xff;
    return decodeUtf16(file, bom ? bytes : new Uint8Array([...(encoding === "utf-16le" ? [0xff, 0xfe] : [0xfe, 0xff]), ...bytes]), encoding);
  }
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    const control = text.search(BINARY_CHAR);
    if (control >= 0) throw new DecodeError(file, bytes.findIndex(isBinaryByte), `control character: binary data, not text`);
    return { text: normaliseNewlines(text), encoding };
  } catch (e) {
    if (e instanceof DecodeError) throw e;
    const at = encoding === "utf-8" ? firstInvalidUtf8(bytes) : 0;
    throw new DecodeError(file, Math.max(0, at), `not valid ${encoding} (the manifest names this encoding for the page)`);
  }
}

export function decodePage(file: string, bytes: Uint8Array, encoding?: Encoding): Decoded {
  if (encoding !== undefined) return decodeAs(file, bytes, encoding);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(file, bytes, "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(file, bytes, "utf-16be");
  // What nearly every page is, checked natively: valid UTF-8 (the fatal decoder refuses exactly
  // what firstInvalidUtf8 finds) without control bytes (in valid UTF-8 a byte below 0x20 only
  // ever stands for itself, so the text shows it). Anything else takes the exact path below,
  // which names the offending byte.
  const fast = decodeUtf8OrNull(bytes);
  if (fast !== null && !BINARY_CHAR.test(fast)) return { text: normaliseNewlines(fast), encoding: "utf-8" };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const binaryAt = bytes.findIndex(isBinaryByte);
  if (binaryAt >= 0) {
    throw new DecodeError(file, binaryAt, `control byte 0x${bytes[binaryAt]!.toString(16).padStart(2, "0")}: binary data, not text`);
  }
  const badUtf8 = firstInvalidUtf8(bytes, bom);
  if (badUtf8 < 0) return { text: normaliseNewlines(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes)), encoding: "utf-8" };
  if (bom) throw new DecodeError(file, badUtf8, "invalid UTF-8 after a UTF-8 byte-order mark");
  // GB18030 decodes almost any bytes: believe it only when the file is no UTF-8 text at all —
  // when places that break UTF-8 outnumber valid multi-byte sequences. A UTF-8 page with a few
  // corrupt bytes would otherwise be published as mojibake.
  const census = utf8Census(bytes);
  if (census.valid >= census.invalid) {
    throw new DecodeError(
      file,
      badUtf8,
      `invalid UTF-8 here, in a file that is otherwise UTF-8 (${census.invalid} bad place(s) among ${census.valid} valid characters): a corrupt byte; fix it, or name the page's encoding in the manifest ("encoding": "gb18030")`,
    );
  }
  try {
    return { text: normaliseNewlines(new TextDecoder("gb18030", { fatal: true, ignoreBOM: false }).decode(bytes)), encoding: "gb18030" };
  } catch {
    throw new DecodeError(file, badUtf8, "neither UTF-8 (invalid sequence here) nor GB18030");
  }
}
