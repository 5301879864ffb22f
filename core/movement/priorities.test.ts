import { describe, expect, it } from "vitest";
import {
  disagreement,
  isRating,
  itemFigures,
  populationSd,
  quadrant,
  RATING_MAX,
  RATING_MIN,
  rankItems,
  ratingFiguresVerdict,
  ratingsWithheldMessage,
  valueForEffort,
  widerSpread,
  worthAConversation,
} from "./priorities";

describe("ratings", () => {
  it("are whole numbers from 1 to 5", () => {
    expect([RATING_MIN, RATING_MAX]).toEqual([1, 5]);
    for (const ok of [1, 2, 3, 4, 5]) expect(isRating(ok)).toBe(true);
    for (const bad of [0, 6, -1, 2.5, "3", null, undefined, Number.NaN]) expect(isRating(bad)).toBe(false);
  });
});

describe("the quadrant", () => {
  it("is high above the middle, 3, and low at 3 or below", () => {
    expect(quadrant(4, 2)).toBe("quick_win");
    expect(quadrant(4, 4)).toBe("big_bet");
    expect(quadrant(2, 2)).toBe("fill_in");
    expect(quadrant(2, 4)).toBe("money_pit");
    // Exactly 3 is low on both axes.
    expect(quadrant(3, 3)).toBe("fill_in");
    expect(quadrant(3.01, 3)).toBe("quick_win");
    expect(quadrant(3, 3.01)).toBe("money_pit");
    expect(quadrant(3.01, 3.01)).toBe("big_bet");
  });
});

describe("value for effort", () => {
  it("is mean value over mean effort", () => {
    expect(valueForEffort(4, 2)).toBe(2);
    expect(valueForEffort(3, 4)).toBe(0.75);
  });
});

describe("the spread", () => {
  it("is the population standard deviation", () => {
    // [1, 5]: mean 3, squares 4 + 4 = 8, / 2 = 4, √4 = 2.
    expect(populationSd([1, 5])).toBe(2);
    // [2, 4, 4, 4, 5, 5, 7, 9]: mean 5, squares 9+1+1+1+0+0+4+16 = 32, / 8 = 4, √4 = 2.
    expect(populationSd([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
    // [1, 2, 3]: mean 2, squares 1 + 0 + 1 = 2, / 3, √(2/3).
    expect(populationSd([1, 2, 3])).toBeCloseTo(Math.sqrt(2 / 3), 12);
    expect(populationSd([4])).toBe(0);
    expect(populationSd([])).toBe(0);
  });

  it("is taken of value and of effort apart", () => {
    expect(
      disagreement([
        { value: 1, effort: 3 },
        { value: 5, effort: 3 },
      ]),
    ).toEqual({ value: 2, effort: 0 });
    expect(widerSpread({ value: 0.5, effort: 1.5 })).toBe(1.5);
    expect(widerSpread({ value: 1.5, effort: 0.5 })).toBe(1.5);
  });
});

describe("an item's figures", () => {
  it("are null without a rating", () => {
    expect(itemFigures([])).toBeNull();
  });

  it("match a hand computation", () => {
    // value [5, 4, 3]: mean 4, squares 1 + 0 + 1 = 2, sd √(2/3);
    // effort [2, 2, 5]: mean 3, squares 1 + 1 + 4 = 6, sd √2; high value, low effort (3 is low).
    const figures = itemFigures([
      { value: 5, effort: 2 },
      { value: 4, effort: 2 },
      { value: 3, effort: 5 },
    ]);
    expect(figures).toMatchObject({ raters: 3, meanValue: 4, meanEffort: 3, quadrant: "quick_win" });
    expect(figures?.valueForEffort).toBeCloseTo(4 / 3, 12);
    expect(figures?.spread.value).toBeCloseTo(Math.sqrt(2 / 3), 12);
    expect(figures?.spread.effort).toBeCloseTo(Math.sqrt(2), 12);
  });
});

describe("the ranking", () => {
  const item = (id: string, title: string, meanValue: number, meanEffort: number) => ({
    id,
    title,
    figures: { meanValue, valueForEffort: meanValue / meanEffort },
  });

  it("puts the most value for effort first", () => {
    // a 4/2 = 2, b 5/5 = 1, c 3/1 = 3.
    expect(rankItems([item("a", "A", 4, 2), item("b", "B", 5, 5), item("c", "C", 3, 1)])).toEqual([
      "c",
      "a",
      "b",
    ]);
  });

  it("breaks a tie by mean value, then by title, then by id", () => {
    // Both 2: x 4/2, y 2/1; y has less value, so x first.
    expect(rankItems([item("y", "Y", 2, 1), item("x", "X", 4, 2)])).toEqual(["x", "y"]);
    // Same figures: by title.
    expect(rankItems([item("2", "Beta", 4, 2), item("1", "Alpha", 4, 2)])).toEqual(["1", "2"]);
    // Same title too: by id.
    expect(rankItems([item("k2", "Same", 4, 2), item("k1", "Same", 4, 2)])).toEqual(["k1", "k2"]);
    expect(rankItems([item("k1", "Same", 4, 2), item("k2", "Same", 4, 2)])).toEqual(["k1", "k2"]);
  });

  it("puts unrated items last, by title", () => {
    const unrated = (id: string, title: string) => ({ id, title, figures: null });
    expect(
      rankItems([unrated("u2", "Zed"), item("r", "Rated", 1, 5), unrated("u1", "Ann"), item("s", "S", 2, 5)]),
    ).toEqual(["s", "r", "u1", "u2"]);
    expect(rankItems([item("r", "Rated", 1, 5), unrated("u1", "Ann")])).toEqual(["r", "u1"]);
    expect(rankItems([])).toEqual([]);
  });
});

describe("worth a conversation", () => {
  const item = (id: string, title: string, raters: number, value: number, effort: number) => ({
    id,
    title,
    figures: { raters, spread: { value, effort } },
  });

  it("lists items with 2 or more raters and a spread of at least 1, most spread first", () => {
    expect(
      worthAConversation([
        item("a", "A", 2, 1, 0),
        item("b", "B", 3, 0.99, 0.99),
        item("c", "C", 4, 0.5, 2),
        item("d", "D", 1, 0, 0),
        { id: "e", title: "E", figures: null },
      ]),
    ).toEqual(["c", "a"]);
  });

  it("needs two raters: one rater has no one to disagree with", () => {
    expect(worthAConversation([item("a", "A", 1, 2, 2)])).toEqual([]);
    expect(worthAConversation([item("a", "A", 2, 2, 2)])).toEqual(["a"]);
  });

  it("keeps the three most spread, ties by title", () => {
    expect(
      worthAConversation([
        item("a", "A", 2, 1, 1),
        item("b", "B", 2, 2, 0),
        item("c", "C", 2, 1.5, 0),
        item("d", "D", 2, 0, 1.5),
        item("e", "E", 2, 1.2, 0),
      ]),
    ).toEqual(["b", "c", "d"]);
    expect(worthAConversation([item("a", "A", 2, 1, 1), item("b", "B", 2, 2, 0)], 1)).toEqual(["b"]);
  });
});

describe("figures over ratings, shown to a member", () => {
  it("need at least the threshold of raters (never below 3)", () => {
    expect(ratingFiguresVerdict({ raters: 2, seenOthers: 0, viewerRated: false }, 3)).toEqual({
      shown: false,
      reason: "too_few",
    });
    expect(ratingFiguresVerdict({ raters: 3, seenOthers: 0, viewerRated: false }, 3)).toEqual({
      shown: true,
    });
    // A stored threshold below the floor counts as 3.
    expect(ratingFiguresVerdict({ raters: 2, seenOthers: 0, viewerRated: false }, 1)).toMatchObject({
      reason: "too_few",
    });
    expect(ratingFiguresVerdict({ raters: 4, seenOthers: 0, viewerRated: true }, 5)).toMatchObject({
      reason: "too_few",
    });
    expect(ratingFiguresVerdict({ raters: 5, seenOthers: 0, viewerRated: true }, 5)).toEqual({ shown: true });
  });

  it("are withheld when what the viewer cannot see rests on fewer than the threshold", () => {
    // 4 raters, 2 shared with the viewer, the viewer not among them: 2 unseen → withheld.
    expect(ratingFiguresVerdict({ raters: 4, seenOthers: 2, viewerRated: false }, 3)).toEqual({
      shown: false,
      reason: "would_isolate",
    });
    // The viewer rated too: unseen = 4 − 1 = 3 (their own and two others) → shown, as in the pulse.
    expect(ratingFiguresVerdict({ raters: 4, seenOthers: 1, viewerRated: true }, 3)).toEqual({ shown: true });
    // 4 − 2 = 2 unseen, one of them the viewer's own: one other, singled out.
    expect(ratingFiguresVerdict({ raters: 4, seenOthers: 2, viewerRated: true }, 3)).toMatchObject({
      reason: "would_isolate",
    });
    // 5 raters, 2 seen, viewer not among them: 3 unseen → shown.
    expect(ratingFiguresVerdict({ raters: 5, seenOthers: 2, viewerRated: false }, 3)).toEqual({
      shown: true,
    });
  });

  it("are shown when every other rating behind them is one the viewer sees", () => {
    expect(ratingFiguresVerdict({ raters: 3, seenOthers: 2, viewerRated: true }, 3)).toEqual({ shown: true });
    expect(ratingFiguresVerdict({ raters: 3, seenOthers: 3, viewerRated: false }, 3)).toEqual({
      shown: true,
    });
  });

  it("say why in words", () => {
    expect(ratingsWithheldMessage("too_few", 4)).toBe(
      "Fewer than 4 people have rated, so these figures are withheld to keep ratings anonymous.",
    );
    expect(ratingsWithheldMessage("too_few", 1)).toContain("Fewer than 3 people");
    expect(ratingsWithheldMessage("would_isolate", 3)).toBe(
      "Beside the ratings shared with you, these figures would single out fewer than 3 people, so they are withheld.",
    );
  });
});
