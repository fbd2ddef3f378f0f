/**
 * The permalink page every feed item links to (`/articles/:id`): the article for a
 * phone screen, with schema.org NewsArticle JSON-LD for search engines and
 * autodiscovery of its section's feeds.
 */
import { FEED_FORMAT_NAMES, FEED_FORMATS } from "./formats.ts";
import { articleBodyHtml } from "./content.ts";
import { escapeHtml, jsonForScript } from "./escape.ts";
import type { FeedFormat } from "./formats.ts";
import type { FeedItem, SiteConfig } from "./types.ts";
import { articleUrl, editionUrl, feedUrl, homeUrl, sectionPageUrl } from "./urls.ts";
import { chineseDate, renderPage } from "./page.ts";


/**
 * The schema.org NewsArticle of an item (https://schema.org/NewsArticle):
 * headline, alternativeHeadline (subtitle, else kicker), author (printed authors
 * and photographers as Person, else the dateline's agency or the paper as
 * Organization), datePublished with the paper's offset, printEdition (the date),
 * printPage, printSection, articleSection, publisher and the article's text.
 */
export function newsArticleJsonLd(site: SiteConfig, item: FeedItem): Record<string, unknown> {
  const { article } = item;
  const people = [...article.authors, ...article.photos.flatMap((p) => p.photographers)];
  const seen = new Set<string>();
  const persons = people
    .filter((p) => p.name !== "" && !seen.has(p.name) && seen.add(p.name))
    .map((p) => ({ "@type": "Person", name: p.name, ...(p.role ? { jobTitle: p.role } : {}) }));
  const author =
    persons.length > 0 ? persons : [{ "@type": "Organization", name: article.dateline?.agency ?? site.paper.name }];
  const alternative = article.subtitle ?? article.kicker;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": item.url,
    url: item.url,
    mainEntityOfPage: item.url,
    headline: item.title,
    ...(alternative ? { alternativeHeadline: alternative } : {}),
    author,
    datePublished: item.published.rfc3339,
    ...(item.updated ? { dateModified: item.updated.rfc3339 } : {}),
    inLanguage: site.paper.language,
    printEdition: item.edition.date,
    printPage: String(item.edition.page),
    printSection: item.section.name.zh,
    articleSection: item.section.name.zh,
    description: item.summary,
    articleBody: article.paragraphs.join("\n\n"),
    isAccessibleForFree: true,
    publisher: { "@type": "NewsMediaOrganization", name: site.paper.name, url: homeUrl(site.siteUrl) },
  };
}

/**
 * Renders the permalink page: `renderArticlePage(site, item)`. Everything is
 * escaped; the JSON-LD cannot close its `<script>`. Send it with PAGE_CSP
 * (page.ts) as the Content-Security-Policy.
 */
/** The stories printed before and after this one in its edition, for the permalink's navigation. */
export interface StoryNeighbours {
  previous: { id: string; title: string } | null;
  next: { id: string; title: string } | null;
}

export function renderArticlePage(site: SiteConfig, item: FeedItem, neighbours: StoryNeighbours = { previous: null, next: null }): string {
  const home = homeUrl(site.siteUrl);
  const section = item.section;
  const feeds = FEED_FORMAT_NAMES.map((format) => ({ format, url: feedUrl(site.siteUrl, section.slug, format) }));
  const head =
    `<meta name="description" content="${escapeHtml(item.summary)}">` +
    `<link rel="canonical" href="${escapeHtml(item.url)}">` +
    feeds
      .map(
        ({ format, url }) =>
          `<link rel="alternate" type="${FEED_FORMATS[format].mediaType}" title="${escapeHtml(`${site.paper.name} · ${section.name.zh} (${FEED_FORMATS[format].label})`)}" href="${escapeHtml(url)}">`,
      )
      .join("") +
    `<script type="application/ld+json">${jsonForScript(newsArticleJsonLd(site, item))}</script>`;
  const body =
    `<p class="site"><a href="${escapeHtml(home)}">${escapeHtml(site.paper.name)}</a></p>` +
    "<main><article>" +
    `<p class="edition"><a href="${escapeHtml(editionUrl(site.siteUrl, item.edition.date))}"><time datetime="${item.published.rfc3339}">${escapeHtml(chineseDate(item.edition.date))}</time></a>` +
    ` · 第${item.edition.page}版 · <a href="${escapeHtml(sectionPageUrl(site.siteUrl, section.slug))}">${escapeHtml(section.name.zh)}</a>` +
    (item.updated ? ` · 更新于<time datetime="${item.updated.rfc3339}">${escapeHtml(chineseDate(item.updated.rfc3339.slice(0, 10)))} ${item.updated.rfc3339.slice(11, 16)}</time>` : "") +
    "</p>" +
    articleBodyHtml(item.article, item.title, "h1", site.siteUrl) +
    "</article>" +
    storyNav(site, neighbours) +
    "</main>" +
    `<footer>订阅${escapeHtml(section.name.zh)}：` +
    feeds.map(({ format, url }) => `<a href="${escapeHtml(url)}">${FEED_FORMATS[format].label}</a>`).join(" · ") +
    "</footer>";
  return renderPage({ language: site.paper.language, title: `${item.title} - ${site.paper.name}`, head, body });
}

function storyNav(site: SiteConfig, n: StoryNeighbours): string {
  const link = (s: { id: string; title: string } | null, label: string, rel: string) =>
    s === null ? "" : `<a rel="${rel}" href="${escapeHtml(articleUrl(site.siteUrl, s.id))}">${label}：${escapeHtml(s.title)}</a>`;
  const links = [link(n.previous, "上一篇", "prev"), link(n.next, "下一篇", "next")].filter(Boolean);
  return links.length === 0 ? "" : `<nav aria-label="本期其他文章"><p>${links.join("<br>")}</p></nav>`;
}

