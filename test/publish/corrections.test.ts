/**
 * seeds/corrections.json through the build: the seed page built with an editor's corrections
 * (a join, a split, a section, a role, a retraction) gives exactly the expected articles; a
 * correction whose line changed warns (fails with --strict); a bad file fails naming its line
 * and publishes nothing; `npm run correct`'s library appends checked corrections.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addCorrection, parseAction } from "../../src/build/correct.ts";
import { runBuild, type BuildOptions } from "../../src/build/pipeline.ts";
import { lineFingerprint, readCorrections, CorrectionsError } from "../../src/publish/corrections.ts";
import { changeKey, parseKey, readChangeEntry } from "../../src/publish/layout.ts";
import { MemoryStore } from "../support/memory-store.ts";
import { SEED_FILE, SEED_TEXT, seedsSandbox, buildFailure } from "./helpers.ts";

const { sandbox, options } = seedsSandbox("edgepaper-corrections-");

const LINES = SEED_TEXT.split("\n");
const fp = (line: number) => lineFingerprint(LINES[line - 1]!);

/** Lines of the seed page: the first line of an article, a line inside another. */
const SEED = {
  kickerOfVisit: 19, // 曹慧泉开展主题教育专题调研时强调 (kicker of article 1)
  commentaryMiddle: 71, // a paragraph in the middle of the commentary (article 3)
  unionTitle: 99, // 市总工会搭舞台助“工”成“匠” (article 4)
  contestTitle: 114, // 茶陵首届创新创业大赛即将开赛 (article 5)
  concessionLead: 124, // the lead of 特许经营权交易活跃… (article 6)
};

const write = (corrections: unknown[]) => writeFile(path.join(sandbox.seeds, "corrections.json"), `${JSON.stringify({ corrections }, null, 2)}\n`);

async function articlesOf(store: MemoryStore, extra: Partial<BuildOptions> = {}) {
  const result = await runBuild(options(store, extra));
  const records = [...result.plan.entries].filter(([k]) => parseKey(k).kind === "article").map(([, v]) => JSON.parse(v));
  return { result, records: records.sort((a, b) => a.order - b.order) as { id: string; title: string; kicker: string | null; subtitle: string | null; section: string; paragraphs: string[]; lines: { start: number } }[] };
}


describe("the seed page built with corrections", () => {
  it("joins, splits, sets a section, changes a role and retracts: exactly the expected articles, untouched ids unchanged", async () => {
    const store = new MemoryStore();
    const plain = await articlesOf(store);
    expect(plain.records).toHaveLength(9);
    const idAt = (line: number) => plain.records.find((r) => r.lines.start === line)!.id;
    await write([
      // The join and the role change carry the ids the articles had, as `npm run correct` writes them.
      { file: SEED_FILE, line: SEED.contestTitle, fingerprint: fp(SEED.contestTitle), joinsPrevious: true, id: idAt(SEED.contestTitle) },
      { file: SEED_FILE, line: SEED.commentaryMiddle, startsArticle: true },
      { file: SEED_FILE, line: SEED.unionTitle, section: "other" },
      { file: SEED_FILE, line: SEED.kickerOfVisit, role: "title", id: idAt(SEED.kickerOfVisit) },
      { file: SEED_FILE, line: SEED.concessionLead, retract: true, reason: "数据有误，待核实后重发" },
    ]);
    const { result, records } = await articlesOf(store);
    // 9 − 1 joined + 1 split − 1 retracted
    expect(records).toHaveLength(8);
    const union = records.find((r) => r.title === "市总工会搭舞台助“工”成“匠”")!;
    expect(union.section).toBe("other");
    expect(union.paragraphs).toContain("茶陵首届创新创业大赛即将开赛");
    expect(records.some((r) => r.title === "茶陵首届创新创业大赛即将开赛")).toBe(false);
    const split = records.find((r) => r.lines.start === SEED.commentaryMiddle)!;
    expect(split.title).toBe(LINES[SEED.commentaryMiddle - 1]!.trim());
    const visit = records.find((r) => r.lines.start === SEED.kickerOfVisit)!;
    expect({ kicker: visit.kicker, title: visit.title }).toEqual({ kicker: null, title: "曹慧泉开展主题教育专题调研时强调" });
    expect(records.some((r) => r.title.startsWith("特许经营权交易活跃"))).toBe(false);
    expect(result.retracted).toEqual([{ file: SEED_FILE, title: "特许经营权交易活跃 交易金额创历年新高", reason: "数据有误，待核实后重发" }]);
    // Articles no correction touched keep their ids.
    const untouched = ["习近平会见全国“枫桥式工作法” 入选单位代表", "推动全市政法工作 再上新台阶", "“牧草之王”收割忙", "油茶满枝喜丰收"];
    for (const title of untouched) expect(records.find((r) => r.title === title)!.id, title).toBe(plain.records.find((r) => r.title === title)!.id);
    // The change log lists each change once: the join, the retraction, the articles they and the
    // split, section and role changed; the untouched articles not at all.
    const log = readChangeEntry(store.data.get(changeKey(2))!).changes;
    expect(new Set(log.map((c) => c.id)).size).toBe(log.length);
    const idOf = (title: string, from = plain.records) => from.find((r) => r.title === title)!.id;
    expect(log).toContainEqual({ id: idOf("茶陵首届创新创业大赛即将开赛"), change: "merged", into: idOf("市总工会搭舞台助“工”成“匠”") });
    expect(log).toContainEqual({ id: idOf("特许经营权交易活跃 交易金额创历年新高"), change: "retracted", reason: "数据有误，待核实后重发" });
    expect(log).toContainEqual({ id: idOf("市总工会搭舞台助“工”成“匠”"), change: "updated" });
    expect(log).toContainEqual({ id: split.id, change: "added" });
    expect(log).toContainEqual({ id: idAt(SEED.kickerOfVisit), change: "updated" });
    expect(visit.id).toBe(idAt(SEED.kickerOfVisit));
    expect(log.filter((c) => c.change === "removed")).toEqual([]);
    for (const title of untouched) expect(log.map((c) => c.id)).not.toContain(idOf(title));
  });

  it("a correction whose line's text changed stops applying, with a warning naming it; fatal with --strict", async () => {
    await write([{ file: SEED_FILE, line: SEED.contestTitle, fingerprint: "zzzzzz", joinsPrevious: true }]);
    const logged: string[] = [];
    const { records, result } = await articlesOf(new MemoryStore(), { log: (l) => logged.push(l) });
    expect(records).toHaveLength(9);
    expect(result.warnings).toBeGreaterThan(0);
    expect(logged.join("\n")).toMatch(/corrections\.json:\d+: warning: the correction to join the article to the one before at 000_f633fcfef24d2dbd\.txt:114 no longer matches its line .*; not applied/);
    const store = new MemoryStore();
    expect(await buildFailure(options(store, { strict: true }))).toMatch(/no longer matches its line .*\(fatal with --strict\)/);
    expect(store.data.size).toBe(0);
    // A retraction never lapses into publishing what it withdrew: a stale one fails the build.
    await write([{ file: SEED_FILE, line: SEED.concessionLead, fingerprint: "zzzzzz", retract: true, reason: "数据有误" }]);
    expect(await buildFailure(options(store))).toMatch(/the retraction at 000_f633fcfef24d2dbd\.txt:124 no longer matches its line .*nothing was published/);
    expect(store.data.size).toBe(0);
  });

  it("a malformed file, a line past the page or a blank line fails naming the line, and publishes nothing", async () => {
    const store = new MemoryStore();
    await writeFile(path.join(sandbox.seeds, "corrections.json"), '{"corrections": [\n  {"file": "x.txt",, "line": 1}\n]}');
    expect(await buildFailure(options(store))).toMatch(/seeds\/corrections\.json:2: not valid JSON/);
    await write([{ file: SEED_FILE, line: 9999, role: "title" }]);
    expect(await buildFailure(options(store))).toMatch(/corrections\.json:3: line 9999 is past the end of 000_f633fcfef24d2dbd\.txt \(\d+ lines\)/);
    await write([{ file: SEED_FILE, line: 2, role: "title" }]);
    expect(await buildFailure(options(store))).toMatch(/line 2 of 000_f633fcfef24d2dbd\.txt is blank/);
    expect(store.writes).toEqual([]);
  });
});

describe("corrections.json is checked line by line", () => {
  const pages = new Set([SEED_FILE]);
  const error = (corrections: unknown) => {
    try {
      readCorrections("seeds/corrections.json", JSON.stringify({ corrections }, null, 2), pages);
      return null;
    } catch (e) {
      expect(e).toBeInstanceOf(CorrectionsError);
      return (e as Error).message;
    }
  };
  it("names the line and what to fix", () => {
    expect(error([{ file: SEED_FILE, line: 3, role: "title" }])).toBeNull();
    expect(error([{ file: "000_f633fcfef24d2dbd.tx", line: 3, role: "title" }])).toMatch(/^seeds\/corrections\.json:4: corrections\[0\]\.file must be a page file the manifest lists, got "000_f633fcfef24d2dbd\.tx" \(did you mean "000_f633fcfef24d2dbd\.txt"\?\)/);
    expect(error([{ file: SEED_FILE, line: 0, role: "title" }])).toMatch(/corrections\[0\]\.line must be a line of the page \(from 1\), got 0/);
    expect(error([{ file: SEED_FILE, line: 3, role: "headline" }])).toMatch(/corrections\[0\]\.role must be one of kicker, title, subtitle, byline, paragraph, caption, credit, furniture, got "headline"/);
    expect(error([{ file: SEED_FILE, line: 3, section: "sports" }])).toMatch(/section must be one of politics, economy, agriculture-photos, other, got "sports"/);
    expect(error([{ file: SEED_FILE, line: 3, retract: true }])).toMatch(/retracts an article: say why in "reason"/);
    expect(error([{ file: SEED_FILE, line: 3 }])).toMatch(/must have exactly one action .* it has none/);
    expect(error([{ file: SEED_FILE, line: 3, role: "title", section: "other" }])).toMatch(/it has role, section/);
    expect(error([{ file: SEED_FILE, line: 3, rol: "title" }])).toMatch(/unknown key "rol" in corrections\[0\] \(did you mean "role"\?\)/);
    expect(error([{ file: SEED_FILE, line: 3, role: "title" }, { file: SEED_FILE, line: 3, role: "kicker" }])).toMatch(/^seeds\/corrections\.json:8: corrections\[1\] conflicts with the correction at line 3/);
    expect(error([{ file: SEED_FILE, line: 3, startsArticle: true }, { file: SEED_FILE, line: 3, joinsPrevious: true }])).toMatch(/conflicts/);
    expect(error([{ file: SEED_FILE, line: 3, role: "title" }, { file: SEED_FILE, line: 3, section: "other" }])).toBeNull();
  });
});

describe("npm run correct (its library)", () => {
  it("appends a checked correction with the line's fingerprint; a conflict or a blank line writes nothing", async () => {
    const plain = await articlesOf(new MemoryStore(), { publish: null });
    const visitId = plain.records.find((r) => r.lines.start === SEED.kickerOfVisit)!.id;
    const added = await addCorrection(sandbox.seeds, SEED_FILE, SEED.kickerOfVisit, parseAction("role=title", undefined));
    // A role can change the title: the correction records the id the article has, so it keeps it.
    expect(added.entry).toEqual({ file: SEED_FILE, line: SEED.kickerOfVisit, fingerprint: fp(SEED.kickerOfVisit), id: visitId, role: "title" });
    await addCorrection(sandbox.seeds, SEED_FILE, SEED.concessionLead, parseAction("retract", "数据有误"));
    const file = path.join(sandbox.seeds, "corrections.json");
    const written = await readFile(file, "utf8");
    expect(JSON.parse(written).corrections).toHaveLength(2);
    await expect(addCorrection(sandbox.seeds, SEED_FILE, SEED.kickerOfVisit, parseAction("role=kicker", undefined))).rejects.toThrow(/conflicts/);
    await expect(addCorrection(sandbox.seeds, SEED_FILE, 2, parseAction("starts-article", undefined))).rejects.toThrow(/line 2 of 000_f633fcfef24d2dbd\.txt is not a line of text/);
    await expect(addCorrection(sandbox.seeds, "nope.txt", 3, parseAction("starts-article", undefined))).rejects.toThrow(/nope\.txt is not a page of/);
    expect(await readFile(file, "utf8")).toBe(written);
    expect(() => parseAction("retract", undefined)).toThrow(/retract needs a reason/);
    expect(() => parseAction("role=headline", undefined)).toThrow(/a role is one of/);
    expect(() => parseAction("section=sports", undefined)).toThrow(/a section is one of/);
    expect(() => parseAction("merge", undefined)).toThrow(/unknown action "merge"/);
    // What it wrote builds: the retraction applies, and the retitled article kept its id.
    const { result, records } = await articlesOf(new MemoryStore(), { publish: null });
    expect(result.retracted.map((r) => r.reason)).toEqual(["数据有误"]);
    const visit = records.find((r) => r.lines.start === SEED.kickerOfVisit)!;
    expect([visit.title, visit.id]).toEqual(["曹慧泉开展主题教育专题调研时强调", visitId]);
  });

  it("ids through corrections: a join redirects the joined id, a retraction is remembered under its id, in the day's entry", async () => {
    const plain = await articlesOf(new MemoryStore(), { publish: null });
    const idAt = (line: number) => plain.records.find((r) => r.lines.start === line)!.id;
    await addCorrection(sandbox.seeds, SEED_FILE, SEED.contestTitle, parseAction("joins-previous", undefined));
    await addCorrection(sandbox.seeds, SEED_FILE, SEED.concessionLead, parseAction("retract", "数据有误"));
    const { result, records } = await articlesOf(new MemoryStore(), { publish: null });
    const day = JSON.parse([...result.plan.entries].find(([k]) => parseKey(k).kind === "day")![1]);
    expect(day.moved).toEqual({ [idAt(SEED.contestTitle)]: idAt(SEED.unionTitle) });
    expect(day.retracted).toEqual({ [plain.records.find((r) => r.title.startsWith("特许经营权"))!.id]: "数据有误" });
    // Every article that stays keeps its id.
    for (const r of records) expect(plain.records.map((p) => p.id)).toContain(r.id);
    // A hand-written join without an id redirects nothing; an id on a section correction is refused.
    await write([{ file: SEED_FILE, line: SEED.contestTitle, joinsPrevious: true }]);
    const bare = await articlesOf(new MemoryStore(), { publish: null });
    expect(JSON.parse([...bare.result.plan.entries].find(([k]) => parseKey(k).kind === "day")![1]).moved).toBeUndefined();
    // A headline role on a body line splits an article off: the first part keeps its id, the new one gets its own.
    await write([]);
    await addCorrection(sandbox.seeds, SEED_FILE, SEED.commentaryMiddle, parseAction("role=title", undefined));
    const split = await articlesOf(new MemoryStore(), { publish: null });
    expect(split.records).toHaveLength(10);
    expect(new Set(split.records.map((r) => r.id)).size).toBe(10);
    expect(split.records.map((r) => r.id)).toEqual(expect.arrayContaining(plain.records.map((r) => r.id)));
    // A title made text joins its article to the one before: its id redirects there.
    await write([]);
    await addCorrection(sandbox.seeds, SEED_FILE, SEED.contestTitle, parseAction("role=paragraph", undefined));
    const demoted = await articlesOf(new MemoryStore(), { publish: null });
    expect(JSON.parse([...demoted.result.plan.entries].find(([k]) => parseKey(k).kind === "day")![1]).moved).toEqual({ [idAt(SEED.contestTitle)]: idAt(SEED.unionTitle) });
    await write([{ file: SEED_FILE, line: SEED.unionTitle, id: idAt(SEED.unionTitle), section: "other" }]);
    expect(await buildFailure(options(new MemoryStore()))).toMatch(/\.id goes with "role" .* or "joinsPrevious" .* only/);
  });
});
