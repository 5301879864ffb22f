import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { guardSlices, type Slice } from "./anonymity";

/**
 * What the guard promises, checked by brute force rather than by its own reasoning: over small
 * universes, no sum or difference of shown figures (each slice's indicator vector weighted −1, 0 or
 * 1) that picks out a group of people (a 0/1 vector) picks out between 1 and N − 1 of them.
 */

const PEOPLE = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];

const slices = fc
  .array(fc.subarray(PEOPLE), { maxLength: 6 })
  .map((groups) => groups.map((people, index): Slice<number> => ({ key: index, people: new Set(people) })));

const threshold = fc.integer({ min: 0, max: 5 });

/** Every weighting of the given vectors by −1, 0 or 1, but the one that weighs all of them 0. */
function* combinations(vectors: number[][]): Generator<number[]> {
  const count = 3 ** vectors.length;
  for (let code = 1; code < count; code++) {
    const sum: number[] = PEOPLE.map(() => 0);
    let rest = code;
    for (const vector of vectors) {
      const weight = (rest % 3) - 1;
      rest = Math.floor(rest / 3);
      vector.forEach((value, person) => {
        sum[person] = (sum[person] ?? 0) + weight * value;
      });
    }
    yield sum;
  }
}

function shownSlices(input: Slice<number>[], n: number): Slice<number>[] {
  const verdicts = guardSlices(input, n);
  return input.filter((_, index) => verdicts[index]?.shown === true);
}

describe("the anonymity guard, by brute force", () => {
  it("never lets shown figures be combined into a group of 1 to N − 1 people", () => {
    fc.assert(
      fc.property(slices, threshold, (input, n) => {
        const floor = Math.max(n, 3);
        const vectors = shownSlices(input, n).map(({ people }) =>
          PEOPLE.map((person) => (people.has(person) ? 1 : 0)),
        );
        for (const sum of combinations(vectors)) {
          if (!sum.every((value) => value === 0 || value === 1)) continue;
          const ones = sum.filter((value) => value === 1).length;
          expect(ones === 0 || ones >= floor).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("shows no figure resting on fewer than N people, and answers every slice in order", () => {
    fc.assert(
      fc.property(slices, threshold, (input, n) => {
        const verdicts = guardSlices(input, n);
        expect(verdicts.map((verdict) => verdict.key)).toEqual(input.map((slice) => slice.key));
        input.forEach((slice, index) => {
          const tooFew = slice.people.size < Math.max(n, 3);
          expect(verdicts[index]?.shown === false && verdicts[index]?.reason === "too_few").toBe(tooFew);
        });
      }),
    );
  });

  it("always shows the first slice large enough, and a slice repeating one already shown", () => {
    fc.assert(
      fc.property(slices, threshold, (input, n) => {
        const verdicts = guardSlices(input, n);
        const first = input.findIndex((slice) => slice.people.size >= Math.max(n, 3));
        if (first >= 0) expect(verdicts[first]?.shown).toBe(true);
        const shown = input.filter((_, index) => verdicts[index]?.shown);
        const again = shown.map((slice, index) => ({
          key: input.length + index,
          people: new Set(slice.people),
        }));
        expect(
          guardSlices([...input, ...again], n)
            .slice(input.length)
            .every((verdict) => verdict.shown),
        ).toBe(true);
      }),
    );
  });

  it("always shows a large enough slice of people no other slice holds", () => {
    fc.assert(
      fc.property(slices, threshold, (input, n) => {
        const outsiders = new Set(["x", "y", "z", "w", "v"].slice(0, Math.max(n, 3)));
        const verdicts = guardSlices([...input, { key: -1, people: outsiders }], n);
        expect(verdicts.at(-1)).toEqual({ key: -1, shown: true });
      }),
    );
  });
});
