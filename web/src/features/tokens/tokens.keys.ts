const all = ["tokens"] as const;

/** Both lists start with `all`, so a new or revoked token refreshes them together. */
export const tokenKeys = {
  all,
  mine: [...all, "mine"] as const,
  workspace: [...all, "all"] as const,
};
