const all = ["conversations"] as const;

/** Every conversation query starts with `all`: planning or logging one changes lists and pages alike. */
export const conversationKeys = {
  all,
  ofPerson: (userId: string) => [...all, "person", userId] as const,
  detail: (conversationId: string) => [...all, "detail", conversationId] as const,
};
