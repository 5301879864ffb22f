import { describe, expect, it } from "vitest";
import type { AnswerKind, FacetDefinition } from "./facet";
import { computeAgreement, isStructured, jaccard, MAX_TEXT_LENGTH, validateFacetValue } from "./facet-value";

/** A facet of the given kind with options "o0", "o1", … (the catalogue's own facets have 4 to 7). */
function facetOf(kind: AnswerKind, optionCount = 4): FacetDefinition {
  return {
    key: `a-${kind}`,
    dimension: "workstyle",
    title: "A facet",
    aboutYou: "One line for you.",
    aboutThem: "One line for them.",
    kind,
    options: Array.from({ length: optionCount }, (_, index) => ({
      id: `o${index}`,
      label: `Option ${index}`,
    })),
    weight: 1,
  };
}

describe("isStructured", () => {
  it("computes agreement for choices and scales, and leaves text to the leader", () => {
    expect(isStructured(facetOf("text"))).toBe(false);
    expect(isStructured(facetOf("single_choice"))).toBe(true);
    expect(isStructured(facetOf("multiple_choice"))).toBe(true);
    expect(isStructured(facetOf("scale"))).toBe(true);
  });
});

describe("validateFacetValue says what is wrong", () => {
  it.each([
    ["text", 3, "Expected text."],
    ["text", " \n ", "Text must not be empty."],
    ["text", "x".repeat(MAX_TEXT_LENGTH + 1), `Text must be at most ${MAX_TEXT_LENGTH} characters.`],
    ["single_choice", ["o1"], "Expected one option id."],
    ["single_choice", "o9", 'Unknown option "o9" for facet "a-single_choice".'],
    ["multiple_choice", "o1", "Expected a list of option ids."],
    ["multiple_choice", [], "Choose at least one option."],
    ["multiple_choice", ["o1", 2], "Every choice must be an option id."],
    ["multiple_choice", ["o1", "o9"], 'Unknown option "o9" for facet "a-multiple_choice".'],
    ["multiple_choice", ["o1", "o2", "o1"], 'Option "o1" is chosen more than once.'],
    ["scale", 0, "Expected a whole number from 1 to 5."],
    ["scale", 6, "Expected a whole number from 1 to 5."],
    ["scale", 2.5, "Expected a whole number from 1 to 5."],
    ["scale", "3", "Expected a whole number from 1 to 5."],
  ] as const)("%s: %j → %s", (kind, value, message) => {
    expect(validateFacetValue(facetOf(kind), value)).toEqual({ ok: false, message });
  });

  it("names a kind it does not know (a facet stored by a newer version)", () => {
    const newer = { ...facetOf("text"), kind: "ranking" } as unknown as FacetDefinition;
    expect(validateFacetValue(newer, "anything")).toEqual({
      ok: false,
      message: "Unknown facet kind: ranking.",
    });
  });
});

describe("jaccard", () => {
  it("is shared over all distinct ids, and 1 for two empty sets", () => {
    expect(jaccard(["a", "b"], ["b", "c"])).toBe(1 / 3);
    expect(jaccard(["a", "a"], ["a"])).toBe(1);
    expect(jaccard([], [])).toBe(1);
  });
});

describe("computeAgreement at the partial boundary", () => {
  it("counts a Jaccard similarity of exactly 0.34 as partial, and just below as a miss", () => {
    const wide = facetOf("multiple_choice", 50);
    const ids = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, index) => `o${from + index}`);
    expect(computeAgreement(wide, ids(0, 17), ids(0, 50))).toBe("partial"); // 17/50 = 0.34
    expect(computeAgreement(wide, ids(0, 16), ids(0, 48))).toBe("miss"); // 16/48 = 0.333…
  });
});
