import { expect, it } from "vitest";
import { runTool, runToolAsync } from "./tools.ts";

it("a missing tool fails with the Debian package to install, never a silent skip", () => {
  expect(() => runTool("edgepaper-no-such-tool", ["--version"], "edgepaper-tools")).toThrow(
    "edgepaper-no-such-tool is not installed: install the Debian package `edgepaper-tools` (apt-get install -y edgepaper-tools)",
  );
});

it("the asynchronous runner fails the same way", async () => {
  await expect(runToolAsync("edgepaper-no-such-tool", [], "edgepaper-tools")).rejects.toThrow("install the Debian package `edgepaper-tools`");
});
