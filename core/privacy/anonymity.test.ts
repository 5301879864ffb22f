import { describe, expect, it } from "vitest";
import {
  commentsShown,
  commentsWithheldMessage,
  curveWithheldMessage,
  effectiveThreshold,
  guardSlices,
  MIN_ANONYMITY_THRESHOLD,
  type Slice,
  withheldMessage,
} from "./anonymity";

const slice = (key: string, people: string): Slice => ({ key, people: new Set(people.split("")) });

describe("the anonymity threshold", () => {
  it("is never below three, whatever a workspace stored", () => {
    expect(MIN_ANONYMITY_THRESHOLD).toBe(3);
    expect(effectiveThreshold(0)).toBe(3);
    expect(effectiveThreshold(2)).toBe(3);
    expect(effectiveThreshold(3)).toBe(3);
    expect(effectiveThreshold(7)).toBe(7);
  });
});

describe("guarding slices", () => {
  it("withholds a figure fewer than N people answered, and shows one at N", () => {
    expect(guardSlices([slice("two", "ab"), slice("three", "cde")], 3)).toEqual([
      { key: "two", shown: false, reason: "too_few" },
      { key: "three", shown: true },
    ]);
  });

  it("withholds a slice nobody answered", () => {
    expect(guardSlices([slice("none", "")], 3)).toEqual([{ key: "none", shown: false, reason: "too_few" }]);
  });

  it("applies a threshold above three, and the floor of three below it", () => {
    expect(guardSlices([slice("four", "abcd"), slice("five", "efghi")], 5)).toEqual([
      { key: "four", shown: false, reason: "too_few" },
      { key: "five", shown: true },
    ]);
    expect(guardSlices([slice("two", "ab")], 2)).toEqual([{ key: "two", shown: false, reason: "too_few" }]);
  });

  it("withholds a sub-group whose complement in the team is fewer than N", () => {
    // Team of five; the three longer-serving members shown beside it would give away the two newer.
    expect(guardSlices([slice("team", "abcde"), slice("longer", "cde"), slice("newer", "ab")], 3)).toEqual([
      { key: "team", shown: true },
      { key: "longer", shown: false, reason: "would_isolate" },
      { key: "newer", shown: false, reason: "too_few" },
    ]);
  });

  it("shows both sub-groups of a team when each has at least N", () => {
    const verdicts = guardSlices([slice("team", "abcdef"), slice("newer", "abc"), slice("longer", "def")], 3);
    expect(verdicts.every((verdict) => verdict.shown)).toBe(true);
  });

  it("withholds a round that differs from an earlier one by fewer than N people", () => {
    // a, b, c answered both; d only the first, e only the second.
    expect(guardSlices([slice("round 1", "abcd"), slice("round 2", "abce")], 3)).toEqual([
      { key: "round 1", shown: true },
      { key: "round 2", shown: false, reason: "would_isolate" },
    ]);
  });

  it("tells apart the people only in one slice from those only in the other", () => {
    // Only the first: a, b; both: c, d, e; only the second: f, g. Two and two are not four.
    expect(guardSlices([slice("round 1", "abcde"), slice("round 2", "cdefg")], 3)).toEqual([
      { key: "round 1", shown: true },
      { key: "round 2", shown: false, reason: "would_isolate" },
    ]);
  });

  it("shows rounds whose overlaps and differences all hold at least N", () => {
    expect(guardSlices([slice("round 1", "abcdef"), slice("round 2", "abcghi")], 3)).toEqual([
      { key: "round 1", shown: true },
      { key: "round 2", shown: true },
    ]);
  });

  it("shows the same people again: their difference is nobody", () => {
    expect(guardSlices([slice("team", "abc"), slice("longer", "abc")], 3)).toEqual([
      { key: "team", shown: true },
      { key: "longer", shown: true },
    ]);
  });

  it("judges in priority order: what comes first is shown, what would isolate beside it is not", () => {
    expect(guardSlices([slice("longer", "cde"), slice("team", "abcde")], 3)).toEqual([
      { key: "longer", shown: true },
      { key: "team", shown: false, reason: "would_isolate" },
    ]);
  });

  it("counts nothing withheld as isolating for later slices", () => {
    // Were "five" (a–e) shown, f alone would stand apart from the team, and d, e beside round 2.
    expect(
      guardSlices(
        [slice("team", "abcdef"), slice("five", "abcde"), slice("pair", "ab"), slice("round 2", "abcghi")],
        3,
      ),
    ).toEqual([
      { key: "team", shown: true },
      { key: "five", shown: false, reason: "would_isolate" },
      { key: "pair", shown: false, reason: "too_few" },
      { key: "round 2", shown: true },
    ]);
  });

  it("looks at every slice shown so far, not only the last one", () => {
    // Each overlap and difference of the three rounds holds three people.
    expect(
      guardSlices([slice("round 1", "abcdef"), slice("round 2", "defghi"), slice("round 3", "abcghi")], 3),
    ).toEqual([
      { key: "round 1", shown: true },
      { key: "round 2", shown: true },
      { key: "round 3", shown: true },
    ]);
    expect(
      // Beside round 2 alone, round 3 splits 5 + 3 + 3; beside round 1, f stands alone.
      guardSlices([slice("round 1", "abcdef"), slice("round 2", "pqrstu"), slice("round 3", "abcdepqr")], 3),
    ).toEqual([
      { key: "round 1", shown: true },
      { key: "round 2", shown: true },
      { key: "round 3", shown: false, reason: "would_isolate" },
    ]);
  });

  it("gives back nothing for no slices", () => {
    expect(guardSlices([], 3)).toEqual([]);
  });
});

describe("comments", () => {
  it("show at the comment threshold and not below it", () => {
    expect(commentsShown(4, 5)).toBe(false);
    expect(commentsShown(5, 5)).toBe(true);
    expect(commentsShown(9, 5)).toBe(true);
  });

  it("never show below three people, whatever the setting", () => {
    expect(commentsShown(2, 2)).toBe(false);
    expect(commentsShown(3, 2)).toBe(true);
    expect(commentsShown(0, 0)).toBe(false);
  });
});

describe("messages", () => {
  it("say why a figure is withheld, naming the threshold", () => {
    expect(withheldMessage("too_few", 3)).toBe(
      "Fewer than 3 people answered, so this figure is withheld to keep answers anonymous.",
    );
    expect(withheldMessage("would_isolate", 4)).toBe(
      "Shown beside the other figures here, this one would single out fewer than 4 people, so it is withheld.",
    );
    expect(withheldMessage("too_few", 1)).toBe(
      "Fewer than 3 people answered, so this figure is withheld to keep answers anonymous.",
    );
    expect(curveWithheldMessage(4)).toBe(
      "Fewer than 4 people have shared a stance on this goal, so the curve is withheld to keep stances anonymous.",
    );
    expect(curveWithheldMessage(1)).toBe(
      "Fewer than 3 people have shared a stance on this goal, so the curve is withheld to keep stances anonymous.",
    );
  });

  it("say why comments are withheld", () => {
    expect(commentsWithheldMessage(5)).toBe(
      "Fewer than 5 people answered, so comments are withheld to keep them anonymous.",
    );
    expect(commentsWithheldMessage(2)).toBe(
      "Fewer than 3 people answered, so comments are withheld to keep them anonymous.",
    );
  });
});
