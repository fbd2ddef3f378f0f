/**
 * Validates rendered Atom feeds against RFC 4287's RELAX NG schema with jing
 * (Debian package `jing`): the seed's feed of every section, and a feed full of
 * hostile content.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderAtom1 } from "../../src/render/atom1.ts";
import { buildChannel, buildFeedItem } from "../../src/render/index.ts";
import { HOSTILE_SITE, hostileArticle } from "../render/hostile.fixtures.ts";
import { SITE, seedItems } from "../render/seed.ts";
import { runTool } from "./tools.ts";

const SCHEMA = join(import.meta.dirname, "../fixtures/schemas/atom-rfc4287.rnc");
const dir = mkdtempSync(join(tmpdir(), "edgepaper-atom-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** jing's verdict on one file: exit status and its messages (its classpath warnings on stderr dropped). */
function jing(xml: string, name: string): { status: number | null; messages: string } {
  const file = join(dir, name);
  writeFileSync(file, xml);
  const result = runTool("jing", ["-c", SCHEMA, file], "jing");
  return { status: result.status, messages: result.stdout.trim() };
}

describe("Atom feeds against the RFC 4287 schema (jing)", () => {
  it.each(["all", "politics", "economy", "agriculture-photos", "other"])("the seed's %s feed is valid", (section) => {
    const items = seedItems(section);
    const verdict = jing(renderAtom1(buildChannel(SITE, section, { items }), items), `${section}.atom`);
    expect(verdict.messages).toBe("");
    expect(verdict.status).toBe(0);
  });

  it("a feed whose entries carry pictures (enclosure links) is valid", () => {
    const [first, ...rest] = seedItems("all");
    const image = { url: `${SITE.siteUrl}/images/${"a".repeat(32)}.png`, type: "image/png", width: 4, height: 3, bytes: 120, caption: "图", credit: "" };
    const items = [{ ...first!, images: [image, { ...image, url: image.url.replace(".png", ".gif"), type: "image/gif" }] }, ...rest];
    const verdict = jing(renderAtom1(buildChannel(SITE, "all", { items }), items), "pictures.atom");
    expect(verdict.messages).toBe("");
    expect(verdict.status).toBe(0);
  });

  it("a feed of hostile content is valid", () => {
    const item = buildFeedItem(HOSTILE_SITE, hostileArticle(`<script>&]]>"'\u0000\u0001\uD800\u202E`));
    const verdict = jing(renderAtom1(buildChannel(HOSTILE_SITE, "all", { items: [item] }), [item]), "hostile.atom");
    expect(verdict.messages).toBe("");
    expect(verdict.status).toBe(0);
  });

  it("jing rejects a feed that breaks the schema (the check can fail)", () => {
    const items = seedItems("politics");
    const broken = renderAtom1(buildChannel(SITE, "politics", { items }), items).replace(/<updated>[^<]*<\/updated>/, "<updated>yesterday</updated>");
    const verdict = jing(broken, "broken.atom");
    expect(verdict.status).not.toBe(0);
    expect(verdict.messages).toMatch(/updated|dateTime/i);
  });
});
