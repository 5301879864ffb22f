export const knowledgeKeys = {
  /** The workspace's facet catalogue. */
  facets: ["facets"] as const,
  /** One person's page: the facets, answers, beliefs and comparisons the viewer may see. */
  person: (userId: string) => ["person", userId] as const,
};
