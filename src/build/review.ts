/**
 * The editor's review site: the build run without publishing, every page parsed with its
 * explanation, written as static HTML under build/review/ (index.html and `<file>.html` per
 * page file). A build that fails still gets a review of the pages that were read, with the
 * errors at the top of the index, so the editor sees what to fix. The site is replaced whole:
 * it is written beside the old one and renamed over it.
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { classifyArticle } from "../core/classify/index.ts";
import { renderReviewIndex, renderReviewPage, reviewCounts, reviewFileName, type ReviewIndexEntry, type ReviewPageInput } from "../render/review.ts";
import { BuildError, runBuild, type BuildOptions, type ReadPage } from "./pipeline.ts";

export interface ReviewResult {
  /** The folder written (build/review). */
  dir: string;
  /** Its index page. */
  index: string;
  pages: ReviewIndexEntry[];
  /** The build's error, when it failed (the review then covers the pages that were read). */
  error: string | null;
}

function reviewInput(page: ReadPage): ReviewPageInput {
  return {
    file: page.file,
    date: page.date,
    page: page.page,
    pageName: page.name,
    text: page.text,
    parsed: page.parsed,
    sections: page.parsed.articles.map((a) => classifyArticle(a, { pageName: page.name })),
    corrections: page.corrections,
    corrected: page.corrected,
  };
}

/** Builds without publishing and writes the review of every page to `dir` (default `<out>/review`). */
export async function writeReview(opts: BuildOptions, dir = path.join(opts.out, "review")): Promise<ReviewResult> {
  const read: ReadPage[] = [];
  let error: string | null = null;
  let buildId: string | null = null;
  let paper = "edgepaper";
  try {
    const result = await runBuild({ ...opts, publish: null, keepGoing: true, onPage: (p) => read.push(p) });
    buildId = result.plan.manifest.id;
    paper = result.plan.manifest.paper.name;
  } catch (e) {
    if (!(e instanceof BuildError)) throw e;
    error = e.message;
  }
  return writeReviewSite(dir, read, { paper, buildId, error });
}

/**
 * Writes the review site of pages a build read (`runBuild`'s `onPage`) to `dir`, replacing
 * what was there: `npm start` calls it with the pages of the build it publishes.
 */
export async function writeReviewSite(dir: string, read: readonly ReadPage[], meta: { paper: string; buildId: string | null; error: string | null }): Promise<ReviewResult> {
  const entries: ReviewIndexEntry[] = [];
  await mkdir(path.dirname(dir), { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(dir), ".review-"));
  try {
    for (const page of read) {
      const input = reviewInput(page);
      const target = path.join(staging, reviewFileName(page.file));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, renderReviewPage(input));
      entries.push({ file: page.file, date: page.date, page: page.page, pageName: page.name, counts: reviewCounts(input) });
    }
    await writeFile(path.join(staging, "index.html"), renderReviewIndex(meta.paper, meta.buildId, entries, meta.error));
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
  return { dir, index: path.join(dir, "index.html"), pages: entries, error: meta.error };
}
