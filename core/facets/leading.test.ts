import { describe, expect, it } from "vitest";
import { DEFAULT_FACETS } from "./catalogue";
import { isAudited } from "./facet";
import { LEADING_FACETS, SHIPPED_FACETS } from "./leading";

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe("LEADING_FACETS", () => {
  it("asks leaders how they lead, what they are still learning and a recent mistake", () => {
    const keys = LEADING_FACETS.map((f) => f.key);
    expect(keys).toEqual(expect.arrayContaining(["how-i-lead", "still-learning", "recent-mistake"]));
    for (const key of keys) expect(key).toMatch(KEBAB);
  });

  it("asks only leaders, in free text, with a title and a one-line description", () => {
    for (const f of LEADING_FACETS) {
      expect(f.audience, f.key).toBe("leaders");
      expect(f.kind, f.key).toBe("text");
      expect(f.title.trim()).not.toBe("");
      expect(f.aboutYou).not.toContain("\n");
      expect(f.aboutThem).not.toContain("\n");
    }
  });

  it("titles the answer in the leader's voice", () => {
    for (const f of LEADING_FACETS) expect(f.title, f.key).toMatch(/\b(I|me|my|mine)\b/);
  });

  it("describes every shipped facet to its author in the second person and to its readers in the third", () => {
    for (const f of SHIPPED_FACETS) {
      expect(f.aboutYou, f.key).toMatch(/\b(you|your)\b/i);
      expect(f.aboutYou, f.key).not.toMatch(/\b(they|their|them|themselves)\b/i);
      expect(f.aboutThem, f.key).toMatch(/\b(they|their|them)\b/i);
      expect(f.aboutThem, f.key).not.toMatch(/\b(you|your|yours)\b/i);
    }
  });

  it("are never audited, while every facet of the default catalogue is", () => {
    expect(LEADING_FACETS.filter(isAudited)).toEqual([]);
    expect(DEFAULT_FACETS.filter(isAudited)).toEqual(DEFAULT_FACETS);
  });
});

describe("SHIPPED_FACETS", () => {
  it("is the default catalogue and then the leading prompts, with no key twice", () => {
    expect(SHIPPED_FACETS).toEqual([...DEFAULT_FACETS, ...LEADING_FACETS]);
    const keys = SHIPPED_FACETS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("isAudited", () => {
  it("counts a facet without an audience as one for everyone", () => {
    expect(isAudited({})).toBe(true);
    expect(isAudited({ audience: "everyone" })).toBe(true);
    expect(isAudited({ audience: "leaders" })).toBe(false);
  });
});
