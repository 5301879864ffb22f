import type { BankQuery } from "./questions.api";

const lists = ["question-lists"] as const;

/** A list's key starts with the lists' key, so refreshing the lists refreshes each open list too. */
export const questionKeys = {
  lists,
  list: (listId: string) => [...lists, listId] as const,
  bank: (query: BankQuery) => ["question-bank", query] as const,
  lint: (text: string) => ["question-lint", text] as const,
};
