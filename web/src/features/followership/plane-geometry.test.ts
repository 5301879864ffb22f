import { describe, expect, it } from "vitest";
import { arrowBetween, cornerRegions, PLANE, toSvg } from "./plane-geometry";

const regions = { low: 20, high: 40, max: 60 };

describe("the followership plane", () => {
  it("puts engagement across and thinking up, 0 at the bottom left", () => {
    expect(toSvg({ it: 0, ae: 0 }, regions)).toEqual({ x: PLANE.left, y: PLANE.top + PLANE.plot });
    expect(toSvg({ it: 60, ae: 60 }, regions)).toEqual({ x: PLANE.left + PLANE.plot, y: PLANE.top });
    expect(toSvg({ it: 30, ae: 15 }, regions)).toEqual({
      x: PLANE.left + PLANE.plot / 4,
      y: PLANE.top + PLANE.plot / 2,
    });
  });

  it("keeps a point outside 0–60 on the edge of the plot", () => {
    expect(toSvg({ it: 75, ae: -5 }, regions)).toEqual({ x: PLANE.left, y: PLANE.top });
  });

  it("stops an arrow short of both marks, and draws none between marks that touch", () => {
    expect(arrowBetween({ x: 0, y: 0 }, { x: 30, y: 40 }, 5)).toEqual({ x1: 3, y1: 4, x2: 27, y2: 36 });
    expect(arrowBetween({ x: 0, y: 0 }, { x: 6, y: 8 }, 5)).toBeNull();
  });

  it("draws the four corners beyond the cut-offs, high thinking at the top", () => {
    expect(cornerRegions(regions)).toEqual([
      { style: "alienated", it: [40, 60], ae: [0, 20] },
      { style: "exemplary", it: [40, 60], ae: [40, 60] },
      { style: "passive", it: [0, 20], ae: [0, 20] },
      { style: "conformist", it: [0, 20], ae: [40, 60] },
    ]);
  });
});
