import type { AuthContext } from "../../access/auth-context";

/**
 * Who may do what with two-step sign-in. A person's own key, codes and their turning on and off
 * are theirs alone (every route is under `/me`, on their own id); the workspace's rule is the
 * admins'. Deny by default.
 */
export const secondFactorPolicy = {
  canSetWorkspaceRule: (auth: AuthContext): boolean => auth.isAdmin,
};
