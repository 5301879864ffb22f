import type { AuthContext } from "../../access/auth-context";
import type { Pairs } from "../../access/relations";
import type { CommitmentTable } from "../../db/schema";

export type Side = "leader" | "member";

/**
 * Who may do what with commitments, over `relations.pairs` (whom the viewer leads and who leads
 * the viewer, now). Deny by default.
 *
 * A commitment is between a leader and a person they lead: either of the two records one, and only
 * those two see or change it, while the one still leads the other (as with a leader's beliefs, a
 * commitment with someone no longer led is kept out of sight, and back if they return). Admins,
 * co-leaders and teammates have no view of it. Callers answer 404, so ids do not leak.
 */
export const commitmentPolicy = {
  /** The viewer's side of the commitment, or null when it is not theirs to see. */
  sideOf(
    auth: AuthContext,
    pairs: Pairs,
    commitment: Pick<CommitmentTable, "workspace_id" | "leader_id" | "person_id">,
  ): Side | null {
    if (commitment.workspace_id !== auth.workspaceId) return null;
    if (commitment.leader_id === auth.userId && pairs.leads.some((p) => p.id === commitment.person_id))
      return "leader";
    if (commitment.person_id === auth.userId && pairs.ledBy.some((p) => p.id === commitment.leader_id))
      return "member";
    return null;
  },

  /**
   * The pair a new commitment is for: with a person the viewer leads (`personId`), or with one of
   * the viewer's leaders (`leaderId`); null when the other is neither.
   */
  pairFor(
    auth: AuthContext,
    pairs: Pairs,
    other: { personId?: string | undefined; leaderId?: string | undefined },
  ): { leaderId: string; personId: string } | null {
    if (other.personId !== undefined)
      return pairs.leads.some((p) => p.id === other.personId)
        ? { leaderId: auth.userId, personId: other.personId }
        : null;
    if (other.leaderId !== undefined)
      return pairs.ledBy.some((p) => p.id === other.leaderId)
        ? { leaderId: other.leaderId, personId: auth.userId }
        : null;
    return null;
  },
};
