import { describe, expect, it } from "vitest";
import { canSeeAnswer, type Relation, VISIBILITIES } from "./visibility";

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
