import type { AuthContext } from "../../access/auth-context";
import { teamAllows } from "../../access/relations";
import type { TeamRole } from "../../db/schema";

/**
 * How a link's visitor may accept an invitation. Only `join` and `create_account` go ahead:
 * - `join`: signed in as the invited address's account, in the invitation's workspace;
 * - `create_account`: signed out, and no account uses the address yet;
 * - `sign_in_required`: signed out, but an account uses the address (it signs in first);
 * - `wrong_account`: signed in as someone else;
 * - `other_workspace`: the invited address's account belongs to another workspace.
 */
export type Acceptance = "join" | "create_account" | "sign_in_required" | "wrong_account" | "other_workspace";

/**
 * Who may manage a team's invitations, and who may accept one. Deny by default. Anyone holding a link may read what it is
 * for (the token is the secret); whether the address has an account is not said.
 */
export const invitationPolicy = {
  /**
   * Inviting, seeing the invitations, revoking and renewing them: whoever may invite to the team
   * today, its leaders and admins. An invitation is listed to no one else, so to anyone else an
   * invitation named by its id does not exist (404).
   */
  canManage: (auth: AuthContext, role: TeamRole | null): boolean => teamAllows(auth, role, "manage"),

  acceptance(
    auth: AuthContext | null,
    invitation: { workspace_id: string },
    account: { id: string; workspace_id: string } | undefined,
  ): Acceptance {
    if (!auth) return account ? "sign_in_required" : "create_account";
    if (!account || account.id !== auth.userId) return "wrong_account";
    if (account.workspace_id !== invitation.workspace_id) return "other_workspace";
    return "join";
  },
};
