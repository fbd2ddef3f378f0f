/** `npm run --silent parse -- <page.txt>`, as outside checks call it. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { comparable, seedCase } from "../support/gold.ts";
import { weakOutsideEconomy } from "../support/weak-article.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const run = (...args: string[]) =>
  spawnSync(process.execPath, ["--experimental-strip-types", "--no-warnings", join(ROOT, "scripts", "parse.ts"), ...args], { encoding: "utf8" });

describe("the parse command", () => {
  it("prints every article with its section, the unassigned text and the warnings", () => {
    const out = run(join(ROOT, "test/fixtures/seed/000_f633fcfef24d2dbd.txt"));
    expect(out.status).toBe(0);
    expect(out.stderr).toBe("");
    const json = JSON.parse(out.stdout);
    expect(Object.keys(json)).toEqual(["articles", "unassigned", "warnings", "furniture"]);
    expect(json.articles.map(comparable)).toEqual(seedCase().gold.articles.map(comparable));
    expect(json.articles[0].lines).toEqual({ start: 3, end: 17 });
  });

  it("reads a GB18030 page like its UTF-8 original", () => {
    const dir = mkdtempSync(join(tmpdir(), "edgepaper-"));
    const file = join(dir, "page.txt");
    const text = "中共中央\n\n新华社北京11月6日电 会议召开。\n";
    writeFileSync(file, Buffer.from(gb18030(text)));
    const out = run(file);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout).articles[0].byline).toBe("新华社北京11月6日电");
  });

  it("takes the page's printed name as evidence for sections (--page-name)", () => {
    const dir = mkdtempSync(join(tmpdir(), "edgepaper-"));
    const file = join(dir, "page.txt");
    const weak = weakOutsideEconomy()!;
    writeFileSync(file, `${weak.title}\n\n本报记者 张三\n\n${weak.paragraphs[0]}\n`);
    expect(JSON.parse(run(file).stdout).articles[0].section).not.toBe("economy");
    expect(JSON.parse(run("--page-name", "经济", file).stdout).articles[0].section).toBe("economy");
  });

  it("names the file on stderr and exits non-zero when it cannot read it", () => {
    const out = run("no/such/page.txt");
    expect(out.status).not.toBe(0);
    expect(out.stdout).toBe("");
    expect(out.stderr).toContain("no/such/page.txt");
  });

  it("names the file and the byte offset of binary junk", () => {
    const dir = mkdtempSync(join(tmpdir(), "edgepaper-"));
    const file = join(dir, "junk.txt");
    writeFileSync(file, Buffer.from([0x41, 0x42, 0x00, 0x01, 0xff]));
    const out = run(file);
    expect(out.status).not.toBe(0);
    expect(out.stderr).toMatch(/junk\.txt.*byte 2/);
  });

  it("stops quietly when the reader closes the pipe (… | head)", () => {
    // (A page whose parse is far larger than a pipe's buffer, so the writer is still writing when head leaves.)
    const dir = mkdtempSync(join(tmpdir(), "edgepaper-"));
    const file = join(dir, "long.txt");
    writeFileSync(file, Array.from({ length: 400 }, (_, k) => `第${k}条消息\n\n本报讯（记者 张某）近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利，粮食颗粒归仓。\n`).join("\n"));
    const script = join(ROOT, "scripts", "parse.ts");
    const out = spawnSync("sh", ["-c", `"${process.execPath}" --experimental-strip-types --no-warnings "${script}" "${file}" | head -c 1 >/dev/null`], { encoding: "utf8" });
    expect(out.stderr).toBe("");
  });

  it("is what `npm run --silent parse` runs", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.scripts.parse).toContain("scripts/parse.ts");
  });
});

/** GB18030 bytes for Han text, found by decoding every two-byte code: enough for a test page. */
function gb18030(text: string): number[] {
  const decoder = new TextDecoder("gb18030");
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (!table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  return Array.from(text).flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch) ?? []));
}
