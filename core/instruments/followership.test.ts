import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FOLLOWERSHIP_ITEM_IDS,
  FOLLOWERSHIP_ITEMS,
  FOLLOWERSHIP_SCALE,
  type FollowershipAnswers,
  type FollowershipItemId,
  followershipGap,
  followershipStyle,
  isAxisScore,
  isFollowershipAnswer,
  scoreFollowership,
} from "./followership";

/** Every item answered: IT items with `it`, AE items with `ae`. */
function answering(it: number, ae: number): FollowershipAnswers {
  const answers: Partial<Record<FollowershipItemId, number>> = {};
  for (const item of FOLLOWERSHIP_ITEMS) answers[item.id] = item.axis === "it" ? it : ae;
  return answers as FollowershipAnswers;
}

describe("the followership items", () => {
  it("are 20, ten per axis, interleaved it1, ae1, it2, … with ids that name their axis", () => {
    expect(FOLLOWERSHIP_ITEMS.map((i) => i.id)).toEqual([...FOLLOWERSHIP_ITEM_IDS]);
    expect(FOLLOWERSHIP_ITEMS.filter((i) => i.axis === "it")).toHaveLength(10);
    expect(FOLLOWERSHIP_ITEMS.filter((i) => i.axis === "ae")).toHaveLength(10);
    FOLLOWERSHIP_ITEMS.forEach((item, index) => {
      const n = Math.floor(index / 2) + 1;
      expect(item.id).toBe(`${index % 2 === 0 ? "it" : "ae"}${n}`);
      expect(item.axis).toBe(item.id.startsWith("it") ? "it" : "ae");
    });
  });

  it("each cover a different aspect, in words of their own", () => {
    expect(new Set(FOLLOWERSHIP_ITEMS.map((i) => i.aspect)).size).toBe(20);
    expect(new Set(FOLLOWERSHIP_ITEMS.map((i) => i.text)).size).toBe(20);
    for (const item of FOLLOWERSHIP_ITEMS) expect(item.text).toMatch(/^[A-Z].*\.$/);
  });

  it("are answered 0 to 6, with words at rarely, occasionally and almost always", () => {
    expect(FOLLOWERSHIP_SCALE.map((s) => s.value)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(FOLLOWERSHIP_SCALE.filter((s) => s.label !== null).map((s) => [s.value, s.label])).toEqual([
      [0, "Rarely"],
      [3, "Occasionally"],
      [6, "Almost always"],
    ]);
  });

  it("accept whole answers from 0 to 6 only", () => {
    for (const ok of [0, 1, 3, 6]) expect(isFollowershipAnswer(ok)).toBe(true);
    for (const bad of [-1, 7, 2.5, "3", null, undefined, Number.NaN])
      expect(isFollowershipAnswer(bad)).toBe(false);
  });
});

describe("scoring the self-assessment", () => {
  it("sums each axis over its ten items, 0 to 60", () => {
    expect(scoreFollowership(answering(6, 0))).toEqual({ it: 60, ae: 0 });
    expect(scoreFollowership(answering(0, 6))).toEqual({ it: 0, ae: 60 });
    expect(scoreFollowership(answering(3, 3))).toEqual({ it: 30, ae: 30 });
    const answers = { ...answering(2, 4), it3: 6, ae10: 0 };
    expect(scoreFollowership(answers)).toEqual({ it: 24, ae: 36 });
  });

  it("refuses a missing or out-of-range answer, naming the item", () => {
    const { it7: _, ...missing } = answering(3, 3);
    expect(() => scoreFollowership(missing as FollowershipAnswers)).toThrow(/it7/);
    expect(() => scoreFollowership({ ...answering(3, 3), ae2: 7 })).toThrow(RangeError);
    expect(() => scoreFollowership({ ...answering(3, 3), ae2: -1 })).toThrow(/ae2/);
  });

  it("places the issue's examples", () => {
    expect(followershipStyle(...sums(answering(6, 0)))).toEqual({ style: "alienated", leaning: null });
    expect(followershipStyle(...sums(answering(6, 6)))).toEqual({ style: "exemplary", leaning: null });
    expect(followershipStyle(...sums(answering(3, 3)))).toEqual({ style: "pragmatist", leaning: null });
    expect(followershipStyle(45, 30)).toEqual({ style: "pragmatist", leaning: "alienated" });
  });
});

const sums = (answers: FollowershipAnswers): [number, number] => {
  const { it, ae } = scoreFollowership(answers);
  return [it, ae];
};

describe("the style of two axis scores", () => {
  it("has the four corners when both axes are high or low", () => {
    expect(followershipStyle(41, 41)).toEqual({ style: "exemplary", leaning: null });
    expect(followershipStyle(60, 60)).toEqual({ style: "exemplary", leaning: null });
    expect(followershipStyle(41, 19)).toEqual({ style: "alienated", leaning: null });
    expect(followershipStyle(19, 41)).toEqual({ style: "conformist", leaning: null });
    expect(followershipStyle(19, 19)).toEqual({ style: "passive", leaning: null });
    expect(followershipStyle(0, 0)).toEqual({ style: "passive", leaning: null });
  });

  it("is pragmatist with no leaning when both are in the middle, 20 to 40", () => {
    for (const [it, ae] of [
      [20, 20],
      [20, 40],
      [40, 20],
      [40, 40],
      [30, 31],
    ] as const)
      expect(followershipStyle(it, ae)).toEqual({ style: "pragmatist", leaning: null });
  });

  it("puts 19 low, 20 and 40 in the middle and 41 high, on the IT axis", () => {
    expect(followershipStyle(19, 60)).toEqual({ style: "conformist", leaning: null });
    expect(followershipStyle(20, 60)).toEqual({ style: "pragmatist", leaning: "conformist" });
    expect(followershipStyle(40, 60)).toEqual({ style: "pragmatist", leaning: "exemplary" });
    expect(followershipStyle(41, 60)).toEqual({ style: "exemplary", leaning: null });
    expect(followershipStyle(19, 0)).toEqual({ style: "passive", leaning: null });
    expect(followershipStyle(20, 0)).toEqual({ style: "pragmatist", leaning: "passive" });
    expect(followershipStyle(40, 0)).toEqual({ style: "pragmatist", leaning: "alienated" });
    expect(followershipStyle(41, 0)).toEqual({ style: "alienated", leaning: null });
  });

  it("puts 19 low, 20 and 40 in the middle and 41 high, on the AE axis", () => {
    expect(followershipStyle(60, 19)).toEqual({ style: "alienated", leaning: null });
    expect(followershipStyle(60, 20)).toEqual({ style: "pragmatist", leaning: "alienated" });
    expect(followershipStyle(60, 40)).toEqual({ style: "pragmatist", leaning: "exemplary" });
    expect(followershipStyle(60, 41)).toEqual({ style: "exemplary", leaning: null });
    expect(followershipStyle(0, 19)).toEqual({ style: "passive", leaning: null });
    expect(followershipStyle(0, 20)).toEqual({ style: "pragmatist", leaning: "passive" });
    expect(followershipStyle(0, 40)).toEqual({ style: "pragmatist", leaning: "conformist" });
    expect(followershipStyle(0, 41)).toEqual({ style: "conformist", leaning: null });
  });

  it("reads a middle axis as high above 30 and low at 30 or below when choosing the leaning", () => {
    expect(followershipStyle(45, 30)).toEqual({ style: "pragmatist", leaning: "alienated" });
    expect(followershipStyle(45, 31)).toEqual({ style: "pragmatist", leaning: "exemplary" });
    expect(followershipStyle(30, 45)).toEqual({ style: "pragmatist", leaning: "conformist" });
    expect(followershipStyle(31, 45)).toEqual({ style: "pragmatist", leaning: "exemplary" });
    expect(followershipStyle(10, 30)).toEqual({ style: "pragmatist", leaning: "passive" });
    expect(followershipStyle(10, 31)).toEqual({ style: "pragmatist", leaning: "conformist" });
    expect(followershipStyle(30, 10)).toEqual({ style: "pragmatist", leaning: "passive" });
    expect(followershipStyle(31, 10)).toEqual({ style: "pragmatist", leaning: "alienated" });
  });

  it("refuses scores that are not whole numbers from 0 to 60", () => {
    for (const [it, ae] of [
      [-1, 30],
      [30, -1],
      [61, 30],
      [30, 61],
      [30.5, 30],
      [30, Number.NaN],
    ])
      expect(() => followershipStyle(it as number, ae as number)).toThrow(
        new RangeError("Each axis score is a whole number from 0 to 60."),
      );
    expect(isAxisScore(0)).toBe(true);
    expect(isAxisScore(60)).toBe(true);
  });

  it("depends only on the two sums, however the answers are spread", () => {
    const answers = fc.tuple(...FOLLOWERSHIP_ITEM_IDS.map(() => fc.integer({ min: 0, max: 6 })));
    fc.assert(
      fc.property(answers, fc.integer(), (values, seed) => {
        const original = Object.fromEntries(FOLLOWERSHIP_ITEM_IDS.map((id, i) => [id, values[i]]));
        // The same answers shuffled among the items of each axis keep both sums.
        const shuffled = { ...original };
        for (const axis of ["it", "ae"]) {
          const ids = FOLLOWERSHIP_ITEM_IDS.filter((id) => id.startsWith(axis));
          const rotated = ids.map((_, i) => original[ids[(i + Math.abs(seed)) % ids.length] as string]);
          ids.forEach((id, i) => {
            shuffled[id] = rotated[i] as number;
          });
        }
        const a = scoreFollowership(original as FollowershipAnswers);
        const b = scoreFollowership(shuffled as FollowershipAnswers);
        expect(b).toEqual(a);
        expect(followershipStyle(b.it, b.ae)).toEqual(followershipStyle(a.it, a.ae));
      }),
    );
  });

  it("gives every pair of sums one style, a leaning only when exactly one axis is in the middle", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (it, ae) => {
        const result = followershipStyle(it, ae);
        const middle = (x: number) => x >= 20 && x <= 40;
        expect(result.leaning !== null).toBe(middle(it) !== middle(ae));
        if (middle(it) || middle(ae)) expect(result.style).toBe("pragmatist");
        else expect(result.style).not.toBe("pragmatist");
      }),
    );
  });
});

describe("the gap between two points", () => {
  it("is their distance on the map, to one decimal", () => {
    expect(followershipGap({ it: 10, ae: 10 }, { it: 10, ae: 10 })).toBe(0);
    expect(followershipGap({ it: 0, ae: 0 }, { it: 30, ae: 40 })).toBe(50);
    expect(followershipGap({ it: 30, ae: 40 }, { it: 0, ae: 0 })).toBe(50);
    expect(followershipGap({ it: 0, ae: 0 }, { it: 1, ae: 1 })).toBe(1.4);
    expect(followershipGap({ it: 5, ae: 0 }, { it: 0, ae: 0 })).toBe(5);
    expect(followershipGap({ it: 0, ae: 0 }, { it: 0, ae: 7 })).toBe(7);
  });
});
