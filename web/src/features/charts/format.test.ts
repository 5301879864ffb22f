import { describe, expect, it } from "vitest";
import { countScaleTop, percent, shortDay } from "./format";

describe("chart scales", () => {
  it("tops a scale of counts at the first of 1, 2, 5, 10, 20, 50… that holds the largest", () => {
    expect([0, 0.4, 1, 1.5, 2, 3, 5, 6, 10, 11, 20, 21, 99, 101].map(countScaleTop)).toEqual([
      1, 1, 1, 2, 2, 5, 5, 10, 10, 20, 20, 50, 100, 200,
    ]);
  });

  it("writes a share as a whole percentage, and nothing known as a dash", () => {
    expect(percent(0.456)).toBe("46%");
    expect(percent(null)).toBe("–");
  });
});

describe("shortDay", () => {
  it("reads a UTC day as its day and month, whatever the local zone", () => {
    expect(shortDay("2026-11-12")).toBe("12 Nov");
    expect(shortDay("2026-01-01")).toBe("1 Jan");
  });
});
