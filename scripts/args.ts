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

/** `--recut SEED`: a whole number, or undefined when not given; null (after saying why) when it is no seed. */
export function readSeed(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/u.test(value)) {
    process.stderr.write(`--recut: expected a whole number as the seed, got ${value}\n`);
    return null;
  }
  return Number(value);
}
