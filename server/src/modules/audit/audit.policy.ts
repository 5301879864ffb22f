import type { Relation } from "#core/privacy/visibility";
import type { AuthContext } from "../../access/auth-context";
import { personAllows, teamAllows } from "../../access/relations";
import type { TeamRole } from "../../db/schema";

/**
 * Who may see which assumption audit. Deny by default. An audit is what one leader knows of the
 * people they lead, so admins never see one, aggregates included; callers answer 404 rather than
 * 403, so whether the person or team exists does not leak.
 */
export const auditPolicy = {
  /** A person's audit: that person's leaders only. */
  canAuditPerson: (relation: Relation): boolean => personAllows(relation, "led"),
  /** A team's audit: the team's leaders only. */
  canAuditTeam: (auth: AuthContext, role: TeamRole | null): boolean => teamAllows(auth, role, "lead"),
  /**
   * My audit across the teams I lead: anyone signed in, since it covers only the teams they lead
   * (a member who leads none gets an empty one).
   */
  canAuditOwnTeams: (_auth: AuthContext): boolean => true,
};
