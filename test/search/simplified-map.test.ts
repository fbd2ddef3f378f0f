/** The Traditional → Simplified table the Worker carries is OpenCC's, as the pinned opencc-js ships it. */
import { describe, expect, it } from "vitest";
import TS_CHARACTERS from "opencc-js/dict/TSCharacters";
import TW_VARIANTS from "opencc-js/dict/TWVariantsRev";
import HK_VARIANTS from "opencc-js/dict/HKVariantsRev";
import { SIMPLIFIED_MAP } from "../../src/core/search/simplified-map.ts";
import { decodeTable, encodeTable, simplifiedTable } from "../../src/core/search/simplified-table.ts";

describe("the Traditional → Simplified table", () => {
  const table = simplifiedTable(TS_CHARACTERS, [TW_VARIANTS, HK_VARIANTS]);
  it("is what npm run simplified-map writes from opencc-js (run it after updating the package)", () => {
    expect(decodeTable(SIMPLIFIED_MAP)).toEqual(table);
  });
  it("round-trips through its compact encoding, and holds the characters search needs", () => {
    expect(decodeTable(encodeTable(table))).toEqual(table);
    const map = (c: string) => String.fromCodePoint(table.get(c.codePointAt(0)!) ?? c.codePointAt(0)!);
    expect([..."楓橋經驗裡為"].map(map).join("")).toBe("枫桥经验里为");
    expect(map("著")).toBe("著");
    expect(table.size).toBeGreaterThan(3000);
  });
});
