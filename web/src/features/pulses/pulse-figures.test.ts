import { describe, expect, it } from "vitest";
import { lineRuns } from "../charts/format";
import { dayRange, figureShare, figureValue, isShown, utcDayFromToday } from "./pulse-figures";

describe("pulse figures as written", () => {
  it("writes the trust index as a whole number of 100 and the rest to one decimal of 7", () => {
    expect(figureValue("trustIndex", 49.6)).toBe("50 of 100");
    expect(figureValue("credibility", 4)).toBe("4.0 of 7");
    expect(figureValue("psychologicalSafety", 5.25)).toBe("5.3 of 7");
  });

  it("places a value on its meter: 1 to 7 as 0 to 1, the index out of 100", () => {
    expect(figureShare("selfOrientation", 1)).toBe(0);
    expect(figureShare("reliability", 7)).toBe(1);
    expect(figureShare("intimacy", 4)).toBe(0.5);
    expect(figureShare("trustIndex", 25)).toBe(0.25);
  });

  it("tells a shown figure from a withheld one", () => {
    expect(isShown({ value: 3 })).toBe(true);
    expect(isShown({ withheld: "Fewer than 3 people answered." })).toBe(false);
  });

  it("counts days from today in UTC, whatever the hour", () => {
    expect(utcDayFromToday(14, new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-14");
    expect(utcDayFromToday(1, new Date("2026-02-28T00:10:00Z"))).toBe("2026-03-01");
  });
});

describe("a line with gaps", () => {
  it("breaks at every value not shown, keeping each point's place", () => {
    expect(lineRuns([1, 2, null, 4, null, null, 7])).toEqual([
      [
        { index: 0, value: 1 },
        { index: 1, value: 2 },
      ],
      [{ index: 3, value: 4 }],
      [{ index: 6, value: 7 }],
    ]);
    expect(lineRuns([null, null])).toEqual([]);
  });
});

describe("a round's days", () => {
  it("writes two days as one range, and days it cannot read as they came", () => {
    const range = dayRange("2026-07-25", "2026-08-08");
    expect(range).toContain("2026");
    expect(range).toContain("25");
    expect(range).toContain("8");
    expect(range.match(/2026/g)).toHaveLength(1);
    expect(dayRange("soon", "later")).toBe("soon – later");
  });
});
