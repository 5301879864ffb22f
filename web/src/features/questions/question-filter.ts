import type { Dimension } from "#core/facets/facet";
import type { QuestionDepth, QuestionTopic } from "#core/questions/bank";
import type { BankCopyFilter, BankQuery, BankQuestion } from "./questions.api";

/** What a leader filters questions by, and the rules, shared by a list's screen and the bank's. */

export interface QuestionFilter {
  q: string;
  dimension: Dimension | "";
  facet: string;
  topic: QuestionTopic | "";
  depth: QuestionDepth | "";
  showRetired: boolean;
}

export const NO_FILTER: QuestionFilter = {
  q: "",
  dimension: "",
  facet: "",
  topic: "",
  depth: "",
  showRetired: false,
};

/** What the server copies from the bank, and what the bank view asks for: the same filter. */
export function bankCopyFilter(filter: QuestionFilter): BankCopyFilter {
  const copy: BankCopyFilter = {};
  if (filter.q.trim() !== "") copy.q = filter.q.trim();
  if (filter.dimension !== "") copy.dimension = filter.dimension;
  if (filter.facet !== "") copy.facet = filter.facet;
  if (filter.topic !== "") copy.topic = filter.topic;
  if (filter.depth !== "") copy.depth = filter.depth;
  return copy;
}

/** The bank query for a filter, with the (debounced) search text the leader has typed. */
export const bankQuery = (filter: QuestionFilter, q: string): BankQuery => bankCopyFilter({ ...filter, q });

/** Whether a question passes the filter; the same rules as the server's bank filter. */
export function matchesFilter(
  question: BankQuestion & { retired?: boolean },
  filter: QuestionFilter,
): boolean {
  if (question.retired && !filter.showRetired) return false;
  if (filter.dimension !== "" && question.dimension !== filter.dimension) return false;
  if (filter.facet !== "" && question.facet !== filter.facet) return false;
  if (filter.topic !== "" && question.topic !== filter.topic) return false;
  if (filter.depth !== "" && question.depth !== filter.depth) return false;
  const words = filter.q.trim().toLowerCase();
  return words === "" || question.text.toLowerCase().includes(words);
}

export const isFiltered = (filter: QuestionFilter): boolean =>
  filter.q.trim() !== "" ||
  filter.dimension !== "" ||
  filter.facet !== "" ||
  filter.topic !== "" ||
  filter.depth !== "";

/** Moves one id before (up) or after (down) a neighbour, keeping every other id where it was. */
export function movedOrder(ids: string[], id: string, neighbour: string, direction: "up" | "down"): string[] {
  const rest = ids.filter((other) => other !== id);
  const at = rest.indexOf(neighbour);
  if (at < 0) return ids;
  rest.splice(direction === "up" ? at : at + 1, 0, id);
  return rest;
}

/**
 * The whole list's order once `id` is dropped on `over`: before it when moving up, after it when moving
 * down, so a question dropped among those shown lands beside the one it was dropped on.
 */
export function droppedOrder(ids: string[], id: string, over: string): string[] {
  if (id === over) return ids;
  return movedOrder(ids, id, over, ids.indexOf(over) < ids.indexOf(id) ? "up" : "down");
}
