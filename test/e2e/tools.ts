/** Running the Debian-packaged tools the end-to-end tests need, failing with the package's name when one is missing. */
import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";

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

/**
 * Runs `command` without blocking the event loop (needed when it talks to a server
 * in this process). Resolves with its exit status and output; rejects, naming the
 * Debian package, when it is not installed.
 */
export function runToolAsync(command: string, args: string[], debianPackage: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "ENOENT" ? new Error(`${command} is not installed: install the Debian package \`${debianPackage}\` (apt-get install -y ${debianPackage})`) : error),
    );
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
