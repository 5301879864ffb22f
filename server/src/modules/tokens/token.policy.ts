import type { AuthContext } from "../../access/auth-context";
import type { ApiTokenTable } from "../../db/schema";

/** Who may see and end which tokens. Deny by default. */
export const tokenPolicy = {
  /** Every token of the workspace, listed without its secret: admins only. */
  canListAll: (auth: AuthContext): boolean => auth.isAdmin,
  /** Its owner, or an admin of the token's workspace. */
  canRevoke: (auth: AuthContext, token: Pick<ApiTokenTable, "user_id" | "workspace_id">): boolean =>
    token.workspace_id === auth.workspaceId && (token.user_id === auth.userId || auth.isAdmin),
};
