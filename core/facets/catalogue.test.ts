import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeAgreement, DEFAULT_FACETS, facetByKey, isStructured, validateFacetValue } from "./catalogue";
import { DIMENSIONS, type FacetDefinition } from "./facet";
import { MAX_TEXT_LENGTH } from "./facet-value";

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function facet(key: string): FacetDefinition {
  const found = facetByKey(key);
  if (!found) throw new Error(`missing facet ${key}`);
  return found;
}

function optionIdsOf(definition: FacetDefinition): string[] {
  return (definition.options ?? []).map((option) => option.id);
}

describe("DEFAULT_FACETS", () => {
  it("has about 25 facets with unique kebab-case keys", () => {
    expect(DEFAULT_FACETS.length).toBeGreaterThanOrEqual(23);
    expect(DEFAULT_FACETS.length).toBeLessThanOrEqual(28);
    const keys = DEFAULT_FACETS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(KEBAB);
  });

  it("covers every dimension with at least seven facets", () => {
    for (const dimension of DIMENSIONS) {
      expect(DEFAULT_FACETS.filter((f) => f.dimension === dimension).length).toBeGreaterThanOrEqual(7);
    }
  });

  it("makes at least a third of facets structured, and at least ten", () => {
    const structured = DEFAULT_FACETS.filter(isStructured).length;
    expect(structured * 3).toBeGreaterThanOrEqual(DEFAULT_FACETS.length);
    expect(structured).toBeGreaterThanOrEqual(10);
  });

  it("gives every facet a title, a one-line description for each reader and a weight from 1 to 3", () => {
    for (const f of DEFAULT_FACETS) {
      expect(f.title.trim()).not.toBe("");
      for (const line of [f.aboutYou, f.aboutThem]) {
        expect(line.trim(), f.key).not.toBe("");
        expect(line, f.key).not.toContain("\n");
      }
      expect(Number.isInteger(f.weight)).toBe(true);
      expect(f.weight).toBeGreaterThanOrEqual(1);
      expect(f.weight).toBeLessThanOrEqual(3);
    }
  });

  it("gives choice facets 4 to 7 options with unique kebab-case ids and labels", () => {
    for (const f of DEFAULT_FACETS.filter(
      (d) => d.kind === "single_choice" || d.kind === "multiple_choice",
    )) {
      const ids = optionIdsOf(f);
      expect(ids.length, f.key).toBeGreaterThanOrEqual(4);
      expect(ids.length, f.key).toBeLessThanOrEqual(7);
      expect(new Set(ids).size, f.key).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(KEBAB);
      for (const option of f.options ?? []) expect(option.label.trim()).not.toBe("");
      expect(f.scale).toBeUndefined();
    }
  });

  it("gives scale facets both end labels and no options", () => {
    for (const f of DEFAULT_FACETS.filter((d) => d.kind === "scale")) {
      expect(f.scale?.low.trim(), f.key).toBeTruthy();
      expect(f.scale?.high.trim(), f.key).toBeTruthy();
      expect(f.options).toBeUndefined();
    }
  });

  it("models the facets other parts of Rapport rely on", () => {
    const communication = facet("communication-channels");
    expect(communication.dimension).toBe("workstyle");
    expect(communication.kind).toBe("multiple_choice");
    expect(optionIdsOf(communication)).toEqual(expect.arrayContaining(["written-async", "quick-call"]));

    expect(facet("autonomy-vs-direction").kind).toBe("scale");

    const followership = facet("followership-style");
    expect(followership.kind).toBe("single_choice");
    expect(optionIdsOf(followership).sort()).toEqual(
      ["alienated", "conformist", "exemplary", "passive", "pragmatist"].sort(),
    );
  });

  it("stays professional: no family, home or hobby facets", () => {
    const text = DEFAULT_FACETS.map((f) => `${f.key} ${f.title} ${f.aboutYou} ${f.aboutThem}`).join(" ");
    expect(text).not.toMatch(/\b(family|home|hobby|hobbies|partner|children|kids)\b/i);
  });
});

describe("facetByKey", () => {
  it("finds a facet by key", () => {
    expect(facetByKey("boundaries")?.dimension).toBe("values");
  });

  it("returns undefined for an unknown key", () => {
    expect(facetByKey("favourite-colour")).toBeUndefined();
    expect(facetByKey("")).toBeUndefined();
  });
});

describe("validateFacetValue", () => {
  const text = facet("energisers");
  const single = facet("feedback");
  const multiple = facet("communication-channels");
  const scale = facet("autonomy-vs-direction");

  it("trims text and accepts it up to the length limit", () => {
    expect(validateFacetValue(text, "  Solving a knotty problem  ")).toEqual({
      ok: true,
      value: "Solving a knotty problem",
    });
    expect(validateFacetValue(text, `  ${"x".repeat(MAX_TEXT_LENGTH)}  `).ok).toBe(true);
  });

  it("rejects empty, blank, too long and non-string text", () => {
    for (const bad of ["", "   \n\t", "x".repeat(MAX_TEXT_LENGTH + 1), 3, ["a"], null, undefined]) {
      const result = validateFacetValue(text, bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).not.toBe("");
    }
  });

  it("accepts a known option id for a single choice and rejects anything else", () => {
    expect(validateFacetValue(single, "straight-away")).toEqual({ ok: true, value: "straight-away" });
    for (const bad of ["Straight-away", "nope", "", ["straight-away"], 1, null]) {
      expect(validateFacetValue(single, bad).ok).toBe(false);
    }
  });

  it("accepts distinct known ids for a multiple choice, in catalogue order", () => {
    expect(validateFacetValue(multiple, ["quick-call", "written-async"])).toEqual({
      ok: true,
      value: ["written-async", "quick-call"],
    });
  });

  it("rejects empty, duplicated, unknown or non-list multiple choices", () => {
    for (const bad of [[], ["chat", "chat"], ["chat", "carrier-pigeon"], "chat", [1], null]) {
      expect(validateFacetValue(multiple, bad).ok).toBe(false);
    }
  });

  it("accepts whole numbers 1 to 5 on a scale only", () => {
    for (const good of [1, 2, 3, 4, 5])
      expect(validateFacetValue(scale, good)).toEqual({ ok: true, value: good });
    for (const bad of [0, 6, 2.5, -1, Number.NaN, Number.POSITIVE_INFINITY, "3", null]) {
      expect(validateFacetValue(scale, bad).ok).toBe(false);
    }
  });

  it("rejects every value on a choice facet that has no options", () => {
    const broken: FacetDefinition = { ...single, options: undefined };
    expect(validateFacetValue(broken, "straight-away").ok).toBe(false);
  });
});

describe("computeAgreement", () => {
  const text = facet("drains");
  const single = facet("raising-problems");
  const multiple = facet("communication-channels");
  const scale = facet("decision-involvement");

  it("leaves text facets to the leader's judgement", () => {
    expect(computeAgreement(text, "Long status meetings", "Long status meetings")).toBeNull();
  });

  it("matches single choices only when they are equal", () => {
    expect(computeAgreement(single, "with-a-proposal", "with-a-proposal")).toBe("match");
    expect(computeAgreement(single, "with-a-proposal", "immediately")).toBe("miss");
  });

  it("grades scales by distance: 0 match, 1 partial, 2 or more miss", () => {
    expect(computeAgreement(scale, 3, 3)).toBe("match");
    expect(computeAgreement(scale, 3, 4)).toBe("partial");
    expect(computeAgreement(scale, 2, 1)).toBe("partial");
    expect(computeAgreement(scale, 2, 4)).toBe("miss");
    expect(computeAgreement(scale, 1, 5)).toBe("miss");
  });

  it("grades multiple choices by Jaccard similarity (hand-computed)", () => {
    // The leader believes written, async updates; the member says a quick call beats a long message.
    expect(computeAgreement(multiple, ["written-async"], ["quick-call"])).toBe("miss"); // J = 0
    expect(computeAgreement(multiple, ["chat", "written-async"], ["written-async", "chat"])).toBe("match"); // J = 1
    expect(computeAgreement(multiple, ["written-async"], ["written-async", "quick-call"])).toBe("partial"); // 1/2
    expect(computeAgreement(multiple, ["chat", "video"], ["chat", "video", "in-person"])).toBe("partial"); // 2/3
    expect(computeAgreement(multiple, ["chat", "video", "quick-call"], ["chat", "video", "in-person"])).toBe(
      "partial",
    ); // 2/4
    expect(computeAgreement(multiple, ["written-async"], ["written-async", "chat", "video"])).toBe("miss"); // 1/3
    expect(computeAgreement(multiple, ["chat", "video"], ["video", "in-person"])).toBe("miss"); // 1/3
  });

  it("returns null when either value does not fit the facet", () => {
    expect(computeAgreement(single, "with-a-proposal", "unknown-id")).toBeNull();
    expect(computeAgreement(scale, 3, 9)).toBeNull();
    expect(computeAgreement(scale, 3, "3")).toBeNull();
    expect(computeAgreement(multiple, [], ["chat"])).toBeNull();
    expect(computeAgreement(multiple, "chat", ["chat"])).toBeNull();
  });

  // Built inside each test, not while the file loads, so that mutation testing sees which tests use it.
  const structured = () => DEFAULT_FACETS.filter(isStructured);
  const valueFor = (f: FacetDefinition): fc.Arbitrary<string | string[] | number> => {
    if (f.kind === "scale") return fc.integer({ min: 1, max: 5 });
    const ids = optionIdsOf(f);
    if (f.kind === "single_choice") return fc.constantFrom(...ids);
    return fc.subarray(ids, { minLength: 1 });
  };
  const facetWithTwoValues = () =>
    fc.constantFrom(...structured()).chain((f) => fc.tuple(fc.constant(f), valueFor(f), valueFor(f)));

  it("is symmetric in belief and answer", () => {
    fc.assert(
      fc.property(facetWithTwoValues(), ([f, a, b]) => {
        expect(computeAgreement(f, a, b)).toBe(computeAgreement(f, b, a));
      }),
    );
  });

  it("always matches a valid value with itself, and never returns null for valid values", () => {
    fc.assert(
      fc.property(facetWithTwoValues(), ([f, a, b]) => {
        expect(computeAgreement(f, a, a)).toBe("match");
        expect(computeAgreement(f, a, b)).not.toBeNull();
      }),
    );
  });

  it("matches only values that validate to the same canonical form", () => {
    fc.assert(
      fc.property(facetWithTwoValues(), ([f, a, b]) => {
        const left = validateFacetValue(f, a);
        const right = validateFacetValue(f, b);
        if (!left.ok || !right.ok) throw new Error("generated an invalid value");
        const same = JSON.stringify(left.value) === JSON.stringify(right.value);
        expect(computeAgreement(f, a, b) === "match").toBe(same);
      }),
    );
  });
});
