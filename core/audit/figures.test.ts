import { describe, expect, it } from "vitest";
import { auditFigures } from "./figures";
import { cell, NOW } from "./testing";

const settings = { now: NOW };

describe("auditFigures", () => {
  it("is all null (and not overconfident) over no cells", () => {
    const figures = auditFigures([], settings);
    expect(figures).toMatchObject({
      coverage: null,
      confirmedShare: null,
      assumptionLoad: null,
      accuracy: null,
      calibration: null,
      meanConfidence: null,
      overconfident: false,
    });
    expect(figures.counts).toEqual({ cells: 0, people: 0, beliefs: 0, compared: 0, blindSpots: 0, stale: 0 });
  });

  it("leaves belief figures null when no belief is held", () => {
    const figures = auditFigures([cell("ana", "a"), cell("ana", "b", { answeredDaysAgo: 3 })], settings);
    expect(figures.coverage).toBe(0.5);
    expect(figures.confirmedShare).toBe(0.5);
    expect(figures.assumptionLoad).toBeNull();
    expect(figures.accuracy).toBeNull();
    expect(figures.overconfident).toBe(false);
  });

  it("covers a sealed answer without counting it as confirmed, and counts no comparison beside it", () => {
    const figures = auditFigures(
      [
        cell("ana", "a", { answeredDaysAgo: 3, sealed: true }),
        cell("ana", "b", {
          source: "assumed",
          confidence: 5,
          answeredDaysAgo: 3,
          sealed: true,
          outcome: "miss",
        }),
        cell("ana", "c"),
        cell("ana", "d", { answeredDaysAgo: 3 }),
      ],
      settings,
    );
    expect(figures.coverage).toBe(0.75);
    expect(figures.confirmedShare).toBe(0.25);
    expect(figures.assumptionLoad).toBe(1);
    expect(figures.accuracy).toBeNull();
    expect(figures.calibration).toBeNull();
    expect(figures.counts).toMatchObject({ beliefs: 1, compared: 0, blindSpots: 0 });
    expect(figures.stateCounts).toMatchObject({ sealed: 1, assumed: 1, unknown: 1, learned: 1 });
  });

  it("scores a perfectly calibrated certain leader as Brier 0", () => {
    const figures = auditFigures(
      [
        cell("ana", "a", { source: "assumed", confidence: 5, answeredDaysAgo: 3, outcome: "match" }),
        cell("ben", "a", { source: "observed", confidence: 5, answeredDaysAgo: 3, outcome: "match" }),
      ],
      settings,
    );
    expect(figures).toMatchObject({ accuracy: 1, calibration: 0, meanConfidence: 1, overconfident: false });
    expect(figures.counts.people).toBe(2);
  });

  it("flags overconfidence only beyond a 0.15 gap", () => {
    // match@5 and miss@1: accuracy 0.5, confidence (1 + 0.2) / 2 = 0.6 → gap 0.1.
    const near = auditFigures(
      [
        cell("ana", "a", { source: "assumed", confidence: 5, answeredDaysAgo: 3, outcome: "match" }),
        cell("ana", "b", { source: "assumed", confidence: 1, answeredDaysAgo: 3, outcome: "miss" }),
      ],
      settings,
    );
    expect(near.overconfident).toBe(false);
    expect(near.calibration).toBeCloseTo(0.02, 10); // (0² + 0.2²) / 2
    // miss@1 alone: accuracy 0, confidence 0.2 → gap 0.2.
    const far = auditFigures(
      [cell("ana", "b", { source: "assumed", confidence: 1, answeredDaysAgo: 3, outcome: "miss" })],
      settings,
    );
    expect(far.overconfident).toBe(true);
  });

  it("leaves after_answer beliefs and withdrawn answers out of accuracy and calibration", () => {
    const figures = auditFigures(
      [
        cell("ana", "a", { source: "assumed", confidence: 3, answeredDaysAgo: 3, outcome: "match" }),
        cell("ana", "b", {
          source: "assumed",
          confidence: 5,
          afterAnswer: true,
          answeredDaysAgo: 3,
          outcome: "miss",
        }),
        cell("ana", "c", { source: "assumed", confidence: 5, outcome: "miss" }),
      ],
      settings,
    );
    expect(figures.counts).toMatchObject({ beliefs: 3, compared: 1, blindSpots: 1 });
    expect(figures.accuracy).toBe(1);
    expect(figures.calibration).toBeCloseTo(0.16, 10); // (0.6 − 1)²
    expect(figures.assumptionLoad).toBeCloseTo(1 / 3, 10); // only the withdrawn cell is unverified
  });

  it("clamps out-of-range confidence so figures stay in [0, 1]", () => {
    const figures = auditFigures(
      [cell("ana", "a", { source: "assumed", confidence: 9, answeredDaysAgo: 3, outcome: "miss" })],
      settings,
    );
    expect(figures).toMatchObject({ calibration: 1, meanConfidence: 1 });
  });
});
