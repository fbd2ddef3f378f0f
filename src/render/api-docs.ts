/**
 * The API reference at /docs: static HTML rendered from the OpenAPI document, with the
 * site's stylesheet and CSP (no scripts, nothing from a CDN). Routes with their parameters
 * and responses, then every schema with its fields.
 */
import { escapeHtml } from "./escape.ts";
import { renderPage } from "./page.ts";

type Json = Record<string, any>;

/** `#/components/schemas/Article` → `Article`, linked. */
function typeOf(schema: Json | undefined): string {
  if (!schema) return "";
  if (schema.$ref) {
    const name = String(schema.$ref).split("/").at(-1)!;
    return `<a href="#schema-${escapeHtml(name)}">${escapeHtml(name)}</a>`;
  }
  if (schema.anyOf) return (schema.anyOf as Json[]).map(typeOf).join(" | ");
  if (schema.enum) return (schema.enum as unknown[]).map((v) => `<code>${escapeHtml(String(v))}</code>`).join(" | ");
  if (schema.const !== undefined) return `<code>${escapeHtml(String(schema.const))}</code>`;
  if (schema.type === "array") return `${typeOf(schema.items)}[]`;
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : String(schema.type ?? "any");
  return escapeHtml(schema.format ? `${type} (${schema.format})` : type);
}

function parameterRow(doc: Json, p: Json): string {
  const resolved: Json = p.$ref ? doc.components.parameters[String(p.$ref).split("/").at(-1)!] : p;
  return `<li><code>${escapeHtml(resolved.name)}</code> (${escapeHtml(resolved.in)}) ${typeOf(resolved.schema)} — ${escapeHtml(resolved.description ?? "")}${resolved.deprecated ? " <em>deprecated</em>" : ""}</li>`;
}

/** Renders the reference from `doc`; send it with PAGE_CSP. */
export function renderApiDocs(doc: Json): string {
  let body = `<header><h1>${escapeHtml(doc.info.title)}</h1><p>${escapeHtml(doc.info.description)}</p>`;
  body += `<p class="meta">Machine-readable: <a href="/v1/openapi.json">/v1/openapi.json</a> (OpenAPI ${escapeHtml(doc.openapi)})</p></header><main>`;
  body += "<h2>Routes</h2>";
  for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
    const op = item.get as Json;
    body += `<section><h3 id="route-${escapeHtml(path)}"><code>GET ${escapeHtml(path)}</code></h3><p>${escapeHtml(op.summary)}${op.description ? `: ${escapeHtml(op.description)}` : ""}</p>`;
    const params = (op.parameters ?? []) as Json[];
    body += params.length === 0 ? "<p class=\"meta\">No parameters.</p>" : `<ul>${params.map((p) => parameterRow(doc, p)).join("")}</ul>`;
    body += "<ul>";
    for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
      const content = response.content ? (Object.values(response.content)[0] as Json) : null;
      body += `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(response.description)}${content?.schema ? ` — ${typeOf(content.schema)}` : ""}</li>`;
    }
    body += "</ul></section>";
  }
  body += "<h2>Schemas</h2>";
  for (const [name, schema] of Object.entries(doc.components.schemas as Record<string, Json>)) {
    body += `<section><h3 id="schema-${escapeHtml(name)}">${escapeHtml(name)}</h3>`;
    if (schema.description) body += `<p>${escapeHtml(schema.description)}</p>`;
    const required = new Set<string>((schema.required ?? []) as string[]);
    body += "<ul>";
    for (const [field, s] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
      body += `<li><code>${escapeHtml(field)}</code>${required.has(field) ? "" : " (optional)"}: ${typeOf(s)}${s.description ? ` — ${escapeHtml(s.description)}` : ""}</li>`;
    }
    body += "</ul></section>";
  }
  body += "</main>";
  return renderPage({ language: "en", title: doc.info.title, head: "", body });
}
