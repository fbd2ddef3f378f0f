/** Strict XML 1.0 well-formedness, for proving rendered documents parse in any conforming reader. */
import { SaxesParser } from "saxes";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Every well-formedness error saxes (a conforming, non-validating XML 1.0 parser)
 * reports, plus unpaired surrogates, which a JS string can hold but UTF-8 cannot
 * encode. Empty when the document is well-formed.
 */
export function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  if (LONE_SURROGATE.test(xml)) errors.push("unpaired surrogate");
  const parser = new SaxesParser({ xmlns: true, position: true });
  let root: string | null = null;
  parser.on("error", (error) => errors.push(error.message));
  parser.on("opentag", (tag) => {
    root ??= tag.name;
  });
  parser.write(xml).close();
  if (root === null) errors.push("no root element");
  return errors;
}

/** The root element's qualified name, failing on any well-formedness error. */
export function strictRoot(xml: string): string {
  const errors = xmlErrors(xml);
  if (errors.length > 0) throw new Error(`not well-formed XML: ${errors.slice(0, 5).join("; ")}`);
  const match = /<([A-Za-z][\w:.-]*)[\s>/]/.exec(xml.replace(/^<\?xml[^>]*\?>\s*/, ""));
  return match?.[1] ?? "";
}

/** Elements with a given qualified name and their attributes and text, via saxes. */
export function elements(xml: string, name: string): { attributes: Record<string, string>; text: string }[] {
  const out: { attributes: Record<string, string>; text: string }[] = [];
  const stack: ({ attributes: Record<string, string>; text: string } | null)[] = [];
  const parser = new SaxesParser({ xmlns: false });
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    if (tag.name === name) {
      const found = { attributes: Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, String(v)])), text: "" };
      out.push(found);
      stack.push(found);
    } else stack.push(null);
  });
  parser.on("text", (text) => {
    for (const open of stack) if (open) open.text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  return out;
}
