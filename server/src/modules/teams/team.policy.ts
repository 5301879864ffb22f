import type { AuthContext } from "../../access/auth-context";
import { teamAllows } from "../../access/relations";
import type { TeamRole } from "../../db/schema";

/**
 * Who may do what with a team. Deny by default. Callers have already scoped the team to the
 * viewer's workspace, so a team of another workspace never reaches these checks (it is a 404).
 */
export const teamPolicy = {
  /** The list of teams: admins get every team of the workspace, others the teams they are on. */
  canListEveryTeam: (auth: AuthContext): boolean => auth.isAdmin,
  /** Admins see every team's roster; otherwise only the team's own people. */
  canView: (auth: AuthContext, role: TeamRole | null): boolean => teamAllows(auth, role, "view"),
  /**
   * Inviting and managing (renaming, changing roles, removing people): the team's leaders and
   * admins.
   */
  canManage: (auth: AuthContext, role: TeamRole | null): boolean => teamAllows(auth, role, "manage"),
  /** Naming someone else as a new team's leader: admins only. */
  canCreateFor: (auth: AuthContext, leaderId: string): boolean => leaderId === auth.userId || auth.isAdmin,
  /** Admins and people who already lead a team may start a new one. */
  canCreate(auth: AuthContext, leadsATeam: boolean): boolean {
    return auth.isAdmin || leadsATeam;
  },
  /**
   * Deleting a team removes what each of its leaders wrote about its people. Admins may; a leader
   * only while no one else leads the team, so no leader loses their notes by a co-leader's act.
   * (A manager refused here is told who else leads: a 409, not a 403.)
   */
  canDelete(auth: AuthContext, role: TeamRole | null, otherLeaders: number): boolean {
    return auth.isAdmin || (role === "leader" && otherLeaders === 0);
  },
  /**
   * Removing or demoting a team's last leader leaves it with no one to lead it. Only an admin may
   * (admins manage every team and can make someone its leader later); a leader is refused, since
   * the team would be left to admins alone.
   */
  canLeaveWithoutLeader: (auth: AuthContext): boolean => auth.isAdmin,
};
