const all = ["priorities"] as const;

/**
 * Every priorities query starts with `all`, and a team's alignment sits under its items: adding an
 * item, rating one or archiving one changes the list and every figure, so each refreshes the team.
 */
export const priorityKeys = {
  all,
  ofTeam: (teamId: string) => [...all, "team", teamId] as const,
  items: (teamId: string) => [...all, "team", teamId, "items"] as const,
  alignment: (teamId: string) => [...all, "team", teamId, "alignment"] as const,
};
