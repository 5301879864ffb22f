import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { QuestionDepth } from "./bank";
import {
  askedWithCopies,
  preferredDepths,
  type RotationInput,
  type RotationItem,
  suggestQuestions,
} from "./rotation";

function buildItem(overrides: Partial<RotationItem> & { id: string }): RotationItem {
  return {
    text: `Question ${overrides.id}`,
    facet: "feedback",
    topic: null,
    depth: "light",
    retired: false,
    position: 0,
    ...overrides,
  };
}

const FEEDBACK: RotationItem[] = [
  buildItem({ id: "a", depth: "deep", position: 1 }),
  buildItem({ id: "b", depth: "light", position: 3 }),
  buildItem({ id: "c", depth: "medium", position: 2 }),
  buildItem({ id: "d", depth: "light", position: 1 }),
  buildItem({ id: "e", depth: "medium", position: 1 }),
  buildItem({ id: "f", depth: "deep", position: 2 }),
];

function ids(input: Partial<RotationInput>): string[] {
  const full: RotationInput = {
    items: FEEDBACK,
    target: { facet: "feedback" },
    recentlyAsked: [],
    coverage: 0,
    ...input,
  };
  return suggestQuestions(full).map((item) => item.id);
}

describe("suggestQuestions", () => {
  it("prefers light questions for a person the leader barely knows", () => {
    expect(ids({ coverage: 0.1 })).toEqual(["d", "b", "e"]);
  });

  it("prefers medium, then light, in the middle", () => {
    expect(ids({ coverage: 0.5, count: 5 })).toEqual(["e", "c", "d", "b", "a"]);
  });

  it("prefers deep questions for a person the leader knows well", () => {
    expect(ids({ coverage: 0.9 })).toEqual(["a", "f", "e"]);
  });

  it("switches preference exactly at the thresholds", () => {
    expect(preferredDepths(0.33)[0]).toBe("light");
    expect(preferredDepths(0.34)[0]).toBe("medium");
    expect(preferredDepths(0.66)[0]).toBe("medium");
    expect(preferredDepths(0.67)[0]).toBe("deep");
    expect(preferredDepths(Number.NaN)[0]).toBe("light");
    expect(preferredDepths(7)[0]).toBe("deep");
  });

  it("skips questions asked in the last three conversations, but not older ones", () => {
    const recentlyAsked = [["d"], ["b", "x"], ["e"], ["c"]];
    expect(ids({ coverage: 0, recentlyAsked })).toEqual(["c", "a", "f"]);
    expect(ids({ coverage: 0, recentlyAsked, lastN: 1 })).toEqual(["b", "e", "c"]);
  });

  it("does not refill with recently asked questions when too few remain", () => {
    const recentlyAsked = [
      ["a", "b", "c"],
      ["d", "e"],
    ];
    expect(ids({ recentlyAsked })).toEqual(["f"]);
  });

  it("never suggests retired questions or questions for another facet or topic", () => {
    const items = [
      buildItem({ id: "r", retired: true }),
      buildItem({ id: "o", facet: "autonomy" }),
      buildItem({ id: "t", facet: null, topic: "trust" }),
      buildItem({ id: "k", position: 5 }),
    ];
    expect(ids({ items })).toEqual(["k"]);
    expect(ids({ items, target: { topic: "trust" } })).toEqual(["t"]);
    expect(ids({ items, target: {} })).toEqual(["o", "t", "k"]);
  });

  it("breaks ties by position, then by id", () => {
    const items = [buildItem({ id: "b2" }), buildItem({ id: "a1" }), buildItem({ id: "c0", position: -1 })];
    expect(ids({ items })).toEqual(["c0", "a1", "b2"]);
  });

  it("puts a question whose position is not a number after the others, wherever it is listed", () => {
    const unplaced = buildItem({ id: "a", position: Number.NaN });
    const placed = buildItem({ id: "b", position: 9 });
    expect(ids({ items: [unplaced, placed] })).toEqual(["b", "a"]);
    expect(ids({ items: [placed, unplaced] })).toEqual(["b", "a"]);
    const alsoUnplaced = buildItem({ id: "c", position: Number.NaN });
    expect(ids({ items: [alsoUnplaced, unplaced, placed] })).toEqual(["b", "a", "c"]);
  });

  it("keeps the first copy of an id listed twice at the same place", () => {
    const first = buildItem({ id: "same", text: "First copy" });
    const second = buildItem({ id: "same", text: "Second copy" });
    expect(suggestQuestions({ items: [first, second], target: {}, recentlyAsked: [], coverage: 0 })).toEqual([
      first,
    ]);
  });

  it("returns nothing when count is zero and suggests each id once", () => {
    expect(ids({ count: 0 })).toEqual([]);
    const items = [buildItem({ id: "same" }), buildItem({ id: "same", position: 2 })];
    expect(ids({ items })).toEqual(["same"]);
  });
});

const DEPTHS: QuestionDepth[] = ["light", "medium", "deep"];
const ID = fc.constantFrom("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8");
const FACET = fc.constantFrom<string | null>("feedback", "autonomy", null);
const itemArbitrary = fc.record({
  id: ID,
  text: fc.string(),
  facet: FACET,
  topic: fc.constantFrom<string | null>("trust", "goals", null),
  depth: fc.constantFrom(...DEPTHS),
  retired: fc.boolean(),
  position: fc.integer({ min: -5, max: 20 }),
});
const inputArbitrary = fc.record({
  items: fc.array(itemArbitrary, { maxLength: 20 }),
  target: fc.record(
    { facet: fc.constantFrom("feedback", "autonomy"), topic: fc.constantFrom("trust", "goals") },
    {
      requiredKeys: [],
    },
  ),
  recentlyAsked: fc.array(fc.array(ID, { maxLength: 4 }), { maxLength: 6 }),
  lastN: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  coverage: fc.double({ min: 0, max: 1, noNaN: true }),
  count: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
});

describe("suggestQuestions properties", () => {
  it("never suggests a retired item, an item asked in the last N, or an item not in the input", () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const suggestions = suggestQuestions(input);
        const recent = new Set<string>(input.recentlyAsked.slice(0, input.lastN ?? 3).flat());
        expect(suggestions.length).toBeLessThanOrEqual(input.count ?? 3);
        for (const item of suggestions) {
          expect(item.retired).toBe(false);
          expect(recent.has(item.id)).toBe(false);
          expect(input.items).toContain(item);
          if (input.target.facet !== undefined) expect(item.facet).toBe(input.target.facet);
          if (input.target.topic !== undefined) expect(item.topic).toBe(input.target.topic);
        }
        expect(new Set(suggestions.map((item) => item.id)).size).toBe(suggestions.length);
      }),
    );
  });

  it("is deterministic and does not depend on the order of the list", () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const first = suggestQuestions(input);
        expect(suggestQuestions(input)).toEqual(first);
        const distinct = input.items.filter(
          (item, index) => input.items.findIndex((other) => other.id === item.id) === index,
        );
        const reversed = { ...input, items: [...distinct].reverse() };
        expect(suggestQuestions(reversed)).toEqual(suggestQuestions({ ...input, items: distinct }));
      }),
    );
  });

  it("orders suggestions by preferred depth", () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const order = preferredDepths(input.coverage);
        const ranks = suggestQuestions(input).map((item) => order.indexOf(item.depth));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
    );
  });
});

describe("askedWithCopies", () => {
  const copies = [
    { id: "item-1", bankQuestionId: "q001" },
    { id: "item-2", bankQuestionId: null },
    { id: "item-3", bankQuestionId: "q003" },
    { id: "item-4", bankQuestionId: "q003" },
  ];

  it("adds the bank question of an asked copy, and every copy of an asked bank question, per conversation", () => {
    expect(askedWithCopies([["item-1"], ["q003", "item-2"], ["q009"]], copies)).toEqual([
      ["item-1", "q001"],
      ["q003", "item-2", "item-3", "item-4"],
      ["q009"],
    ]);
  });

  it("names each id once and keeps conversations apart and in order", () => {
    expect(askedWithCopies([["q001", "item-1"], [], ["item-3", "q003"]], copies)).toEqual([
      ["q001", "item-1"],
      [],
      ["item-3", "q003", "item-4"],
    ]);
  });

  it("leaves a leader's own question, copied from nothing, as it is", () => {
    expect(askedWithCopies([["item-2"]], copies)).toEqual([["item-2"]]);
    expect(askedWithCopies([], copies)).toEqual([]);
  });

  it("so rotation skips the copy of a bank question asked before it was copied", () => {
    const items = [buildItem({ id: "item-1", position: 0 }), buildItem({ id: "item-5", position: 1 })];
    const asked = askedWithCopies([["q001"]], [...copies, { id: "item-5", bankQuestionId: "q005" }]);
    expect(ids({ items, recentlyAsked: asked })).toEqual(["item-5"]);
  });
});
