/**
 * The CLIs' shared argument reading: `util.parseArgs` plus `--help`, with a usage text on
 * stdout for --help (exit 0) and on stderr for a bad option (exit 2).
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The parsed arguments, or the exit code when the CLI should stop (help given, or an option it does not know). */
export function readArgs<O extends Options>(argv: string[], options: O, usage: string) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...options, help: { type: "boolean", short: "h" } } as O & { help: { type: "boolean"; short: "h" } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(usage);
    return 0;
  }
  return { values: parsed.values, positionals: parsed.positionals.filter((a) => a !== "--") };
}

/**
 * A reader that closed the pipe (`… | head`) has all it wanted: stop quietly instead of
 * throwing EPIPE with a stack trace.
 */
export function stopWhenPipeCloses(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}

/** Largest seed `--recut` takes: a whole number the re-cut's 32-bit generator holds. */
const MAX_SEED = 4294967295;

/**
 * `--recut SEED`: a whole number from 0 to 4294967295, or undefined when not given; null, after saying why
 * and how the command is used, when it is no such number or comes with `--even-spacing` (the re-cut reading is evenly
 * spaced already: the two are alternatives).
 */
export function readSeed(value: string | undefined, evenSpacing: boolean, usage: string): number | undefined | null {
  if (value === undefined) return undefined;
  const seed = /^\d{1,10}$/u.test(value) ? Number(value) : NaN;
  if (!(seed <= MAX_SEED)) {
    process.stderr.write(`--recut: expected a whole number from 0 to ${MAX_SEED} as the seed, got "${value}"\n${usage}`);
    return null;
  }
  if (evenSpacing) {
    process.stderr.write(`--recut and --even-spacing: give one (the re-cut reading is evenly spaced already)\n${usage}`);
    return null;
  }
  return seed;
}
