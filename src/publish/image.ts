/**
 * What a picture file is, read from its own bytes: the format (JPEG, PNG, WebP, GIF), hence
 * its media type and extension, and its width and height from the header. Never from the
 * file name, which an editor may have got wrong. Pure: bytes in, facts or a reason out.
 */

export const IMAGE_FORMATS = {
  jpeg: { ext: "jpg", type: "image/jpeg" },
  png: { ext: "png", type: "image/png" },
  webp: { ext: "webp", type: "image/webp" },
  gif: { ext: "gif", type: "image/gif" },
} as const;

export type ImageFormat = keyof typeof IMAGE_FORMATS;

/** Media type by extension, as a picture's name (`<hash>.<ext>`) carries it. */
export const IMAGE_TYPES = Object.fromEntries(Object.values(IMAGE_FORMATS).map((f) => [f.ext, f.type])) as Record<ImageExtension, string>;
export type ImageExtension = (typeof IMAGE_FORMATS)[ImageFormat]["ext"];

/** Largest picture the build accepts. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

export interface ImageFacts {
  format: ImageFormat;
  ext: ImageExtension;
  type: string;
  width: number;
  height: number;
}

/** The facts of an image, or a sentence saying why these bytes are not one the site can show. */
export function readImage(bytes: Uint8Array): ImageFacts | string {
  if (bytes.length === 0) return "the file is empty";
  if (bytes.length > MAX_IMAGE_BYTES) return `${bytes.length} bytes; a picture may have at most ${MAX_IMAGE_BYTES}`;
  const size = sniff(bytes);
  if (typeof size === "string") return size;
  const [format, width, height] = size;
  if (width < 1 || height < 1) return `its header gives a size of ${width}×${height}`;
  return { format, ...IMAGE_FORMATS[format], width, height };
}

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + ((b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!);
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

function sniff(b: Uint8Array): [ImageFormat, number, number] | string {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return jpeg(b);
  if (b.length >= 8 && ascii(b, 0, 8) === "\x89PNG\r\n\x1a\n") {
    if (b.length < 24 || ascii(b, 12, 4) !== "IHDR") return "a PNG without its IHDR header";
    return ["png", u32be(b, 16), u32be(b, 20)];
  }
  if (b.length >= 6 && (ascii(b, 0, 6) === "GIF87a" || ascii(b, 0, 6) === "GIF89a")) {
    if (b.length < 10) return "a GIF cut short in its header";
    return ["gif", u16le(b, 6), u16le(b, 8)];
  }
  if (b.length >= 12 && ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 4) === "WEBP") return webp(b);
  return "not a JPEG, PNG, WebP or GIF picture (judged by its bytes, not its name)";
}

/** A JPEG's size is in its first start-of-frame segment (SOF0–SOF15 but DHT, JPG and DAC). */
function jpeg(b: Uint8Array): [ImageFormat, number, number] | string {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return "a JPEG whose segments are broken";
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break; // end of image, or scan data before any frame header
    const length = u16be(b, i + 2);
    if (length < 2) return "a JPEG whose segments are broken";
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (i + 9 > b.length) break;
      return ["jpeg", u16be(b, i + 7), u16be(b, i + 5)];
    }
    i += 2 + length;
  }
  return "a JPEG without a frame header (no width and height)";
}

/** WebP: lossy (VP8), lossless (VP8L) or extended (VP8X) carry the size each their own way. */
function webp(b: Uint8Array): [ImageFormat, number, number] | string {
  const chunk = ascii(b, 12, 4);
  if (chunk === "VP8X" && b.length >= 30) return ["webp", u24le(b, 24) + 1, u24le(b, 27) + 1];
  if (chunk === "VP8L" && b.length >= 25 && b[20] === 0x2f) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return ["webp", (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1];
  }
  if (chunk === "VP8 " && b.length >= 30 && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) return ["webp", u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff];
  return "a WebP whose header gives no size";
}
