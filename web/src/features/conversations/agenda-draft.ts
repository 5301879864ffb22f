import type { NextConversation } from "../audit/audit.api";
import type { AgendaItem, AgendaItemInput } from "./conversations.api";

/** An agenda item being edited: what is sent, with a key for the list and the facet's title to show. */
export interface DraftItem extends AgendaItemInput {
  key: string;
  /** The saved item's id, when it is one; absent for an item added here. */
  id?: string | undefined;
  facetTitle: string | null;
  /** Typed or changed here: the linter checks it as it is typed. */
  typed?: boolean;
}

let counter = 0;
export const newKey = (): string => {
  counter += 1;
  return `draft-${counter}`;
};

/** How many suggestions the agenda starts from; the others are offered to add. */
export const PREFILLED_SUGGESTIONS = 3;

/**
 * The agenda a plan starts with: every question of the first suggestion (the one the leader came
 * from) and the first question of the next ones, so a half-hour is not filled before it starts.
 */
export function startingAgenda(suggestions: readonly NextConversation[]): DraftItem[] {
  return suggestions
    .slice(0, PREFILLED_SUGGESTIONS)
    .flatMap((suggestion, index) => (index === 0 ? itemsOf(suggestion) : itemsOf(suggestion).slice(0, 1)));
}

/**
 * The person's next-conversation suggestions with the one the leader came from first (when named),
 * each facet once, in the audit's order.
 */
export function orderSuggestions(
  items: readonly NextConversation[],
  first: string | null,
): NextConversation[] {
  const chosen = items.filter((item) => item.facetId === first);
  return [...chosen, ...items.filter((item) => item.facetId !== first)];
}

/** A suggestion's questions as agenda items about its facet. */
export function itemsOf(suggestion: NextConversation): DraftItem[] {
  return suggestion.questions.map((question) => ({
    key: newKey(),
    kind: "question",
    text: question.text,
    facetId: suggestion.facetId,
    questionId: question.id,
    facetTitle: suggestion.facetTitle,
  }));
}

/** The leader's saved items of a conversation, ready to edit. */
export function draftsOf(agenda: readonly AgendaItem[], facetTitle: (facetId: string) => string | null) {
  return agenda
    .filter((item) => item.author === "leader")
    .map<DraftItem>((item) => ({
      key: item.id,
      id: item.id,
      kind: item.kind,
      text: item.text,
      facetId: item.facetId,
      questionId: item.questionId,
      facetTitle: item.facetId ? facetTitle(item.facetId) : null,
    }));
}

/** What the server is sent for a draft item. */
export function sentItem({ id, kind, text, facetId, questionId }: DraftItem) {
  return {
    ...(id ? { id } : {}),
    kind,
    text: text.trim(),
    facetId: facetId ?? null,
    questionId: questionId ?? null,
  };
}
