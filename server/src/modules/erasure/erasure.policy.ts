import type { AuthContext } from "../../access/auth-context";

/**
 * Who may erase whom. Deny by default. Everyone may erase their own account (with their password,
 * `DELETE /me`); an admin may erase anyone else in their workspace (`DELETE /users/:userId`), but
 * not themselves that way: their own goes through their password like everyone's.
 */
export const erasurePolicy = {
  canEraseOther: (auth: AuthContext, userId: string): boolean => auth.isAdmin && userId !== auth.userId,
};
