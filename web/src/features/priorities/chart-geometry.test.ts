import { describe, expect, it } from "vitest";
import {
  CHART,
  LABEL_CHAR_WIDTH,
  POINT_RADIUS,
  placeLabels,
  quadrantRects,
  shortLabel,
  spreadCoinciding,
  toSvg,
} from "./chart-geometry";

const bottom = CHART.top + CHART.plot;
const right = CHART.left + CHART.plot;

describe("the value/effort chart", () => {
  it("puts effort across and value up, 1 at the bottom left and 5 at the top right", () => {
    expect(toSvg(1, 1)).toEqual({ x: CHART.left, y: bottom });
    expect(toSvg(5, 5)).toEqual({ x: right, y: CHART.top });
    // Value 4 is three quarters up; effort 2 a quarter across.
    expect(toSvg(4, 2)).toEqual({ x: CHART.left + CHART.plot / 4, y: CHART.top + CHART.plot / 4 });
  });

  it("keeps a mean outside 1–5 on the edge of the plot", () => {
    expect(toSvg(6, 0)).toEqual({ x: CHART.left, y: CHART.top });
  });

  it("splits the plot at 3: quick wins top left, big bets top right, fill-ins and money pits below", () => {
    const half = CHART.plot / 2;
    const rects = Object.fromEntries(
      quadrantRects().map(({ key, x, y, width, height }) => [key, { x, y, width, height }]),
    );
    expect(rects).toEqual({
      quick_win: { x: CHART.left, y: CHART.top, width: half, height: half },
      big_bet: { x: CHART.left + half, y: CHART.top, width: half, height: half },
      fill_in: { x: CHART.left, y: CHART.top + half, width: half, height: half },
      money_pit: { x: CHART.left + half, y: CHART.top + half, width: half, height: half },
    });
    // An item of value 4 and effort 2 falls in the quick wins' rectangle.
    const point = toSvg(4, 2);
    const quick = rects.quick_win;
    if (!quick) throw new Error("no quick wins");
    expect(point.x > quick.x && point.x < quick.x + quick.width).toBe(true);
    expect(point.y > quick.y && point.y < quick.y + quick.height).toBe(true);
  });

  it("spreads points that share a place around it, and leaves a lone point where it is", () => {
    const [a, b, c] = spreadCoinciding([
      { x: 100, y: 100, id: "a" },
      { x: 102, y: 100, id: "b" },
      { x: 200, y: 200, id: "c" },
    ]);
    expect(c).toEqual({ x: 200, y: 200, id: "c" });
    expect(a?.id).toBe("a");
    if (!a || !b) throw new Error("points lost");
    // Two points on a ring round the first one's place: one above, one below, far enough apart.
    expect(a.x).toBeCloseTo(100);
    expect(b.x).toBeCloseTo(100);
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(POINT_RADIUS * 2);
    expect(a.y).toBeLessThan(100);
    expect(b.y).toBeGreaterThan(100);
  });

  it("spreads three points sharing a place so that none overlaps another", () => {
    const spread = spreadCoinciding([
      { x: 150, y: 150 },
      { x: 150, y: 150 },
      { x: 151, y: 150 },
    ]);
    for (const [i, p] of spread.entries()) {
      for (const q of spread.slice(i + 1)) {
        expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(POINT_RADIUS * 2 - 1e-9);
      }
    }
  });

  it("labels a point on its right, else its left, and gives up when neither fits", () => {
    const middle = { x: CHART.left + CHART.plot / 2, y: CHART.top + CHART.plot / 2 };
    const [first] = placeLabels([{ ...middle, label: "Docs" }]);
    expect(first).toMatchObject({ anchor: "start", x: middle.x + POINT_RADIUS + 3 });
    // Near the right edge a long label goes on the left.
    const nearRight = { x: right - 20, y: middle.y };
    const [left] = placeLabels([{ ...nearRight, label: "A longer label" }]);
    expect(left).toMatchObject({ anchor: "end", x: nearRight.x - POINT_RADIUS - 3 });
    // Two points one above the other: the second cannot take the place right of it, where the
    // first one's label is, so its label goes on its left.
    const pair = placeLabels([
      { ...middle, label: "First item" },
      { x: middle.x, y: middle.y + POINT_RADIUS, label: "Second item" },
    ]);
    expect(pair[0]?.anchor).toBe("start");
    expect(pair[1]?.anchor).toBe("end");
    // A label wider than the plot fits nowhere.
    const [none] = placeLabels([
      { ...middle, label: "x".repeat(Math.ceil(CHART.plot / LABEL_CHAR_WIDTH) + 1) },
    ]);
    expect(none).toBeNull();
  });

  it("keeps labels clear of what is reserved (the quadrants' names)", () => {
    const at = { x: CHART.left + 60, y: CHART.top + 60 };
    const reserved = [{ x: at.x + POINT_RADIUS, y: at.y - 10, width: 80, height: 20 }];
    const [place] = placeLabels([{ ...at, label: "Item" }], reserved);
    expect(place?.anchor).toBe("end");
  });

  it("shortens a long title at a word, with an ellipsis", () => {
    expect(shortLabel("Short title")).toBe("Short title");
    expect(shortLabel("Move the build to the new pipeline", 22)).toBe("Move the build to the…");
    expect(shortLabel("Supercalifragilisticexpialidocious", 10)).toBe("Supercali…");
  });
});
