const all = ["teams"] as const;

/** A team's key starts with the teams' key, so refreshing the list refreshes each team too. */
export const teamKeys = {
  all,
  detail: (teamId: string) => [...all, teamId] as const,
  /** Under the team's key: refreshing the team refreshes its invitations. */
  invitations: (teamId: string) => [...all, teamId, "invitations"] as const,
};
