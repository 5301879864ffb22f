const all = ["practice"] as const;

/** The signed-in leader's practice figures: any conversation or commitment they change moves them. */
export const practiceKeys = {
  all,
  mine: [...all, "me"] as const,
};
