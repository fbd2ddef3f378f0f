import { describe, expect, it } from "vitest";
import { balanceBidi, cleanJson, cleanText, escapeHtml, escapeXmlAttr, escapeXmlText, jsonForScript } from "../../src/render/escape.ts";
import { xmlErrors } from "./xml-check.ts";

const ILLEGAL = [
  ...Array.from({ length: 9 }, (_, i) => String.fromCharCode(i)), // U+0000–U+0008
  "\u000B",
  "\u000C",
  ...Array.from({ length: 0x20 - 0x0e }, (_, i) => String.fromCharCode(0x0e + i)), // U+000E–U+001F
  "\uFFFE",
  "\uFFFF",
  "\uD800", // lone high surrogate
  "\uDFFF", // lone low surrogate
];

describe("cleanText", () => {
  it.each(ILLEGAL.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`, c]))("removes %s", (_name, c) => {
    expect(cleanText(`a${c}b`)).toBe("ab");
  });

  it("keeps tab, line feed, carriage return, surrogate pairs, RTL marks and CJK", () => {
    const keep = "a\tb\nc\rd 😀 \u200F\u202Eעברית\u202C 株洲日报 \u0085\u007F";
    expect(cleanText(keep)).toBe(keep);
    expect(cleanText("\u202Eעברית")).toBe("\u202Eעברית");
  });

  it("removes a high surrogate at the end and a low surrogate at the start", () => {
    expect(cleanText("\uDC00x\uD83D")).toBe("x");
    expect(cleanText("\uD83D\uD83D\uDE00")).toBe("\uD83D\uDE00");
  });
});

describe("XML escaping", () => {
  it("escapes markup in text and keeps ]]> harmless", () => {
    expect(escapeXmlText(`a<b>&c ]]> "q" 'r'`)).toBe(`a&lt;b&gt;&amp;c ]]&gt; "q" 'r'`);
    expect(escapeXmlText("a\r\nb\tc")).toBe("a&#13;\nb\tc");
  });

  it("escapes quotes and keeps tabs and newlines in attributes as references", () => {
    expect(escapeXmlAttr(`a"b'c<d>&\t\n\r`)).toBe("a&quot;b&#39;c&lt;d&gt;&amp;&#9;&#10;&#13;");
  });

  it("yields well-formed documents for every illegal and markup character", () => {
    const nasty = `${ILLEGAL.join("")}<script>&amp;]]>"'\u2028`;
    const doc = `<r a="${escapeXmlAttr(nasty)}" b='${escapeXmlAttr(nasty)}'>${escapeXmlText(nasty)}</r>`;
    expect(xmlErrors(doc)).toEqual([]);
  });

  it("escapes HTML the same way", () => {
    expect(escapeHtml(`<img src=x onerror="alert(1)">`)).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });
});

describe("JSON", () => {
  it("jsonForScript cannot close a script element and round-trips", () => {
    const value = { a: "</script><script>alert(1)</script>", b: "<!-- & \u2028\u2029", c: ["x\u0000y\uD800"] };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ a: value.a, b: value.b, c: ["xy"] });
  });

  it("cleanJson removes illegal characters from every string, keys untouched", () => {
    expect(JSON.parse(cleanJson({ k: ["a\u0001\uDC00b"], n: 1, z: null }))).toEqual({ k: ["ab"], n: 1, z: null });
    expect(JSON.parse(cleanJson(ILLEGAL.map((c) => `<${c}>`)))).toEqual(ILLEGAL.map(() => "<>"));
  });

  it("cleanJson keeps ordinary text, pairs, tabs, newlines and literal backslashes exactly", () => {
    const value = { t: "株洲\t\n\r😀 \\u0001 \\b \\ud800 \u2028", list: [1, true, null] };
    expect(cleanJson(value)).toBe(JSON.stringify(value));
    expect(JSON.parse(cleanJson(value))).toEqual(value);
  });
});

describe("bidirectional controls", () => {
  it("a lone override or isolate is closed at the end of its field, a stray closer dropped, balanced text unchanged", () => {
    expect(balanceBidi("标题\u202E反转")).toBe("标题\u202E反转\u202C");
    expect(balanceBidi("a\u2067b\u202Bc")).toBe("a\u2067b\u202Bc\u202C\u2069");
    expect(balanceBidi("a\u202Cb\u2069c")).toBe("abc");
    expect(balanceBidi("a\u202Eb\u202Cc\u2066d\u2069")).toBe("a\u202Eb\u202Cc\u2066d\u2069");
    expect(escapeHtml("<\u202E>")).toBe("&lt;\u202E&gt;\u202C");
    expect(escapeXmlText("\u202E")).toBe("\u202E"); // feeds carry the text as it is
  });
});
