/**
 * The channel a feed describes (a section or `all`), and the directory of every
 * feed the site serves (the home page's and the OPML's list).
 */
import { ALL_SECTIONS, ALL_SECTIONS_NAME, type PaperInfo } from "../core/published.ts";
import { SECTIONS, findSection, type Section } from "../core/sections.ts";
import { parseUtcOffset, toZonedTime } from "./dates.ts";
import { cleanText } from "./escape.ts";
import type { ChannelOptions, FeedChannel, FeedLink, SiteConfig } from "./types.ts";
import { feedUrls, homeUrl, searchFeedUrls, type SearchLink } from "./urls.ts";

const SECTION_SLUGS = [ALL_SECTIONS, ...SECTIONS.map((s) => s.slug)];

/** The section named `slug`, null for `all`; a RangeError naming the valid slugs otherwise. */
export function resolveSection(slug: string, name: string): Section | null {
  if (slug === ALL_SECTIONS) return null;
  const section = findSection(slug);
  if (!section) throw new RangeError(`${name}: unknown section ${JSON.stringify(slug)}; valid: ${SECTION_SLUGS.join(", ")}`);
  return section;
}

function channelTitle(paper: PaperInfo, section: Section | null): string {
  return `${paper.name} · ${(section?.name ?? ALL_SECTIONS_NAME).zh}`;
}

function channelDescription(paper: PaperInfo, section: Section | null): string {
  const english = paper.nameEn ? ` (${paper.nameEn})` : "";
  return section
    ? `${paper.name}${english} — ${section.name.zh} / ${section.name.en}: ${section.description}`
    : `${paper.name}${english} — 全部版块 / all sections`;
}

/** Every feed the site serves: `all` first, then each section in SECTIONS order. */
export function feedDirectory(site: SiteConfig): FeedLink[] {
  return SECTION_SLUGS.map((slug) => {
    const section = slug === ALL_SECTIONS ? null : findSection(slug)!;
    return {
      section: slug,
      title: channelTitle(site.paper, section),
      description: channelDescription(site.paper, section),
      urls: feedUrls(site.siteUrl, slug),
    };
  });
}

/**
 * Builds the channel of a section's feed, or of `all`.
 * `buildChannel(site, "politics", { items })`. Throws a RangeError naming
 * `section` (with the valid slugs), `updated` or `ttlMinutes` when one is bad.
 */
export function buildChannel(site: SiteConfig, section: string, options: ChannelOptions = {}): FeedChannel {
  const info = resolveSection(section, "section");
  const offset = parseUtcOffset(site.paper.utcOffset);
  const ttl = options.ttlMinutes ?? 60;
  if (!Number.isInteger(ttl) || ttl < 1) throw new RangeError(`ttlMinutes: expected a positive integer, got ${ttl}`);
  const newest = (options.items ?? []).reduce((max, item) => Math.max(max, item.published.epochMs, item.updated?.epochMs ?? max), Number.NEGATIVE_INFINITY);
  const updated =
    options.updated !== undefined
      ? toZonedTime(options.updated, offset, "updated")
      : toZonedTime(Number.isFinite(newest) ? newest : 0, offset, "updated");
  return {
    section,
    sectionInfo: info,
    title: cleanText(channelTitle(site.paper, info)),
    description: cleanText(channelDescription(site.paper, info)),
    language: site.paper.language,
    paper: site.paper,
    homeUrl: homeUrl(site.siteUrl),
    feedUrls: feedUrls(site.siteUrl, section),
    updated,
    ttlMinutes: ttl,
  };
}

/** The channel of a saved search: its words in the title, its own URLs as the feed's self links. */
export function buildSearchChannel(site: SiteConfig, search: SearchLink, options: ChannelOptions = {}): FeedChannel {
  const base = buildChannel(site, search.section ?? ALL_SECTIONS, options);
  const scope = base.sectionInfo ? `（${base.sectionInfo.name.zh}）` : "";
  return {
    ...base,
    section: `search?${new URLSearchParams({ q: search.q, ...(search.section ? { section: search.section } : {}) }).toString()}`,
    title: cleanText(`${site.paper.name} · 搜索：${search.q}${scope}`),
    description: cleanText(`${site.paper.name} — 含“${search.q}”的文章${scope} / articles matching “${search.q}”, newest first`),
    feedUrls: searchFeedUrls(site.siteUrl, search),
  };
}
