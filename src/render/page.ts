/**
 * The HTML shell shared by the home page and the permalinks: small, readable on a
 * phone, no scripts. The only inline code is the stylesheet, allowed by its hash
 * in PAGE_CSP; JSON-LD is a data block, which CSP does not execute.
 */
import { escapeHtml } from "./escape.ts";

/**
 * The stylesheet of every page, inlined (one request per page). Changing it changes PAGE_CSP's hash; a test checks they match.
 * CJK fonts lead the stack: a Latin-first stack (system-ui) draws “” and ‘’ as narrow Latin quotes in Chinese text.
 */
export const PAGE_CSS =
  ":root{color-scheme:light dark;--fg:#1b1b1b;--muted:#5c5c5c;--bg:#fffdf8;--link:#8a1c1c}" +
  "@media (prefers-color-scheme:dark){:root{--fg:#e8e6e1;--muted:#a3a09a;--bg:#161514;--link:#f0a3a3}}" +
  "*{box-sizing:border-box}" +
  "body{margin:0 auto;max-width:42rem;padding:1rem 1.1rem 3rem;background:var(--bg);color:var(--fg);" +
  "font:1.0625rem/1.85 \"PingFang SC\",\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"Microsoft YaHei\",\"Hiragino Sans GB\",system-ui,-apple-system,sans-serif;" +
  "overflow-wrap:anywhere;-webkit-text-size-adjust:100%}" +
  "a{color:var(--link)}" +
  "h1{font-size:1.6rem;line-height:1.35;margin:.2rem 0 .5rem}" +
  "h2{font-size:1.2rem;margin:1.6rem 0 .4rem}" +
  ".site{font-weight:700;border-bottom:1px solid var(--muted);padding-bottom:.4rem;margin-bottom:1rem}" +
  ".kicker,.subtitle,.byline,.edition,.credit,.meta{color:var(--muted)}" +
  ".kicker{margin:0;font-size:.95rem}.subtitle{margin:0 0 .4rem;font-size:1.1rem}.byline{font-size:.9rem}" +
  "article p{text-indent:2em}article header p,figure,.edition,.lead .kicker,.lead .subtitle,.lead .meta{text-indent:0}" +
  "figure{margin:1.2rem 0;padding:.6rem .8rem;border-left:3px solid var(--muted);font-size:.95rem}" +
  "figure img{display:block;max-width:100%;height:auto;margin:0 0 .5rem}" +
  "ul{padding-left:1.2rem}li{margin:.3rem 0}" +
  "footer{margin-top:2rem;font-size:.9rem;color:var(--muted)}";

/** SHA-256 of PAGE_CSS, base64, as CSP wants it (computed once; test/render checks it). */
export const PAGE_CSS_SHA256 = "sha256-poCoDApk1e8dcj2mzODcepsBNON6/8LQLsKr8SFMn00=";

/**
 * The Content-Security-Policy the Worker sends with every HTML page: nothing
 * loads or runs but the page's own inline stylesheet.
 */
export const PAGE_CSP = `default-src 'none'; style-src '${PAGE_CSS_SHA256}'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;

/** Headers of every HTML page: the CSP above, no MIME sniffing, no referrer leaving the site. */
export const HTML_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": PAGE_CSP,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

export interface PageParts {
  language: string;
  title: string;
  /** Extra, already-escaped markup for `<head>`. */
  head: string;
  /** Already-escaped markup for `<body>`. */
  body: string;
}

/** Wraps escaped markup into a complete HTML document. */
export function renderPage(parts: PageParts): string {
  return (
    "<!doctype html>\n" +
    `<html lang="${escapeHtml(parts.language)}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeHtml(parts.title)}</title>` +
    // an empty icon: browsers then ask for no /favicon.ico, which the site does not serve
    '<link rel="icon" href="data:,">' +
    `<style>${PAGE_CSS}</style>` +
    parts.head +
    `</head><body>${parts.body}</body></html>\n`
  );
}

/** What a browser sees before anything is published: which command makes the paper live. */
export function renderNotPublishedPage(): string {
  return renderPage({
    language: "zh-CN",
    title: "尚未发布 · Nothing published yet",
    head: "",
    body:
      "<main><h1>尚未发布 · Nothing published yet</h1>" +
      "<p>No build has been published to this Worker's KV namespace, so there is nothing to show.</p>" +
      "<p>Locally, run <code>npm start</code> (it builds <code>seeds/</code> and publishes it), or " +
      "<code>npm run build -- --publish local</code> while <code>wrangler dev</code> runs. On an account, " +
      "run <code>npm run deploy</code>. Then reload this page.</p></main>",
  });
}

/** What a browser sees at a path the site does not serve: Chinese first, a way home. */
export function renderNotFoundPage(path: string): string {
  return renderPage({
    language: "zh-CN",
    title: "没有这个页面 · Not found",
    head: "",
    body:
      `<main><h1>没有这个页面</h1><p>本站没有“${escapeHtml(path)}”这个地址。</p>` +
      `<p class="meta" lang="en">Nothing is served at ${escapeHtml(path)}.</p><p><a href="/">返回首页</a> · <a href="/editions/">往期</a></p></main>`,
  });
}

/** `2023-11-07` → `2023年11月7日`. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split("-");
  return `${y}年${Number(m)}月${Number(d)}日`;
}
