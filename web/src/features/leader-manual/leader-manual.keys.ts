const all = ["leader-manual"] as const;

/** The leaders' manuals of each team; saving or withdrawing one of my answers refreshes them all. */
export const leaderManualKeys = {
  all,
  team: (teamId: string) => [...all, teamId] as const,
};
