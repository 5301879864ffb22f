import type { AuthContext } from "../../access/auth-context";
import type { TeamRole } from "../../db/schema";

/**
 * Who may do what with a team. Deny by default. Callers have already scoped the team to the
 * viewer's workspace, so a team of another workspace never reaches these checks (it is a 404).
 */
export const teamPolicy = {
  /** Admins see every team's roster; otherwise only the team's own people. */
  canView(auth: AuthContext, role: TeamRole | null): boolean {
    return auth.isAdmin || role !== null;
  },
  /** Inviting and managing: the team's leaders and admins. */
  canManage(auth: AuthContext, role: TeamRole | null): boolean {
    return auth.isAdmin || role === "leader";
  },
  /** Admins and people who already lead a team may start a new one. */
  canCreate(auth: AuthContext, leadsATeam: boolean): boolean {
    return auth.isAdmin || leadsATeam;
  },
};
