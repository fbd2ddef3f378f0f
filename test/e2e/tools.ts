/** Running the Debian-packaged tools the end-to-end tests need, failing with the package's name when one is missing. */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";

/**
 * Runs `command` synchronously. Throws when it is not installed, naming the Debian
 * package to install, so a missing tool fails the run instead of skipping it.
 */
export function runTool(command: string, args: string[], debianPackage: string, input?: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { encoding: "utf8", input, maxBuffer: 64 * 1024 * 1024 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === "ENOENT") {
    throw new Error(`${command} is not installed: install the Debian package \`${debianPackage}\` (apt-get install -y ${debianPackage})`);
  }
  if (result.error) throw result.error;
  return result;
}
