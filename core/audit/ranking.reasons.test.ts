import { describe, expect, it } from "vitest";
import { teamAudit } from "./audit";
import { toNextConversation } from "./ranking";
import { DAY_MS } from "./states";
import { type CellSpec, cell, daysAgo, facet, NOW } from "./testing";
import type { CellObservation } from "./types";

const settings = { now: NOW };

/** The reason given for the only suggestion about one cell of Ana's, last met `metDaysAgo` days ago. */
function reasonFor(spec: CellSpec | CellObservation, metDaysAgo?: number): string | undefined {
  const observation = "personId" in spec ? spec : cell("ana", "f", spec);
  const [next] = teamAudit({
    facets: [facet("f")],
    members: [
      { personId: "ana", lastConversationAt: metDaysAgo === undefined ? undefined : daysAgo(metDaysAgo) },
    ],
    observations: [observation],
    settings,
  }).nextConversations;
  return next?.reason;
}

describe("the reason for each suggestion", () => {
  it("says whether a blind spot is a miss or only a partial match", () => {
    expect(reasonFor({ source: "assumed", confidence: 5, answeredDaysAgo: 2, outcome: "miss" }, 3)).toBe(
      "Blind spot: their answer contradicts a belief you held at confidence 5/5; last conversation 3 days ago.",
    );
    expect(reasonFor({ source: "inferred", confidence: 4, answeredDaysAgo: 2, outcome: "partial" }, 1)).toBe(
      "Blind spot: their answer only partly matches a belief you held at confidence 4/5; last conversation 1 day ago.",
    );
  });

  it("tells a low-confidence assumption from a confident one, with its source", () => {
    expect(reasonFor({ source: "assumed", confidence: 3 }, 0)).toBe(
      "Assumption (assumed) at confidence 3/5, not yet checked with them; last conversation 0 days ago.",
    );
    expect(reasonFor({ source: "inferred", confidence: 4.6 })).toBe(
      "High-confidence assumption (inferred) at confidence 5/5, not yet checked with them; no conversation with them yet.",
    );
  });

  it("explains observations, at low and high confidence", () => {
    expect(reasonFor({ source: "observed", confidence: 2 }, 10)).toBe(
      "Observation at confidence 2/5, not yet checked with them; last conversation 10 days ago.",
    );
    expect(reasonFor({ source: "observed", confidence: 4 }, 10)).toBe(
      "High-confidence observation at confidence 4/5, not yet checked with them; last conversation 10 days ago.",
    );
  });

  it("explains an unknown cell", () => {
    expect(reasonFor(cell("ana", "f"), 2)).toBe("Nothing known yet; last conversation 2 days ago.");
  });

  it("dates stale knowledge, or says it has no usable date", () => {
    expect(reasonFor({ source: "asked", believedDaysAgo: 181 })).toBe(
      "Last verified 181 days ago, beyond the 180-day freshness window; no conversation with them yet.",
    );
    const undated: CellObservation = {
      personId: "ana",
      facetId: "f",
      belief: { source: "asked", confidence: 3, recordedAt: new Date(Number.NaN), afterAnswer: false },
    };
    expect(reasonFor(undated)).toBe(
      "Verified too long ago to trust, beyond the 180-day freshness window; no conversation with them yet.",
    );
  });

  it("counts whole days since the last conversation, never fewer than 0", () => {
    const base = {
      priority: 1,
      weight: 1,
      personId: "ana",
      facetId: "f",
      state: "unknown" as const,
      observation: undefined,
    };
    const at = (sinceConversation: number) =>
      toNextConversation({ ...base, sinceConversation }, NOW.getTime(), 180).daysSinceConversation;
    expect([at(DAY_MS * 2 - 1), at(DAY_MS * 2), at(-DAY_MS), at(Number.POSITIVE_INFINITY)]).toEqual([
      1,
      2,
      0,
      null,
    ]);
  });

  it("calls known, fresh knowledge what it is", () => {
    const known = cell("ana", "f", { source: "asked", believedDaysAgo: 1 });
    const next = toNextConversation(
      {
        priority: 0,
        weight: 1,
        sinceConversation: DAY_MS,
        personId: "ana",
        facetId: "f",
        state: "verified",
        observation: known,
      },
      NOW.getTime(),
      180,
    );
    expect(next.reason).toBe("Known and fresh; last conversation 1 day ago.");
  });

  it("says what to do with a sealed answer", () => {
    const next = toNextConversation(
      {
        priority: 0,
        weight: 1,
        sinceConversation: Number.POSITIVE_INFINITY,
        personId: "ana",
        facetId: "f",
        state: "sealed",
        observation: cell("ana", "f", { answeredDaysAgo: 2, sealed: true }),
      },
      NOW.getTime(),
      180,
    );
    expect(next.reason).toBe(
      "They have answered: write down what you think, then look; no conversation with them yet.",
    );
  });
});
