const all = ["coaching"] as const;

/**
 * Every coaching query starts with `all`. The leader's side (`coaches`, `mine`) and the coach's
 * side (`leaders`, a leader's page) are apart, so a change on one side refreshes only its own.
 */
export const coachingKeys = {
  all,
  coaches: [...all, "coaches"] as const,
  mine: [...all, "mine"] as const,
  invitation: (token: string) => [...all, "invitation", token] as const,
  leaders: [...all, "leaders"] as const,
  leader: (leaderId: string) => [...all, "leaders", leaderId] as const,
};
