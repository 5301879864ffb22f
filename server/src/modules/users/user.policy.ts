import type { AuthContext } from "../../access/auth-context";

/** Managing people (listing everyone, deactivating, reactivating): admins only. Deny by default. */
export const userPolicy = {
  canManagePeople: (auth: AuthContext): boolean => auth.isAdmin,
};
