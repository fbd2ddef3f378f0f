import { describe, expect, it } from "vitest";
import { crossheadDecisions, fitLogistic, headlineDecisions, leaveOneSetOut, predicts, type WeighedDecision } from "../support/evidence.ts";

const row = (set: string, features: string[], hand: number, positive: boolean): WeighedDecision => ({ kind: "crosshead-or-story", set, features, hand, positive });

describe("weighing learned weights against the hand weights (npm run weigh-evidence)", () => {
  // Feature `a` marks a crosshead and `b` the next story in every set; the hand weights have them the wrong way round.
  const rows = ["s1", "s2", "s3"].flatMap((set) => [row(set, ["a:3"], -1, true), row(set, ["b:-2"], 1, false), row(set, ["a:3", "c:1"], -1, true)]);

  it("learns from the features which way each weighs, and a feature it never saw weighs nothing", () => {
    const model = fitLogistic(rows);
    expect(model.weights.get("a:3")!).toBeGreaterThan(0);
    expect(model.weights.get("b:-2")!).toBeLessThan(0);
    expect(predicts(model, row("s4", ["a:3", "unseen:5"], 0, true))).toBe(true);
  });

  it("counts the hand weights' and the held-out fit's right calls, training each set's fit without it", () => {
    expect(leaveOneSetOut(rows)).toEqual({ decisions: 9, hand: 0, learned: 9 });
    // A set whose lesson no other set teaches is not learned: its fit never saw feature `d`.
    const alone = [...rows, row("s5", ["d:1"], 1, true)];
    const result = leaveOneSetOut(alone);
    expect(result.hand).toBe(1);
    expect(result.learned).toBe(9 + (predicts(fitLogistic(rows), alone.at(-1)!) ? 1 : 0));
  });

  it("labels the corpus's decisions from the gold: crossheads kept in their article, two-line headlines by their roles", () => {
    const crossheads = crossheadDecisions(["real-a"]);
    expect(crossheads.length).toBeGreaterThan(0);
    expect(crossheads.every((d) => d.features.every((f) => /^(?:crosshead|story)\.[a-z-]+:-?\d+$/u.test(f)))).toBe(true);
    const headlines = headlineDecisions(["real-a"]);
    expect(new Set(headlines.map((d) => d.positive))).toEqual(new Set([true, false]));
  });
});
