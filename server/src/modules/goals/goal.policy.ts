import type { AuthContext } from "../../access/auth-context";
import { teamAllows } from "../../access/relations";
import type { TeamRole } from "../../db/schema";

/**
 * Who may do what with a team's goals, over the viewer's standing on the goal's team
 * (`relations.team`). Deny by default. Goals are the team's content: only its people see them, an
 * admin who is not on the team gets 404 like anyone else off it (callers answer 404 when `canView`
 * says no, so neither the team nor its goals leak; 403 when the viewer is on the team in the
 * wrong role).
 *
 * A member's stated stance reaches others by its visibility (core/privacy/visibility.ts), sealed
 * to a leader until they look; a leader's perceived stances are that leader's alone.
 */
export const goalPolicy = {
  /** The team's people, leaders and members, see its goals, followers and questions. */
  canView: (role: TeamRole | null): boolean => role !== null,
  /** A leader of the team states, edits and archives its goals. */
  canManage: (auth: AuthContext, role: TeamRole | null): boolean => teamAllows(auth, role, "lead"),
  /** Only the team's members place themselves on the ladder: a goal's leaders do not. */
  canStateStance: (role: TeamRole | null): boolean => role === "member",
  /** A leader of the team perceives, looks at stances and thanks followers. */
  canLead: (auth: AuthContext, role: TeamRole | null): boolean => teamAllows(auth, role, "lead"),
  /** Anyone on the team asks a question about a goal. */
  canAsk: (role: TeamRole | null): boolean => role !== null,
  /** A leader of the team answers it. */
  canAnswer: (auth: AuthContext, role: TeamRole | null): boolean => teamAllows(auth, role, "lead"),
};
