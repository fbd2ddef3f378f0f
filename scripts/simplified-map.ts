/**
 * npm run simplified-map: writes src/core/search/simplified-map.ts, the Traditional →
 * Simplified table search folds with, from the pinned opencc-js package's dictionaries
 * (test/search/simplified-map.test.ts fails when the file and the package disagree).
 */
import { writeFileSync } from "node:fs";
import TS_CHARACTERS from "opencc-js/dict/TSCharacters";
import TW_VARIANTS from "opencc-js/dict/TWVariantsRev";
import HK_VARIANTS from "opencc-js/dict/HKVariantsRev";
import { encodeTable, simplifiedTable } from "../src/core/search/simplified-table.ts";

const out = new URL("../src/core/search/simplified-map.ts", import.meta.url);
const table = simplifiedTable(TS_CHARACTERS, [TW_VARIANTS, HK_VARIANTS]);
writeFileSync(
  out,
  `// Written by \`npm run simplified-map\` from opencc-js's TSCharacters, TWVariantsRev and HKVariantsRev; do not edit.\n` +
    `// ${table.size} characters, encoded as simplified-table.ts describes.\n` +
    `export const SIMPLIFIED_MAP = ${JSON.stringify(encodeTable(table))};\n`,
);
console.log(`simplified-map: wrote ${table.size} characters to ${out.pathname}`);
