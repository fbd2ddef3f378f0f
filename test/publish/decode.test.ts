import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodePage, DecodeError } from "../../src/publish/decode.ts";
import { ROOT, SEED_TEXT } from "./helpers.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}
function decodeError(file: string, bytes: Uint8Array): DecodeError {
  try {
    decodePage(file, bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(DecodeError);
    return e as DecodeError;
  }
  throw new Error("expected a DecodeError");
}

describe("decodePage", () => {
  it("reads UTF-8 with and without a BOM", () => {
    expect(decodePage("a.txt", utf8(SEED_TEXT))).toEqual({ text: SEED_TEXT, encoding: "utf-8" });
    expect(decodePage("a.txt", concat([0xef, 0xbb, 0xbf], utf8(SEED_TEXT)))).toEqual({ text: SEED_TEXT, encoding: "utf-8" });
  });

  it("reads UTF-16 with either BOM", () => {
    expect(decodePage("a.txt", utf16(SEED_TEXT, true))).toEqual({ text: SEED_TEXT, encoding: "utf-16le" });
    expect(decodePage("a.txt", utf16(SEED_TEXT, false))).toEqual({ text: SEED_TEXT, encoding: "utf-16be" });
  });

  it("reads the real GB18030 bytes of the seed page", () => {
    const bytes = readFileSync(`${ROOT}test/publish/fixtures/seed.gb18030.txt`);
    expect(decodePage("gbk.txt", bytes)).toEqual({ text: SEED_TEXT, encoding: "gb18030" });
  });

  it("normalises CRLF and lone CR line endings", () => {
    expect(decodePage("a.txt", utf8("一\r\n二\r三\n")).text).toBe("一\n二\n三\n");
    expect(decodePage("a.txt", utf16("一\r\n二", true)).text).toBe("一\n二");
  });

  it("rejects binary data with the file and the offset of the first control byte", () => {
    const e = decodeError("junk.txt", concat(utf8("标题\n"), [0x00, 0x01, 0x02]));
    expect(e.offset).toBe(7);
    expect(e.message).toMatch(/^junk\.txt: byte 7: control byte 0x00/);
    const png = concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]);
    expect(decodeError("image.txt", png).offset).toBe(6);
  });

  it("rejects invalid UTF-8 after a UTF-8 BOM at the offending byte", () => {
    const e = decodeError("bad.txt", concat([0xef, 0xbb, 0xbf], utf8("好"), [0xff, 0x41]));
    expect(e.offset).toBe(6);
    expect(e.message).toContain("bad.txt: byte 6");
  });

  it("rejects bytes that are neither UTF-8 nor GB18030, naming the first bad offset", () => {
    const e = decodeError("trunc.txt", concat(utf8("正常"), [0x81]));
    expect(e.offset).toBe(6);
  });

  it("rejects truncated or broken UTF-16 and control characters inside it", () => {
    expect(decodeError("odd.txt", concat(utf16("好", true), [0x41])).message).toContain("odd number of bytes");
    expect(decodeError("sur.txt", concat([0xff, 0xfe], [0x41, 0x00, 0x00, 0xd8, 0x41, 0x00])).offset).toBe(4);
    expect(decodeError("ctl.txt", utf16("a\u0000b", true)).offset).toBe(4);
  });
});

describe("a UTF-8 page with a corrupt byte is not read as GB18030", () => {
  // The closing `。` (E3 80 82) lost a byte: what is left is valid GB18030 from start to end (the
  // page decodes as 鐭秷鎭細… mojibake), but the page is UTF-8 everywhere else.
  const corrupt = () => {
    const whole = Buffer.from("短消息：春耕生产有序推进，农民忙着播种。", "utf8");
    const bytes = Buffer.concat([whole.subarray(0, whole.length - 2), whole.subarray(whole.length - 1)]);
    return { bytes: new Uint8Array(bytes), at: whole.length - 3 };
  };

  it("is an error naming the corrupt byte, not mojibake", () => {
    const { bytes, at } = corrupt();
    expect(() => new TextDecoder("gb18030", { fatal: true }).decode(bytes)).not.toThrow();
    const e = decodeError("page.txt", bytes);
    expect(e.offset).toBe(at);
    expect(e.message).toMatch(/otherwise UTF-8 \(\d bad place\(s\) among \d+ valid characters\)/);
  });

  it("unless the manifest names the encoding; a real GB18030 page is still detected", () => {
    const { bytes } = corrupt();
    expect(decodePage("page.txt", bytes, "gb18030").encoding).toBe("gb18030");
    const gb = new Uint8Array(readFileSync(`${ROOT}test/publish/fixtures/seed.gb18030.txt`));
    expect(decodePage("seed.txt", gb).text).toBe(SEED_TEXT);
    expect(() => decodePage("seed.txt", gb, "utf-8")).toThrow(/not valid utf-8 \(the manifest names this encoding/);
  });
});
