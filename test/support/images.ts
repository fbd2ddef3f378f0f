/**
 * Small pictures made by the tests themselves, in pure JS (they run in Node and in workerd):
 * a real, decodable PNG of one colour, and the leading bytes of a JPEG, GIF and the three
 * kinds of WebP, which is all the build reads of a picture (type and size).
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const le16 = (n: number) => [n & 255, (n >>> 8) & 255];
const le24 = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255];
const bytesOf = (s: string) => [...s].map((c) => c.charCodeAt(0));

function chunk(type: string, data: number[]): number[] {
  const body = new Uint8Array([...bytesOf(type), ...data]);
  return [...be32(data.length), ...body, ...be32(crc32(body))];
}

/** A w×h PNG filled with one RGB colour: decodable by any browser (zlib with stored blocks). */
export function makePng(width: number, height: number, rgb: [number, number, number] = [200, 60, 40]): Uint8Array {
  const raw: number[] = [];
  for (let y = 0; y < height; y++) {
    raw.push(0);
    for (let x = 0; x < width; x++) raw.push(...rgb);
  }
  const zlib: number[] = [0x78, 0x01];
  for (let i = 0; i < raw.length || i === 0; i += 65535) {
    const block = raw.slice(i, i + 65535);
    const last = i + 65535 >= raw.length ? 1 : 0;
    zlib.push(last, ...le16(block.length), ...le16(~block.length & 0xffff), ...block);
  }
  let a = 1;
  let b = 0;
  for (const x of raw) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  zlib.push(...be32(((b << 16) | a) >>> 0));
  return new Uint8Array([
    ...bytesOf("\x89PNG\r\n\x1a\n"),
    ...chunk("IHDR", [...be32(width), ...be32(height), 8, 2, 0, 0, 0]),
    ...chunk("IDAT", zlib),
    ...chunk("IEND", []),
  ]);
}

/** A JPEG's start: SOI, an APP0 segment, then a baseline frame header carrying the size. */
export function makeJpeg(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...bytesOf("JFIF\0"), 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 8, (height >>> 8) & 255, height & 255, (width >>> 8) & 255, width & 255, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xd9]);
}

export function makeGif(width: number, height: number): Uint8Array {
  return new Uint8Array([...bytesOf("GIF89a"), ...le16(width), ...le16(height), 0, 0, 0, 0x3b]);
}

/** The three WebP encodings, each carrying its size its own way. */
export function makeWebp(kind: "VP8 " | "VP8L" | "VP8X", width: number, height: number): Uint8Array {
  let payload: number[];
  if (kind === "VP8X") payload = [0, 0, 0, 0, ...le24(width - 1), ...le24(height - 1)];
  else if (kind === "VP8L") {
    const bits = (width - 1) | ((height - 1) << 14);
    payload = [0x2f, bits & 255, (bits >>> 8) & 255, (bits >>> 16) & 255, (bits >>> 24) & 255];
  } else payload = [0, 0, 0, 0x9d, 0x01, 0x2a, ...le16(width), ...le16(height)];
  const body = [...bytesOf("WEBP"), ...bytesOf(kind), ...[payload.length, 0, 0, 0], ...payload];
  return new Uint8Array([...bytesOf("RIFF"), ...[body.length & 255, (body.length >>> 8) & 255, 0, 0], ...body]);
}
