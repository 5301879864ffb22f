import type { Relation } from "#core/privacy/visibility";
import type { AuthContext } from "../../access/auth-context";
import { personAllows } from "../../access/relations";

/** How the viewer stands to a conversation: the leader who holds it, or the person it is with. */
export type ConversationViewer = "leader" | "member";

/**
 * Who may see and do what with conversations. Deny by default: a leader plans and logs
 * conversations with the people they lead now (a conversation with someone they no longer lead is
 * out of their sight, as beliefs are); the person sees their own, without the leader's private
 * parts; anyone else, admins and co-leaders included, gets a 404, as if it did not exist.
 */
export const conversationPolicy = {
  /** Plan a conversation with a person, set the cadence, and read the list as their leader. */
  canPlanWith: (relation: Relation): boolean => personAllows(relation, "led"),

  /** Whose view of a person's conversations the viewer gets: the leader's, the person's own, or none. */
  listViewer(relation: Relation): ConversationViewer | null {
    if (personAllows(relation, "led")) return "leader";
    if (personAllows(relation, "self")) return "member";
    return null;
  },

  /** The viewer's standing on one conversation, given how they stand to its person now. */
  viewerOf(
    auth: AuthContext,
    conversation: { leader_id: string; person_id: string },
    relationToPerson: Relation,
  ): ConversationViewer | null {
    if (conversation.leader_id === auth.userId && personAllows(relationToPerson, "led")) return "leader";
    if (conversation.person_id === auth.userId) return "member";
    return null;
  },

  /** Log it: notes, the agenda, what was learned, the loop, the self-check, requests. The leader's. */
  canLog: (viewer: ConversationViewer): boolean => viewer === "leader",

  /** Talking points are the person's own items. */
  canAddTalkingPoint: (viewer: ConversationViewer): boolean => viewer === "member",
};
