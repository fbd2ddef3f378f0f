/**
 * decodePage's native fast path (valid UTF-8 without control bytes) gives the
 * same answers as the byte-by-byte checks it skips: text for clean UTF-8, and
 * for a control byte the DecodeError naming that byte's offset.
 */
import fc from "fast-check";
import { expect, it } from "vitest";
import { decodePage, DecodeError } from "../../src/publish/decode.ts";

const BINARY = [0x00, 0x01, 0x07, 0x08, 0x0b, 0x0e, 0x1a, 0x1c, 0x1f];
const ALLOWED_CONTROLS = ["\t", "\n", "\f", "\r", "\u001b"];

it("clean UTF-8 decodes to its text, line endings made \\n", () => {
  const text = fc.stringMatching(/^[^\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f]*$/u);
  fc.assert(
    fc.property(fc.array(fc.oneof(text, fc.constantFrom(...ALLOWED_CONTROLS), fc.constantFrom("株洲日报", "\r\n"))), (parts) => {
      const s = parts.join("");
      if (s.startsWith("\ufeff") || /[\ud800-\udfff]/.test(s)) return;
      expect(decodePage("p.txt", new TextEncoder().encode(s))).toEqual({ text: s.replace(/\r\n?/g, "\n"), encoding: "utf-8" });
    }),
  );
});

it("a control byte anywhere in otherwise valid UTF-8 is refused at its byte offset", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme" }), fc.constantFrom(...BINARY), fc.string({ unit: "grapheme" }), (before, byte, after) => {
      const head = new TextEncoder().encode(before.replace(/[\u0000-\u001f]/g, ""));
      const bytes = Uint8Array.from([...head, byte, ...new TextEncoder().encode(after)]);
      let error: unknown = null;
      try {
        decodePage("p.txt", bytes);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DecodeError);
      expect((error as DecodeError).offset).toBe(head.length);
    }),
  );
});
