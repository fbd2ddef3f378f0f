/**
 * An explanation as a terminal reads it: every line of the page with its number, the role the
 * parser gave it, the rule that decided, and a rule line where each article begins.
 */
import type { ClassifiedArticle } from "../model.ts";
import type { Decision } from "./trace.ts";

const ROLE_WIDTH = 14;
const RULE_WIDTH = 34;
const TEXT_WIDTH = 40;

export function formatExplanation(page: string, decisions: readonly Decision[], articles: readonly ClassifiedArticle[]): string {
  const byLine = new Map(decisions.map((d) => [d.line, d]));
  const lines = page.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/);
  const out: string[] = [];
  const digits = String(lines.length).length;
  lines.forEach((raw, i) => {
    const d = byLine.get(i + 1);
    if (!d) return;
    if (d.opens && d.article !== null) {
      const a = articles[d.article];
      out.push(`── article ${d.article}: ${a?.kind ?? "?"} · ${a?.section ?? "?"} · opened by ${d.opens}`);
    }
    const text = Array.from(raw.trim());
    const clipped = text.length > TEXT_WIDTH ? `${text.slice(0, TEXT_WIDTH).join("")}…` : text.join("");
    const where = d.article === null ? "" : ` [${d.article}]`;
    const weights = d.evidence?.length ? `  {${d.evidence.map((e) => `${e.feature} ${e.weight > 0 ? "+" : ""}${e.weight}`).join(", ")}}` : "";
    out.push(`${String(d.line).padStart(digits)}  ${d.role.padEnd(ROLE_WIDTH)}${d.rule.padEnd(RULE_WIDTH)}${clipped}${where}${weights}`);
  });
  return `${out.join("\n")}\n`;
}
