/**
 * The article model: the JSON contract that the build, the Worker, the renderers
 * and every app read. Field names are part of the public API; change them only
 * with a new API version.
 */
import type { Decision } from "./parse/trace.ts";

export type ArticleKind = "article" | "commentary" | "photo" | "other";

/** A printed name with the role word printed before it (记者, 通讯员, 执笔 …), or null when none is printed. */
export interface Person {
  role: string | null;
  name: string;
}

/** `新华社北京11月6日电` → {agency: "新华社", place: "北京", date: "11月6日"}, each as printed. */
export interface Dateline {
  agency: string | null;
  place: string | null;
  date: string;
}

export interface Photo {
  caption: string;
  credit: string;
  photographers: Person[];
  /** The picture itself, when the manifest gives its file (the build adds it; the parser never does). */
  image?: PhotoImage;
}

/** A picture stored with the build: `/images/<hash>.<ext>`. */
export interface PhotoImage {
  /** Content hash of the file's bytes (base32): its name, and its ETag. */
  hash: string;
  ext: "jpg" | "png" | "webp" | "gif";
  /** Media type read from the bytes: image/jpeg, image/png, image/webp, image/gif. */
  type: string;
  width: number;
  height: number;
  bytes: number;
}

/** 1-based, inclusive line numbers in the page file. */
export interface LineRange {
  start: number;
  end: number;
}

export interface Article {
  kind: ArticleKind;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  byline: string | null;
  dateline: Dateline | null;
  authors: Person[];
  paragraphs: string[];
  photos: Photo[];
  lines: LineRange;
}

/** Text the parser could not place in any article: kept, never dropped. */
export interface UnassignedText {
  text: string;
  lines: LineRange;
}

export interface ParseWarning {
  line: number;
  message: string;
}

/** A line that belongs to the page, not to a story: a running head, an editors' line, an address, a jump line. */
export interface PageFurniture {
  line: number;
  text: string;
}

export interface ParsedPage {
  articles: Article[];
  unassigned: UnassignedText[];
  warnings: ParseWarning[];
  furniture: PageFurniture[];
  /** With `explain`: one decision per non-blank line, naming its role and the rule that gave it. */
  decisions?: Decision[];
}

/** An article after classification: what `npm run parse` prints and what the build publishes. */
export interface ClassifiedArticle extends Article {
  section: string;
}
