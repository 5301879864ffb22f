import type { AuthContext } from "../../access/auth-context";
import type { TeamRole } from "../../db/schema";

/**
 * Who may do what with a team's priorities, over the viewer's standing on the team
 * (`relations.team`). Deny by default; a team the viewer is not on answers 404, admins included
 * (work items and ratings are content, and admins see no content), so neither the team's items
 * nor their existence leak.
 *
 * Who sees one rating is its visibility (`canSeeAnswer` in core/privacy/visibility.ts, over how the
 * viewer stands to the rater on this team); who sees the figures over ratings is
 * `ratingFiguresVerdict` (core/movement/priorities.ts): the team's leaders always, a member only
 * above the anonymity threshold.
 */
export const prioritiesPolicy = {
  /** The team's people (leaders and members) list, add and rate its items, and read the figures. */
  canUse: (role: TeamRole | null): boolean => role !== null,
  /** An item's creator, while on the team, or a leader of the team changes or archives it. */
  canEdit: (auth: AuthContext, role: TeamRole | null, createdBy: string | null): boolean =>
    role === "leader" || (role !== null && createdBy === auth.userId),
  /** The team's leaders see every figure, whatever the threshold. */
  seesEveryFigure: (role: TeamRole | null): boolean => role === "leader",
};
