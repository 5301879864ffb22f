const all = ["goals"] as const;

/**
 * Every goal query starts with `all`; a goal's adoption curve sits under the goal, so refreshing a
 * goal after a stance, a perceived stance or a look also redraws its curve.
 */
export const goalKeys = {
  all,
  ofTeam: (teamId: string) => [...all, "team", teamId] as const,
  detail: (goalId: string) => [...all, "goal", goalId] as const,
  adoption: (goalId: string) => [...all, "goal", goalId, "adoption"] as const,
};
