import { describe, expect, it } from "vitest";
import { nearest, readSourceManifest, ManifestError } from "../../src/publish/source.ts";

const paper = `"paper": { "name": "株洲日报", "nameEn": "Zhuzhou Daily", "language": "zh-CN", "utcOffset": "+08:00" }`;
const manifest = (editions: string) => `{\n  ${paper},\n  "editions": [\n${editions}\n  ]\n}\n`;
const edition = (date: string, pages: string) => `    {\n      "date": ${date},\n      "pages": [\n${pages}\n      ]\n    }`;
const page = (n: string, file: string) => `        { "page": ${n}, "file": ${file} }`;

function error(text: string): ManifestError {
  try {
    readSourceManifest("seeds/manifest.json", text);
  } catch (e) {
    expect(e).toBeInstanceOf(ManifestError);
    return e as ManifestError;
  }
  throw new Error("expected a ManifestError");
}

describe("readSourceManifest", () => {
  it("reads a good manifest, remembering each page's line", () => {
    const text = manifest([edition('"2023-11-07"', [page("1", '"a.txt"'), page("2", '"b.txt"')].join(",\n")), edition('"2023-11-08"', page("1", '"c.txt"'))].join(",\n"));
    const m = readSourceManifest("seeds/manifest.json", text);
    expect(m.paper.name).toBe("株洲日报");
    expect(m.pages.map((p) => [p.date, p.page, p.file, p.line])).toEqual([
      ["2023-11-07", 1, "a.txt", 7],
      ["2023-11-07", 2, "b.txt", 8],
      ["2023-11-08", 1, "c.txt", 14],
    ]);
  });

  it("names the file and line of invalid JSON", () => {
    const e = error('{\n  "paper": {},\n  "editions": [,]\n}');
    expect(e.message).toMatch(/^seeds\/manifest\.json:3: not valid JSON/);
  });

  it.each([
    ["a bad date", edition('"2023-02-30"', page("1", '"a.txt"')), 5, "date must be an ISO date"],
    ["a page number out of range", edition('"2023-11-07"', page("0", '"a.txt"')), 7, "page must be an integer from 1 to 999"],
    ["a path leaving the seeds folder", edition('"2023-11-07"', page("1", '"../secret.txt"')), 7, "relative path inside the seeds folder"],
    ["an absolute path", edition('"2023-11-07"', page("1", '"/etc/passwd"')), 7, "relative path"],
    ["a missing file name", edition('"2023-11-07"', '        { "page": 1 }'), 7, "file must be a file name"],
    ["a page listed twice", edition('"2023-11-07"', [page("1", '"a.txt"'), page("1", '"b.txt"')].join(",\n")), 8, "page 1 of 2023-11-07 is listed twice"],
    ["a file listed twice", edition('"2023-11-07"', [page("1", '"a.txt"'), page("2", '"a.txt"')].join(",\n")), 8, "a.txt is listed twice"],
    ["no pages", edition('"2023-11-07"', ""), 5, "pages must be a non-empty array"],
  ])("names the line of %s", (_what, editions, line, message) => {
    const e = error(manifest(editions));
    expect(e.line).toBe(line);
    expect(e.message).toContain(`seeds/manifest.json:${line}:`);
    expect(e.message).toContain(message);
  });

  it("reads a manifest saved with a byte-order mark, and a page's encoding; names the line of a bad one", () => {
    const text = manifest(edition('"2023-11-07"', '        { "page": 1, "file": "a.txt", "encoding": "gb18030" }'));
    expect(readSourceManifest("seeds/manifest.json", `\uFEFF${text}`).pages[0]!.encoding).toBe("gb18030");
    const e = error(manifest(edition('"2023-11-07"', '        { "page": 1, "file": "a.txt", "encoding": "latin1" }')));
    expect(e.message).toMatch(/^seeds\/manifest\.json:7: editions\[0\]\.pages\[0\]\.encoding must be one of utf-8, utf-16le, utf-16be, gb18030/);
  });

  it("refuses an unknown key, naming its line and the key it was probably meant to be", () => {
    const typo = manifest(edition('"2023-11-07"', '        { "page": 1, "file": "a.txt", "fiel": "b.txt" }'));
    expect(error(typo).message).toMatch(/^seeds\/manifest\.json:7: unknown key "fiel" in editions\[0\]\.pages\[0\] \(did you mean "file"\?\); known keys: page, file, name, encoding/);
    const edition2 = manifest(`    {\n      "date": "2023-11-07",\n      "tiem": "05:30",\n      "pages": [\n${page("1", '"a.txt"')}\n      ]\n    }`);
    expect(error(edition2).message).toMatch(/unknown key "tiem" in editions\[0\] \(did you mean "time"\?\)/);
    expect(nearest("zzzzzz", ["page", "file"])).toBeNull();
  });

  it("reads a page's printed name, and names the line of a bad one", () => {
    const named = manifest(edition('"2023-11-07"', '        { "page": 1, "file": "a.txt", "name": " 农业农村 " }'));
    expect(readSourceManifest("seeds/manifest.json", named).pages[0]!.name).toBe("农业农村");
    for (const bad of ['""', "42", '"\\u0007要闻"', JSON.stringify("要".repeat(25))]) {
      const e = error(manifest(edition('"2023-11-07"', `        { "page": 1, "file": "a.txt", "name": ${bad} }`)));
      expect(e.message).toMatch(/^seeds\/manifest\.json:7: editions\[0\]\.pages\[0\]\.name must be the page's printed name/);
    }
  });

  it("rejects a duplicate edition date and a bad paper", () => {
    const twice = manifest([edition('"2023-11-07"', page("1", '"a.txt"')), edition('"2023-11-07"', page("1", '"b.txt"'))].join(",\n"));
    expect(error(twice).message).toContain("edition 2023-11-07 is listed twice");
    expect(error(`{ "paper": { "name": "x" }, "editions": [] }`).message).toContain("paper.nameEn");
  });
});
