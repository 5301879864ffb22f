import { describe, expect, it } from "vitest";
import { teamAudit } from "./audit";
import { STATE_CODES, STATE_ROW_PATTERN, stateOfCode } from "./codes";
import { KNOWLEDGE_STATES } from "./types";

describe("state codes", () => {
  it("give every knowledge state its own single letter, and read each back", () => {
    const codes = KNOWLEDGE_STATES.map((state) => STATE_CODES[state]);
    expect(new Set(codes).size).toBe(KNOWLEDGE_STATES.length);
    for (const state of KNOWLEDGE_STATES) {
      expect(STATE_CODES[state]).toHaveLength(1);
      expect(stateOfCode(STATE_CODES[state])).toBe(state);
    }
    expect(stateOfCode("x")).toBeUndefined();
  });

  it("decode a row in order, and accept only codes in a row", () => {
    expect(Array.from("ubsv", stateOfCode)).toEqual(["unknown", "blind_spot", "sealed", "verified"]);
    expect(STATE_ROW_PATTERN.test("usaovlbt")).toBe(true);
    expect(STATE_ROW_PATTERN.test("uX")).toBe(false);
    // Nothing but the eight letters: not a space, a punctuation mark or another lower-case letter.
    for (const stranger of ["h", "e", "r", " ", "!", "-", "U"])
      expect(STATE_ROW_PATTERN.test(`u${stranger}`)).toBe(false);
  });

  it("are what the engine's state rows hold: one row per person, one letter per active facet", () => {
    const now = new Date("2026-01-10T00:00:00Z");
    const report = teamAudit({
      facets: [
        { id: "f1", key: "a", dimension: "workstyle", weight: 1 },
        { id: "f2", key: "b", dimension: "values", weight: 1, retired: true },
        { id: "f3", key: "c", dimension: "values", weight: 1 },
      ],
      members: [{ personId: "p1" }, { personId: "p2" }],
      observations: [
        {
          personId: "p2",
          facetId: "f3",
          belief: { source: "asked", confidence: 3, recordedAt: now, afterAnswer: false },
        },
      ],
      settings: { now },
    });
    expect(report.stateRows).toEqual(["uu", "uv"]);
    expect(report.stateRows.flatMap((row) => Array.from(row, stateOfCode))).toEqual(
      report.states.map((s) => s.state),
    );
  });
});
