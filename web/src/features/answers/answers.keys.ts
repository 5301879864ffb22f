const mine = ["my-answers"] as const;

/** My answers, and under that key each facet's history, so refreshing the one refreshes the other. */
export const answerKeys = {
  mine,
  history: (facetId: string) => [...mine, facetId, "history"] as const,
};
