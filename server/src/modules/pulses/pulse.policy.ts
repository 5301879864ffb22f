import type { AuthContext } from "../../access/auth-context";
import { teamAllows } from "../../access/relations";
import type { TeamRole } from "../../db/schema";

/**
 * Who may do what with the trust pulse, over the viewer's standing on the round's team
 * (`relations.team`). Deny by default; a team the viewer may not view answers 404, so neither the
 * team nor its rounds leak.
 *
 * Nobody, in any role, reads a response or learns who answered: the results are figures over
 * slices the anonymity guard lets through, and `answered` on a round is the viewer's own.
 */
export const pulsePolicy = {
  /** The team's people and admins see its rounds. */
  canView: (auth: AuthContext, role: TeamRole | null): boolean => teamAllows(auth, role, "view"),
  /**
   * Only the team's people see its figures and comments: admins run rounds but see no content,
   * aggregates included, as with the team audit.
   */
  canSeeFigures: (role: TeamRole | null): boolean => role !== null,
  /** A leader of the team or an admin opens and closes a round. */
  canRun: (auth: AuthContext, role: TeamRole | null): boolean => teamAllows(auth, role, "manage"),
  /** Only the team's members answer: the pulse is about its leaders, who do not rate themselves. */
  canAnswer: (role: TeamRole | null): boolean => role === "member",
  /** The workspace's anonymity thresholds: admins. */
  canSetThresholds: (auth: AuthContext): boolean => auth.isAdmin,
};
