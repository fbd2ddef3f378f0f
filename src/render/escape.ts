/**
 * Escaping shared by every renderer. Output is built by string concatenation, so
 * every piece of data passes through one of these functions on its way out; none
 * of them uses CDATA, which keeps `]]>` harmless (`>` is always escaped).
 */

/** Any character that may be illegal (surrogates may still be paired): a cheap pre-check. */
const MAYBE_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Characters XML 1.0 forbids anywhere in a document, even as character references:
 * C0 controls except tab, LF and CR; U+FFFE and U+FFFF; and UTF-16 surrogates that
 * are not part of a pair. Matched per UTF-16 code unit (no `u` flag) so lone
 * surrogates are visible to the pattern.
 */
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Removes the characters XML 1.0 forbids (see above). Text from a page that
 * carries them is otherwise kept as is, so all formats show the same words.
 * `cleanText("a\u0000b\uD800c")` → `"abc"`.
 */
export function cleanText(text: string): string {
  // One character-class scan first: ordinary text (CJK, no controls) returns unchanged without the slower exact pattern.
  return MAYBE_ILLEGAL.test(text) ? text.replace(XML_ILLEGAL, "") : text;
}

/** Bidirectional embeddings, overrides and isolates, and the marks that close them. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const BIDI_ALL = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Closes every bidirectional embedding, override or isolate a piece of text opens and leaves
 * open (a title with a lone U+202E), and drops closers with nothing to close, so that one
 * field's controls cannot reorder the page around it. Balanced text is unchanged.
 */
export function balanceBidi(text: string): string {
  const open: string[] = [];
  const out = text.replace(BIDI_ALL, (c) => {
    if (c === "\u202C") {
      // PDF closes the innermost embedding or override, if one is open.
      if (open.length > 0 && open[open.length - 1] !== "\u2069") {
        open.pop();
        return c;
      }
      return "";
    }
    if (c === "\u2069") {
      const at = open.lastIndexOf("\u2069");
      if (at < 0) return "";
      // PDI also closes the embeddings opened inside its isolate.
      open.length = at;
      return c;
    }
    open.push(c >= "\u2066" ? "\u2069" : "\u202C");
    return c;
  });
  return out + open.reverse().join("");
}

const ATTR_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for XML or HTML element content: `&`, `<`, `>` (so `]]>` can never
 * close anything) and drops illegal characters. A carriage return becomes `&#13;`,
 * since XML parsers turn a literal one into a line feed.
 * `escapeXmlText("a<b & ]]>")` → `"a&lt;b &amp; ]]&gt;"`.
 */
export function escapeXmlText(text: string): string {
  const clean = cleanText(text);
  // One scan, and none more for text with nothing to escape (most of a page); feeds escape whole article bodies.
  return TEXT_SPECIAL.test(clean) ? clean.replace(TEXT_SPECIALS, (c) => TEXT_ESCAPES[c]!) : clean;
}

const TEXT_SPECIAL = /[&<>\r]/;
const TEXT_SPECIALS = /[&<>\r]/g;
const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };

/**
 * Escapes text for a double- or single-quoted XML or HTML attribute value. Tabs and
 * line breaks become character references, because XML attribute-value
 * normalisation would otherwise turn them into spaces.
 */
export function escapeXmlAttr(text: string): string {
  const clean = cleanText(text);
  if (!/[&<>"'\t\n\r]/.test(clean)) return clean;
  return clean
    .replace(/[&<>"']/g, (c) => ATTR_ESCAPES[c]!)
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

/** HTML text and attribute escaping; the same rules as XML, since the set is safe in both contexts. */
/**
 * Escapes text for HTML content or attributes, and closes the bidirectional controls it leaves
 * open: on a page, a title's lone U+202E would otherwise reorder everything after it. (Feeds and
 * JSON carry the text as it is; their readers lay out each field apart.)
 */
export function escapeHtml(text: string): string {
  const escaped = escapeXmlAttr(text);
  return BIDI.test(escaped) ? balanceBidi(escaped) : escaped;
}

/**
 * What JSON.stringify writes for a character XML forbids: `\u0000`–`\u001f` escapes
 * (and the short `\b`, `\f`), lone-surrogate escapes `\ud800`–`\udfff`, and raw
 * U+FFFE/U+FFFF. A literal backslash in the text can match too; that only costs the
 * slower, exact path.
 */
const MAYBE_ILLEGAL_JSON = /\\u(?:00[01]|d[89a-f])|\\[bf]|[\uFFFE\uFFFF]/i;

const cleanStrings = (_key: string, v: unknown): unknown => (typeof v === "string" ? cleanText(v) : v);

/**
 * Serialises a value as JSON with illegal characters (lone surrogates, C0
 * controls other than tab/LF/CR, U+FFFE/U+FFFF) removed from every string, so
 * that consumers never meet a `\ud800` escape that decodes to nothing.
 */
export function cleanJson(value: unknown): string {
  const json = JSON.stringify(value);
  return MAYBE_ILLEGAL_JSON.test(json) ? JSON.stringify(value, cleanStrings) : json;
}

/**
 * Serialises a value as JSON that is safe inside an HTML `<script>` element:
 * `<`, `>` and `&` become `\u003c` … so neither `</script>` nor `<!--` can appear,
 * and U+2028/U+2029 are escaped for old JavaScript parsers. Illegal characters are
 * removed from every string first (as cleanJson).
 */
export function jsonForScript(value: unknown): string {
  return cleanJson(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
