import { describe, expect, it } from "vitest";
import {
  averageRanks,
  kendallTauB,
  kendallW,
  NOT_ENOUGH_TO_COMPARE,
  tauInWords,
  wInWords,
} from "./alignment";

describe("average ranks", () => {
  it("rank 1 for the highest, ties sharing the mean of the ranks they span", () => {
    // 5 is highest → 1; the two 3s span ranks 2 and 3 → 2.5 each; 1 → 4.
    expect(averageRanks([5, 3, 3, 1])).toEqual([1, 2.5, 2.5, 4]);
    // Three 4s span 1, 2, 3 → 2 each; 2 → 4.
    expect(averageRanks([4, 4, 2, 4])).toEqual([2, 2, 4, 2]);
    // All the same: the mean of 1..3 is 2.
    expect(averageRanks([3, 3, 3])).toEqual([2, 2, 2]);
    expect(averageRanks([1, 2, 3])).toEqual([3, 2, 1]);
    expect(averageRanks([])).toEqual([]);
  });

  it("reverses a row of ranks, keeping its ties (rank 4 is the highest number, so it ranks 1)", () => {
    expect(averageRanks([1, 2.5, 2.5, 4])).toEqual([4, 2.5, 2.5, 1]);
    expect(averageRanks(averageRanks([5, 3, 3, 1]))).toEqual([4, 2.5, 2.5, 1]);
  });
});

describe("Kendall's tau-b", () => {
  it("matches a hand computation with a tie on each side", () => {
    // x = [5, 4, 4, 2, 1], y = [4, 5, 3, 3, 1]; the 10 pairs (i, j):
    // (0,1) x+ y− discordant   (0,2) x+ y+ C   (0,3) C   (0,4) C
    // (1,2) x tied (4 = 4)     (1,3) C         (1,4) C
    // (2,3) y tied (3 = 3)     (2,4) C         (3,4) C
    // nc = 7, nd = 1, n1 = 1, n2 = 1, n0 = 10: tau_b = (7 − 1) / √(9 · 9) = 6 / 9.
    expect(kendallTauB([5, 4, 4, 2, 1], [4, 5, 3, 3, 1])).toBeCloseTo(6 / 9, 12);
  });

  it("counts a pair tied on both sides in both tie counts and in neither order", () => {
    // x = [1, 1, 2], y = [1, 1, 3]: (0,1) tied both; (0,2) C; (1,2) C.
    // nc = 2, nd = 0, n1 = 1, n2 = 1, n0 = 3: 2 / √(2 · 2) = 1.
    expect(kendallTauB([1, 1, 2], [1, 1, 3])).toBe(1);
    // x = [1, 1, 2, 3], y = [2, 2, 1, 4]: (0,1) tied both; (0,2) x− y+ D; (0,3) C; (1,2) D; (1,3) C; (2,3) C.
    // nc = 3, nd = 2, n1 = 1, n2 = 1, n0 = 6: (3 − 2) / √(5 · 5) = 0.2.
    expect(kendallTauB([1, 1, 2, 3], [2, 2, 1, 4])).toBeCloseTo(0.2, 12);
  });

  it("uses each side's own ties: tied only in x shrinks only x's count", () => {
    // x = [2, 2, 3], y = [1, 2, 3]: (0,1) x tied; (0,2) C; (1,2) C.
    // nc = 2, nd = 0, n1 = 1, n2 = 0, n0 = 3: 2 / √(2 · 3) = 0.8165.
    expect(kendallTauB([2, 2, 3], [1, 2, 3])).toBeCloseTo(2 / Math.sqrt(6), 12);
    expect(kendallTauB([1, 2, 3], [2, 2, 3])).toBeCloseTo(2 / Math.sqrt(6), 12);
  });

  it("is 1 for the same order, −1 for the opposite, whatever the scale", () => {
    expect(kendallTauB([1, 2, 3, 4], [2, 3, 4, 5])).toBe(1);
    expect(kendallTauB([1, 2, 3], [3, 2, 1])).toBe(-1);
    // Two items: one pair, discordant.
    expect(kendallTauB([5, 1], [1, 5])).toBe(-1);
  });

  it("is null with fewer than 2 items or when a side rated everything the same", () => {
    expect(kendallTauB([], [])).toBeNull();
    expect(kendallTauB([3], [4])).toBeNull();
    expect(kendallTauB([3, 3, 3], [1, 2, 3])).toBeNull();
    expect(kendallTauB([1, 2, 3], [4, 4, 4])).toBeNull();
  });

  it("refuses sides of different lengths", () => {
    expect(() => kendallTauB([1, 2], [1])).toThrow(/same items/);
  });
});

describe("tau in words", () => {
  it("changes at 0.6, 0.2 and just above −0.2", () => {
    expect(tauInWords(1)).toBe("Much the same order of value");
    expect(tauInWords(0.6)).toBe("Much the same order of value");
    expect(tauInWords(0.59)).toBe("Mostly the same order of value");
    expect(tauInWords(0.2)).toBe("Mostly the same order of value");
    expect(tauInWords(0.19)).toBe("No clear agreement on the order of value");
    expect(tauInWords(0)).toBe("No clear agreement on the order of value");
    expect(tauInWords(-0.19)).toBe("No clear agreement on the order of value");
    expect(tauInWords(-0.2)).toBe("A different order of value");
    expect(tauInWords(-1)).toBe("A different order of value");
    expect(tauInWords(null)).toBe(NOT_ENOUGH_TO_COMPARE);
  });
});

describe("Kendall's W", () => {
  it("matches a hand computation with the tie correction", () => {
    // Three raters, four items (ratings → ranks):
    //   A [5, 4, 3, 1] → [1, 2, 3, 4]
    //   B [4, 5, 2, 1] → [2, 1, 3, 4]
    //   C [5, 3, 3, 2] → [1, 2.5, 2.5, 4]   one tie group of 2: T = 2³ − 2 = 6
    // R = [4, 5.5, 8.5, 12], R̄ = 3 · 5 / 2 = 7.5, deviations −3.5, −2, 1, 4.5:
    // S = 12.25 + 4 + 1 + 20.25 = 37.5.
    // W = 12 · 37.5 / (3² · (4³ − 4) − 3 · 6) = 450 / (540 − 18) = 450 / 522.
    expect(
      kendallW([
        [5, 4, 3, 1],
        [4, 5, 2, 1],
        [5, 3, 3, 2],
      ]),
    ).toBeCloseTo(450 / 522, 12);
  });

  it("gives the same W over ranks as over the ratings they come from", () => {
    expect(
      kendallW([
        [1, 2, 3, 4],
        [2, 1, 3, 4],
        [1, 2.5, 2.5, 4],
      ]),
    ).toBeCloseTo(450 / 522, 12);
  });

  it("is 1 when everyone ranks alike and 0 when two raters reverse each other", () => {
    // R = [3, 6, 9, 12], R̄ = 7.5, S = 20.25 + 2.25 + 2.25 + 20.25 = 45; W = 540 / 540.
    expect(
      kendallW([
        [4, 3, 2, 1],
        [4, 3, 2, 1],
        [5, 4, 3, 2],
      ]),
    ).toBe(1);
    // R = [4, 4, 4] = R̄ = 2 · 4 / 2: S = 0.
    expect(
      kendallW([
        [1, 2, 3],
        [3, 2, 1],
      ]),
    ).toBe(0);
  });

  it("corrects for ties in several raters, and for a rater who tied everything", () => {
    // A [3, 3, 1] → [1.5, 1.5, 3] (T = 6); B [2, 2, 2] → [2, 2, 2] (T = 27 − 3 = 24).
    // R = [3.5, 3.5, 5], R̄ = 2 · 4 / 2 = 4, S = 0.25 + 0.25 + 1 = 1.5.
    // W = 12 · 1.5 / (4 · 24 − 2 · 30) = 18 / 36 = 0.5.
    expect(
      kendallW([
        [3, 3, 1],
        [2, 2, 2],
      ]),
    ).toBe(0.5);
  });

  it("is null with fewer than 2 raters or 2 items, or with no variation at all", () => {
    expect(kendallW([])).toBeNull();
    expect(kendallW([[1, 2, 3]])).toBeNull();
    expect(kendallW([[1], [2], [3]])).toBeNull();
    expect(
      kendallW([
        [3, 3],
        [4, 4],
      ]),
    ).toBeNull();
  });

  it("refuses a rater who did not rate every item", () => {
    expect(() =>
      kendallW([
        [1, 2, 3],
        [1, 2],
      ]),
    ).toThrow(/every item/);
    expect(() =>
      kendallW([
        [1, 2],
        [1, 2, 3],
      ]),
    ).toThrow(/every item/);
  });
});

describe("W in words", () => {
  it("changes at 0.7, 0.5 and 0.3", () => {
    expect(wInWords(1)).toBe("The team largely agrees on what is most valuable");
    expect(wInWords(0.7)).toBe("The team largely agrees on what is most valuable");
    expect(wInWords(0.69)).toBe("The team broadly agrees on what is most valuable");
    expect(wInWords(0.5)).toBe("The team broadly agrees on what is most valuable");
    expect(wInWords(0.49)).toBe("The team partly agrees on what is most valuable");
    expect(wInWords(0.3)).toBe("The team partly agrees on what is most valuable");
    expect(wInWords(0.29)).toBe("The team does not yet agree on what is most valuable");
    expect(wInWords(0)).toBe("The team does not yet agree on what is most valuable");
    expect(wInWords(null)).toBe(NOT_ENOUGH_TO_COMPARE);
  });
});
