import { describe, expect, it } from "vitest";
import { teamAudit } from "./audit";
import { compareRanked, conversationPriority, type RankedCell, TopCells } from "./ranking";
import { cell, daysAgo, facet, NOW } from "./testing";
import type { AuditPerson, CellObservation, KnowledgeState } from "./types";

const settings = { now: NOW };
const ranked = (members: AuditPerson[], observations: CellObservation[], facets = [facet("f")]) =>
  teamAudit({ facets, members, observations, settings }).nextConversations.map(
    (n) => `${n.personId}/${n.facetId}`,
  );

describe("conversationPriority", () => {
  it("orders blind spot > confident assumption > assumption > stale > unknown, excluding known and sealed cells", () => {
    const cases: [KnowledgeState, number | undefined, number][] = [
      ["blind_spot", 1, 5],
      ["assumed", 4, 4],
      ["observed", 5, 4],
      ["assumed", 3, 3],
      ["observed", 1, 3],
      ["stale", 5, 2],
      ["unknown", undefined, 1],
      ["verified", 5, 0],
      ["learned", undefined, 0],
      ["sealed", undefined, 0],
    ];
    for (const [state, confidence, priority] of cases) {
      expect(conversationPriority(state, confidence), `${state}@${confidence}`).toBe(priority);
    }
  });
});

describe("next conversations", () => {
  it("prefers the heavier facet within a priority", () => {
    const facets = [facet("light", { weight: 1 }), facet("heavy", { weight: 3 })];
    expect(ranked([{ personId: "ana" }], [], facets)).toEqual(["ana/heavy", "ana/light"]);
  });

  it("then prefers the person the leader has not talked to for longest, never-met first", () => {
    const members = [
      { personId: "recent", lastConversationAt: daysAgo(3) },
      { personId: "never" },
      { personId: "old", lastConversationAt: daysAgo(60) },
    ];
    expect(ranked(members, [])).toEqual(["never/f", "old/f", "recent/f"]);
  });

  it("then breaks ties by person id and facet id", () => {
    const members = [{ personId: "b" }, { personId: "a" }];
    const facets = [facet("y"), facet("x")];
    expect(ranked(members, [], facets)).toEqual(["a/x", "a/y", "b/x", "b/y"]);
  });

  it("puts state priority ahead of weight and time", () => {
    const members = [{ personId: "ana", lastConversationAt: daysAgo(1) }, { personId: "ben" }];
    const facets = [facet("light", { weight: 1 }), facet("heavy", { weight: 3 })];
    const observations = [cell("ana", "light", { source: "heard", confidence: 2 })];
    expect(ranked(members, observations, facets)[0]).toBe("ana/light");
  });

  it("explains assumptions with their source and confidence", () => {
    const [next] = teamAudit({
      facets: [facet("f")],
      members: [{ personId: "ana", lastConversationAt: daysAgo(1) }],
      observations: [cell("ana", "f", { source: "heard", confidence: 4 })],
      settings,
    }).nextConversations;
    expect(next?.reason).toBe(
      "High-confidence assumption (heard) at confidence 4/5, not yet checked with them; last conversation 1 day ago.",
    );
  });
});

describe("TopCells", () => {
  const rankedCell = (personId: string, priority: number, weight: number): RankedCell => ({
    priority,
    weight,
    sinceConversation: 0,
    personId,
    facetId: "f",
    state: "unknown",
    observation: undefined,
  });

  it("keeps exactly the best k of a stream, whatever its order", () => {
    const cells: RankedCell[] = [];
    for (let i = 0; i < 200; i += 1) cells.push(rankedCell(`p${(i * 37) % 200}`, 1 + (i % 5), (i * 7) % 3));
    const expected = [...cells].sort(compareRanked).slice(0, 7);
    for (const order of [cells, [...cells].reverse(), [...cells].sort(compareRanked)]) {
      const top = new TopCells(7);
      for (const c of order) {
        if (top.admits(c.priority, c.weight, c.sinceConversation, c.personId, c.facetId)) top.push(c);
      }
      expect(top.ranked()).toEqual(expected);
    }
  });

  it("ties a cell with itself alone: between two cells alike but for the facet, the facet id decides", () => {
    const cell = rankedCell("ana", 3, 1);
    expect(compareRanked(cell, { ...cell })).toBe(0);
    expect(compareRanked(cell, { ...cell, facetId: "g" })).toBe(-1);
    expect(compareRanked({ ...cell, facetId: "g" }, cell)).toBe(1);
  });

  it("admits nothing when the limit is 0", () => {
    expect(new TopCells(0).admits(5, 3, 0, "a", "f")).toBe(false);
  });
});
