const all = ["workspace-figures"] as const;

/**
 * The admins' workspace figures: one query, asked again when the screen opens once its answer is
 * older than the query client's 15 s (lib/query-client.ts).
 */
export const workspaceFiguresKeys = {
  all,
};
