import { describe, expect, it } from "vitest";
import {
  answerView,
  canSeeAnswer,
  leaderManualShows,
  type Relation,
  relationFrom,
  VISIBILITIES,
} from "./visibility";

describe("answer visibility", () => {
  it.each<[Relation, string[]]>([
    ["self", ["private", "leader", "team"]],
    ["leader", ["leader", "team"]],
    ["teammate", ["team"]],
    ["none", []],
  ])("%s sees exactly %o", (relation, visible) => {
    expect(VISIBILITIES.filter((v) => canSeeAnswer(v, relation))).toEqual(visible);
  });

  it("never shows a private answer to anyone but its author", () => {
    for (const relation of ["leader", "teammate", "none"] as const)
      expect(canSeeAnswer("private", relation)).toBe(false);
  });
});

describe("what a viewer is shown of an answer", () => {
  it("seals every answer a leader may see until the leader has looked at it", () => {
    expect(answerView("leader", "leader", false)).toBe("sealed");
    expect(answerView("team", "leader", false)).toBe("sealed");
    expect(answerView("leader", "leader", true)).toBe("content");
    expect(answerView("team", "leader", true)).toBe("content");
  });

  it("never seals the member's own words, nor a team answer for a teammate", () => {
    for (const visibility of VISIBILITIES) {
      expect(answerView(visibility, "self", false)).toBe("content");
      expect(answerView(visibility, "self", true)).toBe("content");
    }
    expect(answerView("team", "teammate", false)).toBe("content");
    expect(answerView("team", "teammate", true)).toBe("content");
  });

  it("shows nothing, not even that it exists, where the answer's visibility does not reach", () => {
    for (const lookedAt of [false, true]) {
      expect(answerView("private", "leader", lookedAt)).toBe("none");
      expect(answerView("private", "teammate", lookedAt)).toBe("none");
      expect(answerView("leader", "teammate", lookedAt)).toBe("none");
      for (const visibility of VISIBILITIES) expect(answerView(visibility, "none", lookedAt)).toBe("none");
    }
  });
});

describe("relation from shared teams", () => {
  it("is self for oneself, whatever the teams", () => {
    expect(relationFrom(true, [])).toBe("self");
    expect(relationFrom(true, [{ viewerRole: "member", personRole: "leader" }])).toBe("self");
  });

  it("is leader only where the viewer leads a team the person is a member of", () => {
    expect(relationFrom(false, [{ viewerRole: "leader", personRole: "member" }])).toBe("leader");
    expect(
      relationFrom(false, [
        { viewerRole: "member", personRole: "member" },
        { viewerRole: "leader", personRole: "member" },
      ]),
    ).toBe("leader");
    expect(relationFrom(false, [{ viewerRole: "leader", personRole: "leader" }])).toBe("teammate");
    expect(relationFrom(false, [{ viewerRole: "member", personRole: "leader" }])).toBe("teammate");
  });

  it("is teammate for any other shared team, and none without one", () => {
    expect(relationFrom(false, [{ viewerRole: "member", personRole: "member" }])).toBe("teammate");
    expect(relationFrom(false, [])).toBe("none");
  });
});

describe("a leader's own answers", () => {
  // The author leads team A and is a member of team B; the viewer stands to them through these.
  const seenBy = (shared: Parameters<typeof relationFrom>[1], isSelf = false) =>
    VISIBILITIES.filter((v) => canSeeAnswer(v, relationFrom(isSelf, shared)));

  it("reach the people of the teams they lead only when shared with the team", () => {
    expect(seenBy([{ viewerRole: "member", personRole: "leader" }])).toEqual(["team"]);
  });

  it("reach a co-leader only when shared with the team", () => {
    expect(seenBy([{ viewerRole: "leader", personRole: "leader" }])).toEqual(["team"]);
  });

  it("reach their own leader when shared with leaders or the team, never when private", () => {
    expect(seenBy([{ viewerRole: "leader", personRole: "member" }])).toEqual(["leader", "team"]);
  });

  it("reach nobody without a shared team, admins included, and all of them reach the author", () => {
    expect(seenBy([])).toEqual([]);
    expect(seenBy([], true)).toEqual(["private", "leader", "team"]);
  });
});

describe("what a leader's manual shows", () => {
  it("shows what visibility allows for the prompts about leading", () => {
    for (const relation of ["self", "leader", "teammate", "none"] as const)
      for (const visibility of VISIBILITIES)
        expect(leaderManualShows(visibility, relation, false)).toBe(canSeeAnswer(visibility, relation));
  });

  it("keeps audited answers from those who lead the author, and otherwise follows visibility", () => {
    for (const visibility of VISIBILITIES) expect(leaderManualShows(visibility, "leader", true)).toBe(false);
    for (const relation of ["self", "teammate", "none"] as const)
      for (const visibility of VISIBILITIES)
        expect(leaderManualShows(visibility, relation, true)).toBe(canSeeAnswer(visibility, relation));
  });
});
