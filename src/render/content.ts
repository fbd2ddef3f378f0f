/**
 * The article's full text as HTML and as plain text: what feed readers show
 * (`content:encoded`, Atom `content`, JSON Feed `content_html`) and the body
 * of the permalink page; the plain text is what `filter=` searches. Everything a printed article carries is kept:
 * kicker, title, subtitle, byline, paragraphs, photo captions and credits.
 */
import type { Article, Photo } from "../core/model.ts";
import { escapeHtml } from "./escape.ts";
import { imageUrl } from "./urls.ts";

/** The caption lines of a photo that the article's paragraphs do not already show (photo stories print them once). */
function captionLines(article: Article, photo: Photo): string[] {
  const caption = photo.caption.trim();
  if (caption === "") return [];
  if (article.kind === "photo" && caption === article.paragraphs.join("\n").trim()) return [];
  return caption.split("\n");
}

function headerHtml(article: Article, title: string | null, headingTag: "h1" | "h2"): string {
  let html = "";
  if (article.kicker) html += `<p class="kicker">${escapeHtml(article.kicker)}</p>`;
  if (title !== null) html += `<${headingTag}>${escapeHtml(title)}</${headingTag}>`;
  if (article.subtitle) html += `<p class="subtitle">${escapeHtml(article.subtitle)}</p>`;
  if (article.byline) html += `<p class="byline">${escapeHtml(article.byline)}</p>`;
  return html === "" ? "" : `<header>${html}</header>`;
}

/** A photo's picture: its own size (no layout shift), the caption as its text alternative, loaded when scrolled to. */
function imageHtml(photo: Photo, siteUrl: string): string {
  if (!photo.image) return "";
  const alt = photo.caption.trim().replace(/\s+/gu, " ") || photo.credit;
  return `<img src="${escapeHtml(imageUrl(siteUrl, photo.image))}" width="${photo.image.width}" height="${photo.image.height}" alt="${escapeHtml(alt)}" loading="lazy" decoding="async">`;
}

function textHtml(article: Article, siteUrl: string | null): string {
  let html = "";
  for (const paragraph of article.paragraphs) html += `<p>${escapeHtml(paragraph)}</p>`;
  for (const photo of article.photos) {
    const lines = captionLines(article, photo);
    const parts: string[] = [];
    if (lines.length > 0) parts.push(`<span class="caption">${lines.map(escapeHtml).join("<br>")}</span>`);
    if (photo.credit) parts.push(`<span class="credit">${escapeHtml(photo.credit)}</span>`);
    const picture = siteUrl === null ? "" : imageHtml(photo, siteUrl);
    if (parts.length > 0 || picture !== "") html += `<figure class="photo">${picture}${parts.length > 0 ? `<figcaption>${parts.join("<br>")}</figcaption>` : ""}</figure>`;
  }
  return html;
}

/**
 * The article as an HTML fragment (the permalink's body): a `<header>` with kicker, title
 * (`<h1>` by default), subtitle and byline; one `<p>` per paragraph; one `<figure>` per
 * photo with its picture (when published, linked from `siteUrl`), caption and credit. Every
 * string is escaped.
 */
export function articleBodyHtml(article: Article, title: string, headingTag: "h1" | "h2" = "h1", siteUrl: string | null = null): string {
  return headerHtml(article, title, headingTag) + textHtml(article, siteUrl);
}

/** Where an item was printed, as its content's last line says it and links it. */
export interface EditionLine {
  /** `株洲日报 2023年11月7日 第1版 · 时政`. */
  text: string;
  /** The edition's page on the site. */
  url: string;
}

/**
 * A feed item's content: kicker, subtitle and byline where printed, never the title (every
 * reader shows the item's title above its content), the text and photos, then a line naming
 * the edition, page and section, linked to the edition. Every string is escaped; no scripts
 * or styles, so readers' sanitisers keep it intact; photos' pictures as plain `<img>` with
 * absolute URLs on `siteUrl`.
 */
export function feedContentHtml(article: Article, edition: EditionLine, siteUrl: string | null = null): string {
  return `${headerHtml(article, null, "h1")}${textHtml(article, siteUrl)}<p class="edition"><a href="${escapeHtml(edition.url)}">${escapeHtml(edition.text)}</a></p>`;
}

/**
 * The article as plain text: headline lines, byline, then paragraphs and photo
 * captions (credit in brackets), separated by blank lines.
 */
export function articleText(article: Article, title: string): string {
  const head = [article.kicker, title, article.subtitle, article.byline].filter((s): s is string => !!s);
  const blocks = [head.join("\n"), ...article.paragraphs];
  for (const photo of article.photos) {
    const lines = captionLines(article, photo);
    const credit = photo.credit ? `（${photo.credit}）` : "";
    if (lines.length > 0 || credit) blocks.push(lines.join("\n") + credit);
  }
  return blocks.join("\n\n");
}

/** The lead: the first paragraph, else the first photo caption, else the title. Plain text. */
export function articleLead(article: Article, title: string): string {
  const first = article.paragraphs.find((p) => p.trim() !== "") ?? article.photos.find((p) => p.caption.trim() !== "")?.caption;
  return (first ?? title).trim();
}
