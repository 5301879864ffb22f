const all = ["teams"] as const;

/** A team's key starts with the teams' key, so refreshing the list refreshes each team too. */
export const teamKeys = {
  all,
  detail: (teamId: string) => [...all, teamId] as const,
};
