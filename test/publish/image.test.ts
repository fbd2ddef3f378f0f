import { describe, expect, it } from "vitest";
import { IMAGE_TYPES, MAX_IMAGE_BYTES, readImage } from "../../src/publish/image.ts";
import { makeGif, makeJpeg, makePng, makeWebp } from "../support/images.ts";

describe("a picture is known by its bytes", () => {
  it("reads type, extension and size of PNG, JPEG, GIF and the three WebP encodings", () => {
    expect(readImage(makePng(3, 2))).toEqual({ format: "png", ext: "png", type: "image/png", width: 3, height: 2 });
    expect(readImage(makeJpeg(640, 480))).toEqual({ format: "jpeg", ext: "jpg", type: "image/jpeg", width: 640, height: 480 });
    expect(readImage(makeGif(17, 9))).toEqual({ format: "gif", ext: "gif", type: "image/gif", width: 17, height: 9 });
    for (const kind of ["VP8 ", "VP8L", "VP8X"] as const) expect(readImage(makeWebp(kind, 300, 200)), kind).toEqual({ format: "webp", ext: "webp", type: "image/webp", width: 300, height: 200 });
  });

  it("finds a JPEG's frame header after other segments and fill bytes", () => {
    const jpeg = makeJpeg(1200, 800);
    const comment = [0xff, 0xfe, 0x00, 0x05, 0x61, 0x62, 0x63];
    const padded = new Uint8Array([...jpeg.subarray(0, 2), 0xff, ...comment, ...jpeg.subarray(2)]);
    expect(readImage(padded)).toMatchObject({ width: 1200, height: 800 });
  });

  it("says why bytes are no picture: text, empty, cut short, no size, too large", () => {
    expect(readImage(new TextEncoder().encode("株洲日报"))).toMatch(/not a JPEG, PNG, WebP or GIF picture \(judged by its bytes, not its name\)/);
    expect(readImage(new Uint8Array(0))).toBe("the file is empty");
    expect(readImage(makePng(3, 2).subarray(0, 12))).toBe("a PNG without its IHDR header");
    expect(readImage(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toBe("a JPEG without a frame header (no width and height)");
    expect(readImage(makeGif(0, 5))).toBe("its header gives a size of 0×5");
    expect(readImage(new Uint8Array(MAX_IMAGE_BYTES + 1).fill(0xff))).toMatch(/bytes; a picture may have at most 10485760/);
  });

  it("names the media type of every extension", () => {
    expect(IMAGE_TYPES).toEqual({ jpg: "image/jpeg", png: "image/png", webp: "image/webp", gif: "image/gif" });
  });
});
