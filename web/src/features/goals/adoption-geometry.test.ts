import { describe, expect, it } from "vitest";
import type { Stance } from "#core/movement/stances";
import { bands, daysBetween, joinedOf, STACK_ORDER, stepLine, timeline } from "./adoption-geometry";

const counts = (partial: Partial<Record<Stance, number>>): Record<Stance, number> => ({
  unaware: 0,
  aware: 0,
  curious: 0,
  supportive: 0,
  committed: 0,
  champion: 0,
  ...partial,
});

describe("the adoption chart's geometry", () => {
  it("counts days in UTC across a month's end", () => {
    expect(daysBetween("2026-01-30", "2026-02-02")).toBe(3);
    expect(daysBetween("2026-02-02", "2026-02-02")).toBe(0);
  });

  it("holds each day's counts until the next change, the last until the end day", () => {
    const line = timeline(
      [
        { day: "2026-03-05", counts: counts({ supportive: 2 }) },
        { day: "2026-03-02", counts: counts({ supportive: 1 }) },
      ],
      "2026-03-01",
      "2026-03-09",
    );
    expect(line.start).toBe("2026-03-01");
    expect(line.span).toBe(9);
    expect(line.steps.map(({ from, to }) => [from, to])).toEqual([
      [1, 4],
      [4, 9],
    ]);
  });

  it("starts at a change earlier than the goal's day and ends at one later than today", () => {
    const line = timeline([{ day: "2026-02-27", counts: counts({ aware: 1 }) }], "2026-03-01", "2026-03-01");
    expect(line.start).toBe("2026-02-27");
    expect(line.span).toBe(3);
    const late = timeline([{ day: "2026-03-04", counts: counts({ aware: 1 }) }], "2026-03-01", "2026-03-02");
    expect(late.span).toBe(4);
    expect(late.steps[0]).toMatchObject({ from: 3, to: 4 });
  });

  it("is one empty day with no change at all", () => {
    expect(timeline([], "2026-03-01", "2026-03-01")).toEqual({ start: "2026-03-01", span: 1, steps: [] });
  });

  it("stacks the joined rungs from the baseline, champion lowest, and skips empty rungs", () => {
    expect(STACK_ORDER[0]).toBe("champion");
    const found = bands([{ from: 0, to: 2, counts: counts({ curious: 1, supportive: 2, champion: 1 }) }]);
    expect(found).toEqual([
      { stance: "champion", from: 0, to: 2, lower: 0, upper: 1 },
      { stance: "supportive", from: 0, to: 2, lower: 1, upper: 3 },
      { stance: "curious", from: 0, to: 2, lower: 3, upper: 4 },
    ]);
  });

  it("draws the joined count as steps, from zero before the first change", () => {
    const steps = [
      { from: 1, to: 3, counts: counts({ supportive: 1, curious: 1 }) },
      { from: 3, to: 5, counts: counts({ committed: 1, supportive: 1, curious: 1 }) },
    ];
    expect(stepLine(steps, joinedOf)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [3, 1],
      [3, 2],
      [5, 2],
    ]);
    expect(stepLine([], joinedOf)).toEqual([]);
  });
});
