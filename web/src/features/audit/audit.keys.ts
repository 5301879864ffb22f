const all = ["audit"] as const;

/** Every audit (person, team, mine) starts with `all`: a belief or a comparison changes them all. */
export const auditKeys = {
  all,
  team: (teamId: string) => [...all, "team", teamId] as const,
  mine: [...all, "me"] as const,
  person: (userId: string) => [...all, "person", userId] as const,
};
