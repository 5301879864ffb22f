import { describe, expect, it } from "vitest";
import { leaderAudit, personAudit, teamAudit } from "./audit";
import { cell, daysAgo, facet, NOW } from "./testing";

const settings = { now: NOW };
const facets = [facet("focus"), facet("voice", { dimension: "followership" })];
const observations = [
  cell("ana", "focus", { source: "assumed", confidence: 5, answeredDaysAgo: 3, outcome: "miss" }),
  cell("ben", "focus", { source: "asked", believedDaysAgo: 300 }),
  cell("ben", "voice", { source: "observed" }),
  cell("cleo", "voice", { answeredDaysAgo: 2, sealed: true }),
];

describe("an audit without per-cell states", () => {
  it("still lists the blind spots, the stale and the sealed cells, and the same figures", () => {
    const members = [{ personId: "ana" }, { personId: "ben" }, { personId: "cleo" }];
    const full = teamAudit({ facets, members, observations, settings });
    const lean = teamAudit({ facets, members, observations, settings }, { includeStates: false });
    expect(lean.states).toEqual([]);
    expect(lean.blindSpots).toEqual([{ personId: "ana", facetId: "focus", state: "blind_spot" }]);
    expect(lean.stale).toEqual([{ personId: "ben", facetId: "focus", state: "stale" }]);
    expect(lean.stale).toEqual(full.stale);
    expect(lean.sealed).toEqual([{ personId: "cleo", facetId: "voice", state: "sealed" }]);
    expect(lean.sealed).toEqual(full.sealed);
    expect(lean.figures).toEqual(full.figures);
    expect(full.states.map((entry) => entry.state)).toEqual([
      "blind_spot",
      "unknown",
      "stale",
      "observed",
      "unknown",
      "sealed",
    ]);
  });
});

describe("the latest conversation with a person on several teams", () => {
  const teamsWith = (first: number | undefined, second: number | undefined) => [
    {
      teamId: "a",
      members: [{ personId: "ana", lastConversationAt: first === undefined ? undefined : daysAgo(first) }],
    },
    {
      teamId: "b",
      members: [{ personId: "ana", lastConversationAt: second === undefined ? undefined : daysAgo(second) }],
    },
  ];
  const daysSince = (teams: ReturnType<typeof teamsWith>) =>
    leaderAudit({ facets, teams, observations, settings }).nextConversations[0]?.daysSinceConversation;

  it("is the newer one, whichever team lists it first", () => {
    expect(daysSince(teamsWith(5, 90))).toBe(5);
    expect(daysSince(teamsWith(90, 5))).toBe(5);
  });

  it("is the one recorded when the other team has none, or an invalid date", () => {
    expect(daysSince(teamsWith(undefined, 12))).toBe(12);
    expect(daysSince(teamsWith(12, undefined))).toBe(12);
    const invalid = [
      { teamId: "a", members: [{ personId: "ana", lastConversationAt: new Date(Number.NaN) }] },
      { teamId: "b", members: [{ personId: "ana", lastConversationAt: daysAgo(7) }] },
      { teamId: "c", members: [{ personId: "ana", lastConversationAt: new Date(Number.NaN) }] },
    ];
    expect(daysSince(invalid)).toBe(7);
  });

  it("is none when no team recorded one", () => {
    expect(daysSince(teamsWith(undefined, undefined))).toBeNull();
  });
});

describe("people in scope", () => {
  it("counts no one when no facet is active, since there is no cell", () => {
    const retired = [facet("focus", { retired: true })];
    const report = teamAudit({ facets: retired, members: [{ personId: "ana" }], observations, settings });
    expect(report.figures.counts).toMatchObject({ cells: 0, people: 0 });
    expect(report.byDimension.workstyle.counts.people).toBe(0);
  });

  it("counts every person in scope per dimension, with or without a belief there", () => {
    const report = teamAudit({
      facets,
      members: [{ personId: "ana" }, { personId: "ben" }],
      observations,
      settings,
    });
    expect(report.figures.counts.people).toBe(2);
    expect(report.byDimension.followership.counts).toMatchObject({ cells: 2, people: 2, beliefs: 1 });
    expect(report.byDimension.values.counts).toMatchObject({ cells: 0, people: 0 });
  });

  it("keeps the first definition of a repeated facet and reads a non-finite weight as 0", () => {
    const report = personAudit({
      facets: [
        facet("focus", { weight: Number.NaN }),
        facet("focus", { weight: 9, dimension: "values" }),
        facet("voice", { weight: 1 }),
      ],
      person: { personId: "cleo" },
      observations: [],
      settings,
    });
    expect(report.figures.counts.cells).toBe(2);
    expect(report.byDimension.workstyle.counts.cells).toBe(2);
    expect(report.nextConversations.map((next) => [next.facetId, next.weight])).toEqual([
      ["voice", 1],
      ["focus", 0],
    ]);
  });

  it("ignores observations of people or facets outside the scope, and lets the last of two observations win", () => {
    const report = personAudit({
      facets,
      person: { personId: "ana" },
      observations: [
        cell("zoe", "focus", { source: "assumed" }),
        cell("ana", "gone", { source: "assumed" }),
        cell("ana", "voice", { source: "assumed" }),
        cell("ana", "voice", { source: "observed" }),
      ],
      settings,
    });
    expect(report.states.map((entry) => [entry.facetId, entry.state])).toEqual([
      ["focus", "unknown"],
      ["voice", "observed"],
    ]);
  });
});
