/**
 * Escaping shared by every renderer. Output is built by string concatenation, so
 * every piece of data passes through one of these functions on its way out; none
 * of them uses CDATA, which keeps `]]>` harmless (`>` is always escaped).
 */

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
  return text.replace(XML_ILLEGAL, "");
}

const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for XML or HTML element content: `&`, `<`, `>` (so `]]>` can never
 * close anything) and drops illegal characters. A carriage return becomes `&#13;`,
 * since XML parsers turn a literal one into a line feed.
 * `escapeXmlText("a<b & ]]>")` → `"a&lt;b &amp; ]]&gt;"`.
 */
export function escapeXmlText(text: string): string {
  return cleanText(text)
    .replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]!)
    .replace(/\r/g, "&#13;");
}

/**
 * Escapes text for a double- or single-quoted XML or HTML attribute value. Tabs and
 * line breaks become character references, because XML attribute-value
 * normalisation would otherwise turn them into spaces.
 */
export function escapeXmlAttr(text: string): string {
  return cleanText(text)
    .replace(/[&<>"']/g, (c) => TEXT_ESCAPES[c]!)
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

/** HTML text and attribute escaping; the same rules as XML, since the set is safe in both contexts. */
export const escapeHtml = escapeXmlAttr;

/**
 * Serialises a value as JSON that is safe inside an HTML `<script>` element:
 * `<`, `>` and `&` become `\u003c` … so neither `</script>` nor `<!--` can appear,
 * and U+2028/U+2029 are escaped for old JavaScript parsers. Illegal characters are
 * removed from every string first.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" ? cleanText(v) : v))
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * Serialises a value as JSON with illegal characters (lone surrogates, C0
 * controls other than tab/LF/CR) removed from every string, so that consumers
 * never meet a `\ud800` escape that decodes to nothing.
 */
export function cleanJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" ? cleanText(v) : v));
}
