const all = ["followership"] as const;

/** The self-assessment, my results, a leader's estimates and the team maps, all under `all`. */
export const followershipKeys = {
  all,
  instrument: [...all, "instrument"] as const,
  mine: [...all, "me"] as const,
  estimate: (userId: string) => [...all, "estimate", userId] as const,
  teamMap: (teamId: string) => [...all, "team", teamId] as const,
};
