/** Client errors: every bad input is a problem document naming what was wrong. */
import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { encodeCursor } from "../../src/publish/cursor.ts";
import { BASE, resetKv } from "./seed.ts";

const fetchPath = (path: string) => exports.default.fetch(new Request(`${BASE}${path}`));

async function expectProblem(path: string, status: number) {
  const r = await fetchPath(path);
  expect(r.status, path).toBe(status);
  expect(r.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
  return r.json<any>();
}

beforeAll(async () => {
  await resetKv();
});

describe("unknown section", () => {
  it("is a 404 naming the valid sections", async () => {
    const body = await expectProblem("/v1/sections/sports", 404);
    expect(body.detail).toContain('"sports"');
    expect(body.detail).toContain("all, politics, economy, agriculture-photos, other");
    expect(body.validSections).toEqual(["all", "politics", "economy", "agriculture-photos", "other"]);
  });
});

describe("bad parameters are 400s naming the parameter", () => {
  it.each(["0", "101", "-1", "abc", "1.5", "1e2", "", "20&limit=30", "9".repeat(300)])("limit=%s", async (value) => {
    const body = await expectProblem(`/v1/sections/politics?limit=${value}`, 400);
    expect(body).toMatchObject({ parameter: "limit", type: "urn:edgepaper:problem:invalid-parameter" });
    expect(body.title).toContain("limit");
  });

  it.each(["garbage", "", "%%%", "AAAA", "x".repeat(500)])("cursor=%s", async (value) => {
    const body = await expectProblem(`/v1/sections/politics?cursor=${encodeURIComponent(value)}`, 400);
    expect(body.parameter).toBe("cursor");
  });

  it("rejects a tampered cursor and a cursor of another section", async () => {
    const good = encodeCursor("politics", { date: "2023-11-07", page: 1, order: 0 });
    expect((await fetchPath(`/v1/sections/politics?cursor=${good}`)).status).toBe(200);
    const decoded = atob(good.replaceAll("-", "+").replaceAll("_", "/"));
    const tampered = btoa(decoded.replace(".1.0.", ".1.5.")).replace(/=+$/, "");
    expect((await expectProblem(`/v1/sections/politics?cursor=${tampered}`, 400)).parameter).toBe("cursor");
    const other = await expectProblem(`/v1/sections/economy?cursor=${good}`, 400);
    expect(other.detail).toContain("politics");
  });

  it.each(["yesterday", "2023-13-01", "2023-02-30", "2023-11-07T25:00:00Z", "2023-11-07T08:00:00", "20231107"])("since=%s", async (value) => {
    expect((await expectProblem(`/v1/sections/politics?since=${encodeURIComponent(value)}`, 400)).parameter).toBe("since");
  });

  it("rejects a malformed edition date as a 400 naming it", async () => {
    expect((await expectProblem("/v1/editions/2023-1-7", 400)).parameter).toBe("date");
    expect((await expectProblem("/v1/editions/2023-02-30", 400)).parameter).toBe("date");
  });
});
