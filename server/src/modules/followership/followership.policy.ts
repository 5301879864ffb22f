import type { Relation } from "#core/privacy/visibility";
import type { AuthContext } from "../../access/auth-context";
import { personAllows, teamAllows } from "../../access/relations";
import type { TeamRole } from "../../db/schema";

/**
 * Who may do what with followership. Deny by default; callers answer 404, so whether a person or
 * a team exists does not leak.
 *
 * Anyone signed in takes the self-assessment and reads their own takes (the module reads and
 * writes only the viewer's own). Who else sees a result is the followership-style answer's
 * visibility, through knowledge's rules (`canSeeAnswer`, sealed until the leader looks). A leader
 * estimates only a person they lead now; the team map is for the team's leaders, as the team's
 * audit is (admins never see one).
 */
export const followershipPolicy = {
  /** Writing or reading an estimate of a person: their leaders only. */
  canEstimate: (relation: Relation): boolean => personAllows(relation, "led"),
  /** A team's followership map: the team's leaders only. */
  canSeeTeamMap: (auth: AuthContext, role: TeamRole | null): boolean => teamAllows(auth, role, "lead"),
};
