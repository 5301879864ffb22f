import { describe, expect, it } from "vitest";
import {
  chartWords,
  coefficientText,
  meanText,
  type PlottedItem,
  pointWords,
  ratioText,
  spreadWords,
} from "./priority-words";

const item = (overrides: Partial<PlottedItem>): PlottedItem => ({
  id: "a",
  title: "Docs site",
  rank: 1,
  meanValue: 4.333,
  meanEffort: 1.666,
  quadrant: "quick_win",
  raters: 3,
  ...overrides,
});

describe("the priorities in words", () => {
  it("writes means to one place, value for effort to two and coefficients with a true minus", () => {
    expect(meanText(4)).toBe("4.0");
    expect(meanText(4.333)).toBe("4.3");
    expect(ratioText(2.6)).toBe("2.60");
    expect(coefficientText(-0.3333)).toBe("−0.33");
    expect(coefficientText(1)).toBe("1.00");
    // A value that rounds to nothing is 0, not "−0.00".
    expect(coefficientText(-0.001)).toBe("0.00");
  });

  it("says a point as its rank, item, figures and quadrant", () => {
    expect(pointWords(item({}))).toBe("1. Docs site: value 4.3, effort 1.7, a quick win (3 ratings).");
    expect(pointWords(item({ rank: 4, quadrant: "money_pit", raters: 1, meanValue: 2, meanEffort: 5 }))).toBe(
      "4. Docs site: value 2.0, effort 5.0, a money pit (1 rating).",
    );
  });

  it("describes the chart quadrant by quadrant, naming the empty ones", () => {
    expect(chartWords([])).toBe("No item has figures to show yet.");
    expect(
      chartWords([
        item({}),
        item({ id: "b", title: "Rewrite billing", quadrant: "big_bet" }),
        item({ id: "c", title: "Tidy the wiki", quadrant: "quick_win" }),
      ]),
    ).toBe(
      "3 items by mean effort (across, 1 to 5) and mean value (up, 1 to 5). Quick wins: Docs site, Tidy the wiki. Big bets: Rewrite billing. Fill-ins: none. Money pits: none.",
    );
  });

  it("names the wider spread as what people differ on", () => {
    expect(spreadWords({ value: 1.5, effort: 0.5 })).toBe(
      "People differ most on how much it is worth: ratings of value lie 1.5 points from their mean on average (effort 0.5).",
    );
    expect(spreadWords({ value: 0.47, effort: 1.25 })).toBe(
      "People differ most on how much work it is: ratings of effort lie 1.3 points from their mean on average (value 0.5).",
    );
    // A tie is read as a quarrel about value, the figure the ranking turns on.
    expect(spreadWords({ value: 1, effort: 1 })).toMatch(/^People differ most on how much it is worth/);
  });
});
