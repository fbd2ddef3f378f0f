/**
 * npm run client: writes a typed TypeScript client of the JSON API, made from its OpenAPI
 * document, to build/client/edgepaper.ts (src/build/client.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { clientSource } from "../src/build/client.ts";
import { openApiDocument } from "../src/worker/openapi.ts";
import { readArgs } from "./args.ts";

const USAGE = `usage: npm run client
  writes build/client/edgepaper.ts: a type per schema and a method per route of the JSON API
  (new EdgepaperClient("http://127.0.0.1:8787").section("politics", { limit: 5 }))
`;
const args = readArgs(process.argv.slice(2), {}, USAGE);
if (typeof args === "number") process.exit(args);
const dir = path.join(process.cwd(), "build", "client");
mkdirSync(dir, { recursive: true });
const file = path.join(dir, "edgepaper.ts");
writeFileSync(file, clientSource(openApiDocument("http://127.0.0.1:8787")));
console.log(`client: wrote ${path.relative(process.cwd(), file)}`);
