import type { AuthContext } from "../../access/auth-context";

/** Managing people (listing everyone, deactivating, reactivating): admins only. Deny by default. */
export const userPolicy = {
  canManagePeople: (auth: AuthContext): boolean => auth.isAdmin,
  /** Nobody deactivates themselves, so a workspace never locks out the admin doing it. */
  canDeactivate: (auth: AuthContext, userId: string): boolean => userId !== auth.userId,
  /**
   * Making a password reset link for someone in the workspace: account administration, like
   * deactivating. It shows the admin nothing of the person's content.
   */
  canMakePasswordResetLink: (auth: AuthContext): boolean => auth.isAdmin,
};
