const all = ["workspace-figures"] as const;

/** The admins' workspace figures: one query, read afresh whenever the screen opens. */
export const workspaceFiguresKeys = {
  all,
};
