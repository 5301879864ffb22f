import { describe, expect, it } from "vitest";
import type { Alignment, AlignmentItem } from "./priorities.api";
import { rankedItems } from "./ranking";

const item = (id: string, figures: { value: number; effort: number } | null, raters = 3): AlignmentItem => ({
  id,
  title: `Item ${id}`,
  raters,
  meanValue: figures?.value ?? null,
  meanEffort: figures?.effort ?? null,
  quadrant: figures ? (figures.value > 3 ? "quick_win" : "fill_in") : null,
  valueForEffort: figures ? figures.value / figures.effort : null,
  spread: figures ? { value: 0, effort: 0 } : null,
  withheld: figures || raters === 0 ? null : "Too few people rated it.",
  leader: null,
  ratings: [],
});

const alignment = (items: AlignmentItem[], ranked: string[]): Alignment => ({
  teamId: "t",
  viewer: "member",
  threshold: 3,
  items,
  ranked,
  worthAConversation: [],
  team: { w: null, words: "", raters: 0 },
});

describe("the ranking beside the chart", () => {
  it("numbers the items with figures in the server's order and leaves the others unranked", () => {
    const { plotted, unranked } = rankedItems(
      alignment(
        [
          item("a", { value: 2, effort: 2 }),
          item("b", null, 2),
          item("c", { value: 5, effort: 1 }),
          item("d", null, 0),
        ],
        ["c", "a", "b", "d"],
      ),
    );
    expect(plotted.map(({ id, rank }) => [id, rank])).toEqual([
      ["c", 1],
      ["a", 2],
    ]);
    expect(plotted[0]).toMatchObject({ meanValue: 5, meanEffort: 1, quadrant: "quick_win", raters: 3 });
    expect(unranked.map(({ id }) => id)).toEqual(["b", "d"]);
  });

  it("keeps an item the ranking leaves out, after the ranked ones", () => {
    const { plotted } = rankedItems(
      alignment([item("a", { value: 2, effort: 2 }), item("b", { value: 4, effort: 2 })], ["b"]),
    );
    expect(plotted.map(({ id, rank }) => [id, rank])).toEqual([
      ["b", 1],
      ["a", 2],
    ]);
  });
});
