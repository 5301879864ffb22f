import { describe, expect, it } from "vitest";
import {
  bankCopyFilter,
  bankQuery,
  droppedOrder,
  isFiltered,
  matchesFilter,
  movedOrder,
  NO_FILTER,
} from "./question-filter";
import type { BankQuestion } from "./questions.api";

const focus: BankQuestion = {
  id: "q001",
  text: "What time of day does your best thinking happen?",
  dimension: "workstyle",
  facet: "focus-rhythm",
  topic: null,
  depth: "light",
};
const trust: BankQuestion = {
  ...focus,
  id: "q200",
  text: "What builds trust?",
  dimension: null,
  facet: null,
  topic: "trust",
  depth: "deep",
};

describe("moving a question up or down", () => {
  const ids = ["a", "b", "c", "d"];

  it("moves before its neighbour going up and after it going down", () => {
    expect(movedOrder(ids, "c", "b", "up")).toEqual(["a", "c", "b", "d"]);
    expect(movedOrder(ids, "b", "c", "down")).toEqual(["a", "c", "b", "d"]);
  });

  it("jumps over questions hidden by a filter to reach the neighbour shown", () => {
    expect(movedOrder(ids, "d", "a", "up")).toEqual(["d", "a", "b", "c"]);
    expect(movedOrder(ids, "a", "d", "down")).toEqual(["b", "c", "d", "a"]);
  });

  it("keeps every id exactly once, and leaves the order alone for an unknown neighbour", () => {
    expect([...movedOrder(ids, "b", "d", "down")].sort()).toEqual(ids);
    expect(movedOrder(ids, "b", "zz", "up")).toEqual(ids);
  });
});

describe("dropping a dragged question", () => {
  const ids = ["a", "b", "c", "d", "e"];

  it("takes the place of the question it is dropped on, whichever way it went", () => {
    expect(droppedOrder(ids, "e", "a")).toEqual(["e", "a", "b", "c", "d"]);
    expect(droppedOrder(ids, "a", "e")).toEqual(["b", "c", "d", "e", "a"]);
    expect(droppedOrder(ids, "d", "b")).toEqual(["a", "d", "b", "c", "e"]);
    expect(droppedOrder(ids, "b", "d")).toEqual(["a", "c", "d", "b", "e"]);
  });

  it("leaves the order alone when dropped on itself or on an unknown question", () => {
    expect(droppedOrder(ids, "c", "c")).toEqual(ids);
    expect(droppedOrder(ids, "c", "zz")).toEqual(ids);
  });
});

describe("filtering questions", () => {
  it("passes everything but retired questions when nothing is chosen", () => {
    expect(matchesFilter(focus, NO_FILTER)).toBe(true);
    expect(matchesFilter({ ...focus, retired: true }, NO_FILTER)).toBe(false);
    expect(matchesFilter({ ...focus, retired: true }, { ...NO_FILTER, showRetired: true })).toBe(true);
    expect(isFiltered(NO_FILTER)).toBe(false);
  });

  it("matches dimension, facet, topic and depth exactly, and text case-insensitively", () => {
    expect(matchesFilter(focus, { ...NO_FILTER, dimension: "workstyle", depth: "light" })).toBe(true);
    expect(matchesFilter(trust, { ...NO_FILTER, dimension: "workstyle" })).toBe(false);
    expect(matchesFilter(trust, { ...NO_FILTER, topic: "trust" })).toBe(true);
    expect(matchesFilter(focus, { ...NO_FILTER, facet: "planning-style" })).toBe(false);
    expect(matchesFilter(focus, { ...NO_FILTER, q: "  BEST thinking " })).toBe(true);
    expect(matchesFilter(focus, { ...NO_FILTER, q: "meetings" })).toBe(false);
  });

  it("copies from the bank exactly what the bank view shows: filters and search", () => {
    const filter = { ...NO_FILTER, depth: "deep" as const, q: "trust" };
    expect(bankCopyFilter(filter)).toEqual({ depth: "deep", q: "trust" });
    expect(bankCopyFilter(NO_FILTER)).toEqual({});
    expect(bankQuery(filter, filter.q)).toEqual({ depth: "deep", q: "trust" });
    expect(bankQuery(filter, "   ")).toEqual({ depth: "deep" });
  });
});
