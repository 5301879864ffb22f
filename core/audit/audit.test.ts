import { describe, expect, it } from "vitest";
import { leaderAudit, personAudit, teamAudit } from "./audit";
import { cell, daysAgo, facet, NOW } from "./testing";
import type { AuditFacet, AuditFigures, AuditPerson, CellObservation } from "./types";

const facets: AuditFacet[] = [
  facet("communication", { dimension: "workstyle", weight: 2 }),
  facet("recognition", { dimension: "values", weight: 1 }),
  facet("disagreement", { dimension: "followership", weight: 3 }),
  facet("hobbies", { dimension: "values", weight: 3, retired: true }),
];

const members: AuditPerson[] = [
  { personId: "ana", lastConversationAt: daysAgo(40) },
  { personId: "ben", lastConversationAt: daysAgo(10) },
  { personId: "cleo" },
];

/**
 * Three people × three active facets = 9 cells:
 *          communication         recognition                      disagreement
 *   ana    blind_spot (miss@5)   assumed (inferred@4)             unknown
 *   ben    verified (match@4)    learned (after_answer match@5)   assumed (assumed@2)
 *   cleo   stale (asked, 200d)   verified (partial@3)             learned (no belief)
 */
const observations: CellObservation[] = [
  cell("ana", "communication", { source: "assumed", confidence: 5, answeredDaysAgo: 20, outcome: "miss" }),
  cell("ana", "recognition", { source: "inferred", confidence: 4 }),
  cell("ben", "communication", { source: "observed", confidence: 4, answeredDaysAgo: 20, outcome: "match" }),
  cell("ben", "recognition", {
    source: "assumed",
    confidence: 5,
    afterAnswer: true,
    answeredDaysAgo: 20,
    outcome: "match",
  }),
  cell("ben", "disagreement", { source: "assumed", confidence: 2 }),
  cell("cleo", "communication", { source: "asked", confidence: 4, believedDaysAgo: 200 }),
  cell("cleo", "recognition", { source: "heard", confidence: 3, answeredDaysAgo: 20, outcome: "partial" }),
  cell("cleo", "disagreement", { answeredDaysAgo: 20 }),
  // On a retired facet: must not count anywhere, though it would be a blind spot.
  cell("ana", "hobbies", { source: "assumed", confidence: 5, answeredDaysAgo: 20, outcome: "miss" }),
];

/**
 * Computed inside each test, not once for the file: work done while the file loads is invisible to
 * mutation testing's per-test coverage, so every mutant it reaches would rerun the whole suite.
 */
function workedExample() {
  return teamAudit({ facets, members, observations, settings: { now: NOW } });
}

function expectFigures(actual: AuditFigures, expected: Record<string, number | boolean | null>) {
  for (const [name, value] of Object.entries(expected)) {
    const figure = actual[name as keyof AuditFigures];
    if (typeof value === "number") expect(figure, name).toBeCloseTo(value, 10);
    else expect(figure, name).toBe(value);
  }
}

describe("teamAudit, the worked example", () => {
  it("finds the blind spot on the leader's confident assumption about communication", () => {
    const report = workedExample();
    expect(report.blindSpots).toEqual([{ personId: "ana", facetId: "communication", state: "blind_spot" }]);
    expect(report.stale).toEqual([{ personId: "cleo", facetId: "communication", state: "stale" }]);
  });

  it("derives one state per active cell, person-major", () => {
    const report = workedExample();
    expect(report.states.map((s) => `${s.personId}/${s.facetId}:${s.state}`)).toEqual([
      "ana/communication:blind_spot",
      "ana/recognition:assumed",
      "ana/disagreement:unknown",
      "ben/communication:verified",
      "ben/recognition:learned",
      "ben/disagreement:assumed",
      "cleo/communication:stale",
      "cleo/recognition:verified",
      "cleo/disagreement:learned",
    ]);
  });

  it("computes the figures by hand", () => {
    const report = workedExample();
    // Compared: miss@5, match@4, partial@3 (ben's after_answer belief is left out).
    // accuracy = (0 + 1 + 0.5) / 3 = 0.5
    // Brier = ((1 − 0)² + (0.8 − 1)² + (0.6 − 0.5)²) / 3 = (1 + 0.04 + 0.01) / 3 = 0.35
    // mean confidence = (1 + 0.8 + 0.6) / 3 = 0.8; 0.8 − 0.5 = 0.3 > 0.15 → overconfident
    expectFigures(report.figures, {
      coverage: 8 / 9,
      confirmedShare: 4 / 9,
      assumptionLoad: 2 / 7,
      accuracy: 0.5,
      calibration: 0.35,
      meanConfidence: 0.8,
      overconfident: true,
    });
    expect(report.figures.counts).toEqual({
      cells: 9,
      people: 3,
      beliefs: 7,
      compared: 3,
      blindSpots: 1,
      stale: 1,
    });
    expect(report.figures.stateCounts).toEqual({
      unknown: 1,
      sealed: 0,
      assumed: 2,
      observed: 0,
      verified: 2,
      learned: 2,
      blind_spot: 1,
      stale: 1,
    });
  });

  it("breaks the figures down by dimension", () => {
    const report = workedExample();
    // Workstyle: miss@5 and match@4 → accuracy 0.5, Brier (1 + 0.04) / 2 = 0.52, confidence 0.9.
    expectFigures(report.byDimension.workstyle, {
      coverage: 1,
      confirmedShare: 1 / 3,
      assumptionLoad: 0,
      accuracy: 0.5,
      calibration: 0.52,
      meanConfidence: 0.9,
      overconfident: true,
    });
    // Values: partial@3 only → accuracy 0.5, Brier 0.01, confidence 0.6; 0.1 is within the margin.
    expectFigures(report.byDimension.values, {
      coverage: 1,
      confirmedShare: 2 / 3,
      assumptionLoad: 1 / 3,
      accuracy: 0.5,
      calibration: 0.01,
      meanConfidence: 0.6,
      overconfident: false,
    });
    // Followership: nothing compared → null figures, never overconfident.
    expectFigures(report.byDimension.followership, {
      coverage: 2 / 3,
      confirmedShare: 1 / 3,
      assumptionLoad: 1,
      accuracy: null,
      calibration: null,
      meanConfidence: null,
      overconfident: false,
    });
    expect(report.byDimension.values.counts.cells).toBe(3);
  });

  it("ranks the blind spot first, then by state priority, leaving verified and learned out", () => {
    const report = workedExample();
    expect(report.nextConversations.map((n) => [n.personId, n.facetId, n.state, n.priority])).toEqual([
      ["ana", "communication", "blind_spot", 5],
      ["ana", "recognition", "assumed", 4],
      ["ben", "disagreement", "assumed", 3],
      ["cleo", "communication", "stale", 2],
      ["ana", "disagreement", "unknown", 1],
    ]);
    const [first] = report.nextConversations;
    expect(first?.reason).toBe(
      "Blind spot: their answer contradicts a belief you held at confidence 5/5; last conversation 40 days ago.",
    );
    expect(first?.daysSinceConversation).toBe(40);
    expect(report.nextConversations[3]?.reason).toBe(
      "Last verified 200 days ago, beyond the 180-day freshness window; no conversation with them yet.",
    );
  });

  it("returns at most `limit` suggestions and can skip the per-cell states", () => {
    const report = workedExample();
    const short = teamAudit(
      { facets, members, observations, settings: { now: NOW } },
      { limit: 2, includeStates: false },
    );
    expect(short.nextConversations.map((n) => n.facetId)).toEqual(["communication", "recognition"]);
    expect(short.states).toEqual([]);
    expect(short.blindSpots).toEqual(report.blindSpots);
    expect(short.figures).toEqual(report.figures);
    expect(
      teamAudit({ facets, members, observations, settings: { now: NOW } }, { limit: 0 }).nextConversations,
    ).toEqual([]);
  });
});

describe("personAudit", () => {
  it("audits one person's active facets and ignores everyone else's cells", () => {
    const ana = personAudit({ facets, person: { personId: "ana" }, observations, settings: { now: NOW } });
    expect(ana.figures.counts).toEqual({
      cells: 3,
      people: 1,
      beliefs: 2,
      compared: 1,
      blindSpots: 1,
      stale: 0,
    });
    expect(ana.figures.accuracy).toBe(0);
    expect(ana.figures.calibration).toBe(1);
  });
});

describe("leaderAudit", () => {
  it("counts a person on two teams once, ranking by their latest conversation", () => {
    const report = workedExample();
    const teams = [
      {
        teamId: "product",
        members: [{ personId: "ana", lastConversationAt: daysAgo(90) }, { personId: "ben" }],
      },
      {
        teamId: "guild",
        members: [{ personId: "ana", lastConversationAt: daysAgo(5) }, { personId: "cleo" }],
      },
    ];
    const leader = leaderAudit({ facets, teams, observations, settings: { now: NOW } });
    expect(leader.figures).toEqual(report.figures);
    expect(leader.nextConversations[0]?.daysSinceConversation).toBe(5);
  });

  it("reports null shares for an empty scope", () => {
    const empty = leaderAudit({ facets, teams: [], observations, settings: { now: NOW } });
    expect(empty.figures.coverage).toBeNull();
    expect(empty.figures.counts.people).toBe(0);
    expect(empty.nextConversations).toEqual([]);
  });
});
