import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditFigures } from "./figures";
import { cell, NOW } from "./testing";
import { COMPARISON_OUTCOMES, type ComparisonOutcome } from "./types";

const settings = { now: NOW };

/** Compared cells, one per (confidence, outcome), all on beliefs written before the answer. */
function compared(beliefs: readonly (readonly [number, ComparisonOutcome])[]) {
  return auditFigures(
    beliefs.map(([confidence, outcome], index) =>
      cell("ana", `facet-${index}`, { source: "assumed", confidence, answeredDaysAgo: 3, outcome }),
    ),
    settings,
  );
}

describe("overconfidence at its boundary", () => {
  it("is not flagged at a gap of exactly 0.15: two beliefs at confidence 2, marked partial and miss", () => {
    // Stated 0.4, accuracy 0.25; in floating point 0.4 − 0.25 is 0.15000000000000002.
    const figures = compared([
      [2, "partial"],
      [2, "miss"],
    ]);
    expect(figures.meanConfidence).toBeCloseTo(0.4, 12);
    expect(figures.accuracy).toBe(0.25);
    expect(figures.overconfident).toBe(false);
  });

  it("is flagged one step above the boundary and not one step below (steps of 0.025 over four beliefs)", () => {
    // Σc = 8, two partials: 0.4 − 0.25 = 0.15 exactly.
    const at = compared([
      [2, "partial"],
      [2, "partial"],
      [2, "miss"],
      [2, "miss"],
    ]);
    // Σc = 6, one partial: 0.3 − 0.125 = 0.175.
    const above = compared([
      [1, "partial"],
      [1, "miss"],
      [2, "miss"],
      [2, "miss"],
    ]);
    // Σc = 5, one partial: 0.25 − 0.125 = 0.125.
    const below = compared([
      [1, "partial"],
      [1, "miss"],
      [1, "miss"],
      [2, "miss"],
    ]);
    expect([at.overconfident, above.overconfident, below.overconfident]).toEqual([false, true, false]);
  });

  it("is flagged on one side of 0.15 and never at it, for every small set of compared beliefs", () => {
    // The gap is a multiple of 1 / (10 · C), so with C ≤ 12 a tolerance of 1e-9 decides exactly.
    const belief = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.constantFrom(...COMPARISON_OUTCOMES));
    fc.assert(
      fc.property(fc.array(belief, { minLength: 1, maxLength: 12 }), (beliefs) => {
        const figures = compared(beliefs);
        const meanConfidence =
          beliefs.reduce((sum, [confidence]) => sum + confidence / 5, 0) / beliefs.length;
        const score = { match: 1, partial: 0.5, miss: 0 };
        const accuracy = beliefs.reduce((sum, [, outcome]) => sum + score[outcome], 0) / beliefs.length;
        expect(figures.overconfident).toBe(meanConfidence - accuracy > 0.15 + 1e-9);
      }),
      { numRuns: 500 },
    );
  });

  it("is never flagged for an underconfident leader, however many beliefs", () => {
    const figures = compared(Array.from({ length: 9 }, () => [1, "match"] as const));
    expect(figures.overconfident).toBe(false);
  });
});
