import { expect, it } from "vitest";
import { runTool } from "./tools.ts";

it("a missing tool fails with the Debian package to install, never a silent skip", () => {
  expect(() => runTool("edgepaper-no-such-tool", ["--version"], "edgepaper-tools")).toThrow(
    "edgepaper-no-such-tool is not installed: install the Debian package `edgepaper-tools` (apt-get install -y edgepaper-tools)",
  );
});
