const all = ["second-factor"] as const;

/** Mine and the workspace's rule start with `all`, so turning either changes refreshes both. */
export const secondFactorKeys = {
  all,
  mine: [...all, "mine"] as const,
  rule: [...all, "rule"] as const,
};
