/**
 * The article's full text as HTML and as plain text: what feed readers show
 * (`content:encoded`, Atom `content`, JSON Feed `content_html`) and the body
 * of the permalink page; the plain text is what `filter=` searches. Everything a printed article carries is kept:
 * kicker, title, subtitle, byline, paragraphs, photo captions and credits.
 */
import type { Article, Photo } from "../core/model.ts";
import { escapeHtml } from "./escape.ts";

/** The caption lines of a photo that the article's paragraphs do not already show (photo stories print them once). */
function captionLines(article: Article, photo: Photo): string[] {
  const caption = photo.caption.trim();
  if (caption === "") return [];
  if (article.kind === "photo" && caption === article.paragraphs.join("\n").trim()) return [];
  return caption.split("\n");
}

/**
 * The article as an HTML fragment: a `<header>` with kicker, title (`<h1>` by
 * default), subtitle and byline; one `<p>` per paragraph; one `<figure>` per photo
 * with its caption and credit. Every string is escaped; the fragment has no
 * scripts, styles or links, so readers' sanitisers keep it intact.
 */
export function articleBodyHtml(article: Article, title: string, headingTag: "h1" | "h2" = "h1"): string {
  let html = "<header>";
  if (article.kicker) html += `<p class="kicker">${escapeHtml(article.kicker)}</p>`;
  html += `<${headingTag}>${escapeHtml(title)}</${headingTag}>`;
  if (article.subtitle) html += `<p class="subtitle">${escapeHtml(article.subtitle)}</p>`;
  if (article.byline) html += `<p class="byline">${escapeHtml(article.byline)}</p>`;
  html += "</header>";
  for (const paragraph of article.paragraphs) html += `<p>${escapeHtml(paragraph)}</p>`;
  for (const photo of article.photos) {
    const lines = captionLines(article, photo);
    const parts: string[] = [];
    if (lines.length > 0) parts.push(`<span class="caption">${lines.map(escapeHtml).join("<br>")}</span>`);
    if (photo.credit) parts.push(`<span class="credit">${escapeHtml(photo.credit)}</span>`);
    if (parts.length > 0) html += `<figure class="photo"><figcaption>${parts.join("<br>")}</figcaption></figure>`;
  }
  return html;
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
