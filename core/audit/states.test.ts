import { describe, expect, it } from "vitest";
import { knowledgeState, lastVerificationTime } from "./states";
import { cell, daysAgo, NOW } from "./testing";
import type { AuditSettings } from "./types";

const settings: AuditSettings = { now: NOW };
const stateOf = (spec: Parameters<typeof cell>[2], s: AuditSettings = settings) =>
  knowledgeState(cell("ana", "communication", spec), s);

describe("knowledgeState", () => {
  it("is unknown with neither belief nor visible answer, whatever else is recorded", () => {
    expect(stateOf({})).toBe("unknown");
    expect(stateOf({ verifiedDaysAgo: 1 })).toBe("unknown");
    expect(stateOf({ outcome: "miss" })).toBe("unknown");
  });

  it("reads an unverified belief by its source", () => {
    expect(stateOf({ source: "assumed" })).toBe("assumed");
    expect(stateOf({ source: "inferred" })).toBe("assumed");
    expect(stateOf({ source: "heard" })).toBe("assumed");
    expect(stateOf({ source: "observed" })).toBe("observed");
  });

  it("counts a belief learned by asking as verified", () => {
    expect(stateOf({ source: "asked", believedDaysAgo: 20 })).toBe("verified");
  });

  it("keeps a prior belief unverified while its visible answer is not yet compared", () => {
    expect(stateOf({ source: "assumed", confidence: 5, answeredDaysAgo: 3 })).toBe("assumed");
  });

  it("marks a miss as a blind spot whatever the confidence", () => {
    expect(stateOf({ source: "assumed", confidence: 5, answeredDaysAgo: 5, outcome: "miss" })).toBe(
      "blind_spot",
    );
    expect(stateOf({ source: "assumed", confidence: 1, answeredDaysAgo: 5, outcome: "miss" })).toBe(
      "blind_spot",
    );
  });

  it("marks a partial as a blind spot at confidence 4 or more, and as verified below", () => {
    const partial = { source: "inferred" as const, answeredDaysAgo: 5, outcome: "partial" as const };
    expect(stateOf({ ...partial, confidence: 4 })).toBe("blind_spot");
    expect(stateOf({ ...partial, confidence: 5 })).toBe("blind_spot");
    expect(stateOf({ ...partial, confidence: 3 })).toBe("verified");
    expect(stateOf({ ...partial, confidence: 1 })).toBe("verified");
  });

  it("verifies a belief whose comparison matched", () => {
    expect(stateOf({ source: "heard", confidence: 2, answeredDaysAgo: 5, outcome: "match" })).toBe(
      "verified",
    );
  });

  it("lets a contradiction outrank an asked belief", () => {
    expect(stateOf({ source: "asked", confidence: 5, answeredDaysAgo: 5, outcome: "miss" })).toBe(
      "blind_spot",
    );
  });

  it("counts an answer seen without a prior belief as learned", () => {
    expect(stateOf({ answeredDaysAgo: 5 })).toBe("learned");
    expect(stateOf({ source: "assumed", afterAnswer: true, answeredDaysAgo: 5 })).toBe("learned");
    expect(stateOf({ source: "assumed", afterAnswer: true, answeredDaysAgo: 5, outcome: "match" })).toBe(
      "learned",
    );
  });

  it("still flags an after_answer belief the member contradicts", () => {
    expect(stateOf({ source: "assumed", afterAnswer: true, answeredDaysAgo: 5, outcome: "miss" })).toBe(
      "blind_spot",
    );
  });

  it("falls back on an asked belief once the answer contradicting it is withdrawn", () => {
    // The one way withdrawing an answer can raise the verified share: the leader's note of what the
    // member said in a conversation is all the evidence left.
    const contradicted = cell("ana", "f", {
      source: "asked",
      confidence: 4,
      answeredDaysAgo: 5,
      outcome: "miss",
    });
    expect(knowledgeState(contradicted, settings)).toBe("blind_spot");
    const withdrawn = { ...contradicted, answerVisible: undefined, comparison: undefined };
    expect(knowledgeState(withdrawn, settings)).toBe("verified");
  });

  it("ignores a comparison once the answer is withdrawn", () => {
    expect(stateOf({ source: "assumed", confidence: 5, outcome: "miss" })).toBe("assumed");
    expect(stateOf({ source: "observed", confidence: 2, outcome: "match" })).toBe("observed");
  });

  describe("sealed answers (the leader has not looked yet)", () => {
    it("is sealed when the member answered and the leader holds no belief, however old the answer", () => {
      expect(stateOf({ answeredDaysAgo: 5, sealed: true })).toBe("sealed");
      expect(stateOf({ answeredDaysAgo: 900, sealed: true })).toBe("sealed");
      expect(stateOf({ answeredDaysAgo: 5, sealed: true, outcome: "match", verifiedDaysAgo: 1 })).toBe(
        "sealed",
      );
      expect(stateOf({ answeredDaysAgo: 5, sealed: false })).toBe("learned");
    });

    it("reads a belief beside a sealed answer by its source, and ignores any comparison until the leader looks", () => {
      const sealed = { answeredDaysAgo: 5, sealed: true, confidence: 5 };
      expect(stateOf({ ...sealed, source: "assumed", outcome: "miss" })).toBe("assumed");
      expect(stateOf({ ...sealed, source: "heard", outcome: "match" })).toBe("assumed");
      expect(stateOf({ ...sealed, source: "observed", outcome: "partial" })).toBe("observed");
      expect(stateOf({ ...sealed, source: "asked", outcome: "miss" })).toBe("verified");
    });

    it("does not count a belief written after an earlier version as learned once a new version is sealed", () => {
      expect(stateOf({ source: "assumed", afterAnswer: true, answeredDaysAgo: 5, sealed: true })).toBe(
        "assumed",
      );
      expect(stateOf({ source: "observed", afterAnswer: true, answeredDaysAgo: 5, sealed: true })).toBe(
        "observed",
      );
    });
  });

  describe("staleness", () => {
    it("goes stale strictly after the freshness window", () => {
      const compared = (days: number) =>
        stateOf({ source: "assumed", answeredDaysAgo: 400, outcome: "match", comparedDaysAgo: days });
      expect(compared(180)).toBe("verified");
      expect(compared(180.001)).toBe("stale");
    });

    it("dates a learned cell by its answer and an asked belief by its record", () => {
      expect(stateOf({ answeredDaysAgo: 181 })).toBe("stale");
      expect(stateOf({ answeredDaysAgo: 179 })).toBe("learned");
      expect(stateOf({ source: "asked", believedDaysAgo: 181 })).toBe("stale");
    });

    it("does not let a newer answer refresh a comparison that verified a prior belief", () => {
      expect(stateOf({ source: "assumed", answeredDaysAgo: 2, outcome: "match", comparedDaysAgo: 200 })).toBe(
        "stale",
      );
    });

    it("is refreshed by a later re-verification", () => {
      expect(stateOf({ answeredDaysAgo: 300, verifiedDaysAgo: 20 })).toBe("learned");
      expect(
        stateOf({
          source: "assumed",
          answeredDaysAgo: 300,
          outcome: "match",
          comparedDaysAgo: 300,
          verifiedDaysAgo: 1,
        }),
      ).toBe("verified");
    });

    it("honours the workspace's window", () => {
      expect(stateOf({ answeredDaysAgo: 40 }, { now: NOW, freshnessDays: 30 })).toBe("stale");
      expect(stateOf({ answeredDaysAgo: 40 }, { now: NOW, freshnessDays: 60 })).toBe("learned");
    });

    it("never applies to blind spots or assumptions", () => {
      expect(
        stateOf({ source: "assumed", answeredDaysAgo: 900, outcome: "miss", comparedDaysAgo: 900 }),
      ).toBe("blind_spot");
      expect(stateOf({ source: "heard", believedDaysAgo: 900 })).toBe("assumed");
    });
  });
});

describe("lastVerificationTime", () => {
  it("uses the comparison date for a verified cell and the answer date for a learned one", () => {
    const verified = cell("ana", "f", {
      source: "assumed",
      answeredDaysAgo: 2,
      outcome: "match",
      comparedDaysAgo: 9,
    });
    expect(lastVerificationTime(verified)).toBe(daysAgo(9).getTime());
    expect(lastVerificationTime(cell("ana", "f", { answeredDaysAgo: 4 }))).toBe(daysAgo(4).getTime());
  });

  it("takes nothing from a sealed answer: neither its date nor a comparison beside it", () => {
    expect(lastVerificationTime(cell("ana", "f", { answeredDaysAgo: 4, sealed: true }))).toBe(-Infinity);
    const asked = cell("ana", "f", {
      source: "asked",
      believedDaysAgo: 30,
      answeredDaysAgo: 2,
      sealed: true,
      outcome: "match",
      comparedDaysAgo: 1,
    });
    expect(lastVerificationTime(asked)).toBe(daysAgo(30).getTime());
    const afterAnswer = cell("ana", "f", {
      source: "assumed",
      afterAnswer: true,
      answeredDaysAgo: 2,
      sealed: true,
    });
    expect(lastVerificationTime(afterAnswer)).toBe(-Infinity);
  });
});
