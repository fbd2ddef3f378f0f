import { hanBigramCounts } from "./text.ts";

/**
 * Which words a page shares out, and which belong to one story. A word (a Han bigram) that many
 * of the page's blocks use is the page's theme: a page of harvest reports all say 丰收 and 农民,
 * so sharing them says nothing about whether two blocks are one story. A word few blocks use is
 * one story's own. `similarity` weighs shared words so (tf-idf over the page's blocks, cosine).
 */
export class PageWords {
  private readonly blocks: number;
  private readonly uses = new Map<string, number>();

  constructor(blocks: readonly string[]) {
    this.blocks = blocks.length;
    for (const block of blocks) for (const gram of hanBigramCounts(block).keys()) this.uses.set(gram, (this.uses.get(gram) ?? 0) + 1);
  }

  /** 0 (no word of its own shared) to 1 (the same words, in the same measure). */
  similarity(a: string, b: string): number {
    const x = this.weigh(a);
    const y = this.weigh(b);
    let dot = 0;
    for (const [gram, w] of x) dot += w * (y.get(gram) ?? 0);
    const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((sum, w) => sum + w * w, 0));
    const both = norm(x) * norm(y);
    return both === 0 ? 0 : dot / both;
  }

  private weigh(text: string): Map<string, number> {
    const out = new Map<string, number>();
    for (const [gram, n] of hanBigramCounts(text)) out.set(gram, (1 + Math.log(n)) * Math.log((this.blocks + 1) / ((this.uses.get(gram) ?? 0) + 1)));
    return out;
  }
}

