import { expect, it } from "vitest";
import { SECTIONS } from "../../src/core/sections.ts";
it("has sections", () => expect(SECTIONS.map((s) => s.slug)).toContain("politics"));
