/**
 * Writing a data file derived from a pinned package (`npm run derive-words`, `npm run derive-places`), or with `--check`
 * only saying whether the committed file is what the package gives.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";

/** Writes `value` as one line of JSON to `file`, or with `check` compares; returns the exit code. */
export function writeDerived(file: string, value: unknown, check: boolean, command: string): number {
  const text = `${JSON.stringify(value)}\n`;
  if (check) {
    if (readFileSync(file, "utf8") === text) return 0;
    process.stderr.write(`${relative(process.cwd(), file)} is not what its source gives: run ${command}\n`);
    return 1;
  }
  writeFileSync(file, text);
  process.stdout.write(`wrote ${file} (${Buffer.byteLength(text)} bytes)\n`);
  return 0;
}
