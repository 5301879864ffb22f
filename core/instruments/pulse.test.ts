import { describe, expect, it } from "vitest";
import {
  invalidPulseItem,
  PULSE_ITEMS,
  PULSE_MAX,
  PULSE_MEASURES,
  PULSE_MIN,
  PULSE_SCALE,
  type PulseAnswers,
  scorePulse,
  trustIndex,
} from "./pulse";

/** Answers from the items' values in order p1 … p19. */
function answersOf(values: number[]): PulseAnswers {
  expect(values).toHaveLength(19);
  return Object.fromEntries(values.map((value, index) => [`p${index + 1}`, value]));
}

const all = (value: number) => answersOf(Array.from({ length: 19 }, () => value));

describe("the pulse items", () => {
  it("are p1 … p19, three per trust component and seven on psychological safety", () => {
    expect(PULSE_ITEMS.map((item) => item.id)).toEqual(
      Array.from({ length: 19 }, (_, index) => `p${index + 1}`),
    );
    expect(PULSE_MEASURES).toEqual([
      "credibility",
      "reliability",
      "intimacy",
      "self_orientation",
      "psychological_safety",
    ]);
    const count = (measure: string) => PULSE_ITEMS.filter((item) => item.measure === measure).length;
    expect(PULSE_MEASURES.map(count)).toEqual([3, 3, 3, 3, 7]);
    expect(PULSE_ITEMS.slice(0, 3).every((item) => item.measure === "credibility")).toBe(true);
    expect(PULSE_ITEMS.slice(3, 6).every((item) => item.measure === "reliability")).toBe(true);
    expect(PULSE_ITEMS.slice(6, 9).every((item) => item.measure === "intimacy")).toBe(true);
    expect(PULSE_ITEMS.slice(9, 12).every((item) => item.measure === "self_orientation")).toBe(true);
  });

  it("reverse three psychological safety items, by their meaning, and nothing else", () => {
    expect(PULSE_ITEMS.filter((item) => item.reversed).map((item) => item.id)).toEqual(["p13", "p15", "p17"]);
    expect(
      PULSE_ITEMS.filter((item) => item.reversed).every((item) => item.measure === "psychological_safety"),
    ).toBe(true);
  });

  it("each have their own words", () => {
    const texts = PULSE_ITEMS.map((item) => item.text);
    expect(new Set(texts).size).toBe(19);
    for (const text of texts) expect(text).toMatch(/^[A-Z].{20,}\.$/);
  });

  it("are answered on a seven-point agreement scale", () => {
    expect([PULSE_MIN, PULSE_MAX]).toEqual([1, 7]);
    expect(PULSE_SCALE.map((step) => step.value)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(PULSE_SCALE[0]?.label).toBe("Strongly disagree");
    expect(PULSE_SCALE[3]?.label).toBe("Neither agree nor disagree");
    expect(PULSE_SCALE[6]?.label).toBe("Strongly agree");
  });
});

describe("the trust index", () => {
  it("is 50 for a neutral team, 100 and 0 at the two ends", () => {
    expect(trustIndex(4, 4, 4, 4)).toBeCloseTo(50, 10);
    expect(trustIndex(7, 7, 7, 1)).toBeCloseTo(100, 10);
    expect(trustIndex(1, 1, 1, 7)).toBeCloseTo(0, 10);
  });

  it("depends on the ratio alone", () => {
    // T = 6 / 2 = 3, as for all 4s.
    expect(trustIndex(2, 2, 2, 2)).toBeCloseTo(50, 10);
  });

  it("follows 100 × ln(T / (3/7)) / ln 49", () => {
    // T = 12 / 2 = 6; 6 / (3/7) = 14.
    expect(trustIndex(4, 4, 4, 2)).toBeCloseTo((100 * Math.log(14)) / Math.log(49), 10);
    expect(trustIndex(4, 4, 4, 2)).toBeCloseTo(67.81, 2);
    // T = 13 / 2; 6.5 / (3/7) = 91/6.
    expect(trustIndex(6, 4, 3, 2)).toBeCloseTo(69.867, 3);
  });
});

describe("scoring a round", () => {
  it("has no scores without responses", () => {
    expect(scorePulse([])).toBeNull();
  });

  it("scores all 4s as 4 on everything and 50 on the trust index", () => {
    const scores = scorePulse([all(4), all(4), all(4)]);
    expect(scores).toEqual({
      credibility: 4,
      reliability: 4,
      intimacy: 4,
      selfOrientation: 4,
      psychologicalSafety: 4,
      trustIndex: expect.closeTo(50, 10),
    });
  });

  it("averages each respondent's item means, reading reversed items as 8 − x", () => {
    // First respondent: C (7+6+5)/3 = 6, R (5+5+2)/3 = 4, I 3, S (2+1+3)/3 = 2,
    //   safety (8−2) + 6 + (8−1) + 5 + (8−3) + 7 + 6 = 42, / 7 = 6.
    const first = answersOf([7, 6, 5, 5, 5, 2, 3, 3, 3, 2, 1, 3, 2, 6, 1, 5, 3, 7, 6]);
    // Second: C (4+4+1)/3 = 3, R 7, I (6+5+4)/3 = 5, S 4,
    //   safety (8−6) + 2 + (8−7) + 3 + (8−5) + 2 + 1 = 14, / 7 = 2.
    const second = answersOf([4, 4, 1, 7, 7, 7, 6, 5, 4, 4, 4, 4, 6, 2, 7, 3, 5, 2, 1]);
    const scores = scorePulse([first, second]);
    // C 4.5, R 5.5, I 4, S 3; T = 14 / 3; T / (3/7) = 98 / 9.
    expect(scores).toEqual({
      credibility: 4.5,
      reliability: 5.5,
      intimacy: 4,
      selfOrientation: 3,
      psychologicalSafety: 4,
      trustIndex: expect.closeTo((100 * Math.log(98 / 9)) / Math.log(49), 10),
    });
    expect(scores?.trustIndex).toBeCloseTo(61.353, 3);
  });

  it("scores one respondent on their own", () => {
    const first = answersOf([7, 6, 5, 5, 5, 2, 3, 3, 3, 2, 1, 3, 2, 6, 1, 5, 3, 7, 6]);
    expect(scorePulse([first])).toEqual({
      credibility: 6,
      reliability: 4,
      intimacy: 3,
      selfOrientation: 2,
      psychologicalSafety: 6,
      trustIndex: expect.closeTo(69.867, 3),
    });
  });

  it("lowers trust as self-orientation rises", () => {
    const low = all(4);
    const high = { ...all(4), p10: 7, p11: 7, p12: 7 };
    expect(scorePulse([high])?.trustIndex).toBeLessThan(scorePulse([low])?.trustIndex ?? 0);
    // T = 12 / 7; 12/7 / (3/7) = 4.
    expect(scorePulse([high])?.trustIndex).toBeCloseTo((100 * Math.log(4)) / Math.log(49), 10);
  });

  it("scores a fully safe team 7 on safety: agreeing with a reversed item means less safety", () => {
    const safe = answersOf([4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 1, 7, 1, 7, 1, 7, 7]);
    expect(scorePulse([safe])?.psychologicalSafety).toBe(7);
    const unsafe = answersOf([4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 7, 1, 7, 1, 7, 1, 1]);
    expect(scorePulse([unsafe])?.psychologicalSafety).toBe(1);
  });
});

describe("checking answers", () => {
  it("accepts every item answered 1 to 7, ignoring other keys", () => {
    expect(invalidPulseItem(all(1))).toBeNull();
    expect(invalidPulseItem(all(7))).toBeNull();
    expect(invalidPulseItem({ ...all(4), comment: 3, p20: 9 })).toBeNull();
  });

  it("names the first item missing or out of range", () => {
    const { p3: _, ...missing } = all(4);
    expect(invalidPulseItem(missing)).toBe("p3");
    expect(invalidPulseItem({ ...all(4), p5: 0 })).toBe("p5");
    expect(invalidPulseItem({ ...all(4), p19: 8 })).toBe("p19");
    expect(invalidPulseItem({ ...all(4), p2: 4.5 })).toBe("p2");
    expect(invalidPulseItem({ ...all(4), p7: 0, p4: 9 })).toBe("p4");
  });

  it("refuses to score a response with a bad item, naming it", () => {
    expect(() => scorePulse([all(4), { ...all(4), p11: 8 }])).toThrow(new RangeError("answers.p11"));
    expect(() => scorePulse([{ ...all(4), p1: Number.NaN }])).toThrow(RangeError);
  });
});
