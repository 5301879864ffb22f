import { describe, expect, it } from "vitest";
import type { NextConversation } from "../audit/audit.api";
import { orderSuggestions, sentItem, startingAgenda } from "./agenda-draft";

const suggestion = (facetId: string, questions: number): NextConversation => ({
  personId: "p",
  personName: "Mina Osei",
  facetId,
  facetKey: facetId,
  facetTitle: `Title ${facetId}`,
  state: "unknown",
  priority: 1,
  daysSinceConversation: null,
  reason: "",
  questions: Array.from({ length: questions }, (_, index) => ({
    id: `${facetId}-q${index}`,
    text: `Question ${index} on ${facetId}?`,
    depth: "light",
  })),
});

describe("the agenda a plan starts from", () => {
  const items = [suggestion("a", 3), suggestion("b", 3), suggestion("c", 2), suggestion("d", 3)];

  it("puts the suggestion the leader came from first, keeping the others in the audit's order", () => {
    expect(orderSuggestions(items, "c").map((item) => item.facetId)).toEqual(["c", "a", "b", "d"]);
    expect(orderSuggestions(items, null).map((item) => item.facetId)).toEqual(["a", "b", "c", "d"]);
    expect(orderSuggestions(items, "unknown").map((item) => item.facetId)).toEqual(["a", "b", "c", "d"]);
  });

  it("takes every question of the first suggestion and the first of the next two, each about its facet", () => {
    const agenda = startingAgenda(orderSuggestions(items, "b"));
    expect(agenda.map((item) => item.questionId)).toEqual(["b-q0", "b-q1", "b-q2", "a-q0", "c-q0"]);
    expect(agenda.every((item) => item.kind === "question")).toBe(true);
    expect(agenda[0]?.facetId).toBe("b");
    expect(agenda[0]?.facetTitle).toBe("Title b");
    expect(new Set(agenda.map((item) => item.key)).size).toBe(agenda.length);
  });

  it("sends an item as the contract takes it: trimmed words, no key or title, the id only when saved", () => {
    const [first] = startingAgenda(items);
    if (!first) throw new Error("no item");
    expect(sentItem({ ...first, text: "  How is it going?  " })).toEqual({
      kind: "question",
      text: "How is it going?",
      facetId: "a",
      questionId: "a-q0",
    });
    expect(sentItem({ ...first, id: "saved-id" })).toMatchObject({ id: "saved-id" });
  });
});
