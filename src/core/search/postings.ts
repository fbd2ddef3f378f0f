/**
 * Postings: ascending article numbers, stored as the gaps between them in a compact text
 * (KV values here are text). Each gap is written in 5-bit groups, low group first, one
 * character per group from a 64-character alphabet that JSON never escapes: a group with
 * more to come uses the upper half of the alphabet. A gap below 32 is one character.
 */
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
const CODES = new Uint8Array(ALPHABET.split("").map((c) => c.charCodeAt(0)));
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

const ascii = new TextDecoder("ascii");

export class PostingsError extends Error {
  override name = "PostingsError";
}

/** Appends ascending numbers; `text()` is the encoding. */
export class PostingsWriter {
  private bytes = new Uint8Array(16);
  private length = 0;
  last = -1;
  private readonly base: number;
  constructor(base: number) {
    this.base = base;
  }

  add(n: number): void {
    if (n <= this.last) throw new PostingsError(`postings must ascend (${n} after ${this.last})`);
    let gap = this.last < 0 ? n - this.base : n - this.last - 1;
    this.last = n;
    if (this.length + 8 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    while (gap >= 32) {
      this.bytes[this.length++] = CODES[32 + (gap & 31)]!;
      gap >>>= 5;
    }
    this.bytes[this.length++] = CODES[gap]!;
  }

  get size(): number {
    return this.length;
  }

  text(): string {
    if (this.length < 64) return String.fromCharCode(...this.bytes.subarray(0, this.length));
    return ascii.decode(this.bytes.subarray(0, this.length));
  }
}

/** The numbers of an encoded list, ascending. */
export function decodePostings(text: string, base: number): number[] {
  const out: number[] = [];
  let last = base - 1;
  let gap = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? VALUE[c]! : -1;
    if (v < 0) throw new PostingsError(`postings hold an unexpected character at ${i}`);
    if (v >= 32) {
      gap += (v - 32) * scale;
      scale *= 32;
      continue;
    }
    gap += v * scale;
    last += gap + 1;
    out.push(last);
    gap = 0;
    scale = 1;
  }
  if (scale !== 1) throw new PostingsError("postings end inside a number");
  return out;
}

/** The numbers in both ascending lists. */
export function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out.push(a[i]!);
      i++;
      j++;
    }
  }
  return out;
}
