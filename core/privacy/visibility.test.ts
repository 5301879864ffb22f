import { describe, expect, it } from "vitest";
import { canSeeAnswer, type Relation, relationFrom, VISIBILITIES } from "./visibility";

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
