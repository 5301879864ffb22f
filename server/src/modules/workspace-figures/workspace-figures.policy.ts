import type { AuthContext } from "../../access/auth-context";

/**
 * Who may read the workspace's figures: admins only, deny by default. They are aggregates over
 * every leader's knowledge, withheld below the anonymity threshold, and name nobody, so an admin
 * (who sees no belief, answer or audit) may read them; a leader, member or coach reads their own
 * audit instead.
 */
export const workspaceFiguresPolicy = {
  canRead: (auth: AuthContext): boolean => auth.isAdmin,
};
