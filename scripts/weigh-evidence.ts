/**
 * `npm run --silent weigh-evidence -- [SET…]`: the parser's hand weights against learned ones. For each weighed decision
 * (crosshead or next story; kicker or subtitle), how many times the real corpus makes it, how many the hand weights get
 * right, and how many a logistic fit of the same named features gets right when trained leaving that set out. Learned
 * weights would replace the hand weights only where they win on sets they never saw. (The hand weights were tuned on
 * these sets: their figure is no first try; the fit's is.)
 */
import { ANNOTATED_SETS } from "../test/support/sets.ts";
import { crossheadDecisions, headlineDecisions, leaveOneSetOut } from "../test/support/evidence.ts";
import { readArgs, stopWhenPipeCloses } from "./args.ts";

const USAGE = `usage: npm run --silent weigh-evidence -- [SET...]
  SET  annotated sets under test/fixtures (default: every real set, real-a on)
`;
stopWhenPipeCloses();
const args = readArgs(process.argv.slice(2), {}, USAGE);
if (typeof args === "number") process.exit(args);
const known = new Set<string>(ANNOTATED_SETS);
const unknown = args.positionals.filter((s) => !known.has(s));
if (unknown.length > 0) {
  process.stderr.write(`${unknown.join(", ")}: no such annotated set (known: ${ANNOTATED_SETS.join(", ")})\n`);
  process.exit(2);
}
const sets = args.positionals.length > 0 ? args.positionals : ANNOTATED_SETS.filter((s) => s.startsWith("real-"));

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(0)} %`.padStart(6);
process.stdout.write(`${"decision".padEnd(20)}${"cases".padStart(7)}${"hand".padStart(13)}${"learned".padStart(13)}\n`);
for (const [name, rows] of [["crosshead or story", crossheadDecisions(sets)], ["kicker or subtitle", headlineDecisions(sets)]] as const) {
  const r = leaveOneSetOut(rows);
  process.stdout.write(`${name.padEnd(20)}${String(r.decisions).padStart(7)}${String(r.hand).padStart(6)}${pct(r.hand, r.decisions)} ${String(r.learned).padStart(6)}${pct(r.learned, r.decisions)}\n`);
}
process.stdout.write(`(${sets.length} sets; crossheads as printed and evenly spaced; learned: a logistic fit of the same features, each set left out in turn)\n`);
