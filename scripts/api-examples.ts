/**
 * npm run api-examples [-- --check]: the OpenAPI document's examples, made from the frozen
 * seed (test/fixtures/seed) into src/worker/openapi-examples.json. With --check, exit 1 when
 * the file differs from what the parser makes now (the test suite runs the same check).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { examplesFromSeed } from "../src/build/api-examples.ts";
import { readArgs } from "./args.ts";

const USAGE = `usage: npm run api-examples [-- --check]
  writes src/worker/openapi-examples.json from the frozen seed; --check only compares
`;
const args = readArgs(process.argv.slice(2), { check: { type: "boolean" } }, USAGE);
if (typeof args === "number") process.exit(args);
const root = process.cwd();
const file = path.join(root, "src/worker/openapi-examples.json");
const text = `${JSON.stringify(await examplesFromSeed(root), null, 1)}\n`;
if (args.values.check) {
  const same = readFileSync(file, "utf8") === text;
  console.log(same ? "api-examples: up to date" : "api-examples: src/worker/openapi-examples.json is out of date; run npm run api-examples");
  process.exit(same ? 0 : 1);
}
writeFileSync(file, text);
console.log(`api-examples: wrote ${path.relative(root, file)}`);
